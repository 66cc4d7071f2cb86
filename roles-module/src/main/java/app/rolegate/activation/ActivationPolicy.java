package app.rolegate.activation;

/**
 * A user's setting (SPEC 5.3): deactivate N days after an employment ends, reactivate M days before a
 * new one starts. Either may be null: the job then does not do that half.
 */
public record ActivationPolicy(Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart) {
    public ActivationPolicy {
        if (deactivateDaysAfterEnd != null && deactivateDaysAfterEnd < 0) {
            throw new IllegalArgumentException("deactivateDaysAfterEnd < 0");
        }
        if (reactivateDaysBeforeStart != null && reactivateDaysBeforeStart < 0) {
            throw new IllegalArgumentException("reactivateDaysBeforeStart < 0");
        }
    }

    public boolean none() {
        return deactivateDaysAfterEnd == null && reactivateDaysBeforeStart == null;
    }
}
