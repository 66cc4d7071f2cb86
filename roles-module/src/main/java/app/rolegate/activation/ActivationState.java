package app.rolegate.activation;

import java.time.LocalDate;

/**
 * The account as the job finds it: active or not, whether its inactivity is the job's doing (a
 * person's change clears that), and the employment end the job last deactivated it for.
 */
public record ActivationState(boolean active, boolean deactivatedByJob, LocalDate handledEnd) {
}
