package app.rolegate.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One employment period of an employee: its first day and its last day; an open employment has no end. */
@Embeddable
public class EmploymentPeriod {
    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected EmploymentPeriod() {
    }

    public EmploymentPeriod(LocalDate start, LocalDate end) {
        this.start = Objects.requireNonNull(start);
        this.end = end;
    }

    public LocalDate start() { return start; }
    public LocalDate end() { return end; }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmploymentPeriod p && start.equals(p.start) && Objects.equals(end, p.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end);
    }
}
