package app.rolegate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The one source of "today" and "now", so that validity is always judged the same way. */
@ApplicationScoped
public class Today {
    private final Clock clock = Clock.systemDefaultZone();

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /**
     * Now, to the microsecond: what PostgreSQL's TIMESTAMP keeps (Derby keeps nanoseconds). A time
     * answered at creation is then the same time every later read gives, on either database.
     */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
