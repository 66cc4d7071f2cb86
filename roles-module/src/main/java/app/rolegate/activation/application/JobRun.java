package app.rolegate.activation.application;

import java.time.LocalDate;

/** What one run of the employment-based activation did: users examined, changed each way, and failures. */
public record JobRun(LocalDate date, int examined, int deactivated, int reactivated, int failed) {
}
