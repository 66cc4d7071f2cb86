package app.rolegate.activation;

import java.time.LocalDate;
import java.util.Objects;

/** One employment: its first day and its last day (null: open, until further notice). */
public record EmploymentPeriod(LocalDate start, LocalDate end) {
    public EmploymentPeriod {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an employment ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
