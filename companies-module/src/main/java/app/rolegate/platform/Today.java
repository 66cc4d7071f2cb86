package app.rolegate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The one source of "today" and "now", so that validity is always judged the same way. */
@ApplicationScoped
public class Today {
    private final Clock clock = Clock.systemDefaultZone();

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
