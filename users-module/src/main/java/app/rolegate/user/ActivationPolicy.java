package app.rolegate.user;

import app.rolegate.platform.InvalidInputException;

/**
 * SPEC 5.3: a linked user is deactivated N days after the employment ends and reactivated M days before a new
 * one starts; null leaves that to people. Example: employment ends 31 October, N = 5: active through 5
 * November, inactive on 6 November. Checked as it is made: 0-{@value #DAYS_MAX} days.
 */
public record ActivationPolicy(Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart) {
    public static final int DAYS_MAX = 3650;

    public ActivationPolicy {
        check("deactivateDaysAfterEnd", deactivateDaysAfterEnd);
        check("reactivateDaysBeforeStart", reactivateDaysBeforeStart);
    }

    private static void check(String field, Integer days) {
        if (days != null && (days < 0 || days > DAYS_MAX)) {
            throw new InvalidInputException(field, field + " must be 0-" + DAYS_MAX + " days, or null for never");
        }
    }

    /** Neither half set: the job leaves the account to people. */
    public boolean none() {
        return deactivateDaysAfterEnd == null && reactivateDaysBeforeStart == null;
    }
}
