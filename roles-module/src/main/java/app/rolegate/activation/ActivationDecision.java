package app.rolegate.activation;

import java.time.LocalDate;

/** What the job does to one account on one day; for a deactivation, the end of the employment it is for. */
public record ActivationDecision(Action action, LocalDate employmentEnd, String reason) {
    public enum Action { NONE, DEACTIVATE, REACTIVATE }

    public static ActivationDecision none(String reason) {
        return new ActivationDecision(Action.NONE, null, reason);
    }

    public boolean changes() {
        return action != Action.NONE;
    }
}
