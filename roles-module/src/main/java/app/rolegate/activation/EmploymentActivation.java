package app.rolegate.activation;

import app.rolegate.user.ActivationPolicy;
import app.rolegate.activation.ActivationDecision.Action;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision of the daily job (SPEC 5.3), pure: given the day, the user's N and M, the employments
 * and the account's state, what the job does to the account.
 *
 * <ul>
 * <li>An employment covers the days from M days before its start (its start when M is not set) to N
 * days after its end (for ever when it is open or N is not set). The seed: employment ends 31 October,
 * N = 5: covered through 5 November.</li>
 * <li>Deactivate (needs N): no employment covers the day, one has ended more than N days before it,
 * the account is active, and the job has not already deactivated it for that end. So the account is
 * inactive on 6 November; and an account that a person reactivated after that stays active: the job
 * acts once per ended employment, it does not fight people.</li>
 * <li>Reactivate (needs M): an employment that starts after the end the job deactivated for covers
 * the day, and the account is inactive because of the job. A person's deactivation is never undone.</li>
 * </ul>
 * The decision depends on the day, not on when the job last ran: a run after downtime catches up, and a
 * second run for the same day changes nothing.
 */
public final class EmploymentActivation {
    private EmploymentActivation() {
    }

    public static ActivationDecision decide(LocalDate day, ActivationPolicy policy, List<EmploymentPeriod> periods,
            ActivationState state) {
        Integer n = policy.deactivateDaysAfterEnd();
        Integer m = policy.reactivateDaysBeforeStart();
        boolean covered = periods.stream().anyMatch(e -> covers(e, day, n, m));
        if (!covered) {
            if (n == null) {
                return ActivationDecision.none("no employment covers " + day + "; no deactivation is set");
            }
            Optional<LocalDate> ended = periods.stream().map(EmploymentPeriod::end).filter(Objects::nonNull)
                    .filter(end -> end.plusDays(n).isBefore(day)).max(Comparator.naturalOrder());
            if (ended.isEmpty()) {
                return ActivationDecision.none("no employment has ended " + n + " days before " + day);
            }
            if (!state.active()) {
                return ActivationDecision.none("already inactive");
            }
            if (ended.get().equals(state.handledEnd())) {
                return ActivationDecision.none("already deactivated once for the employment that ended on " + ended.get());
            }
            return new ActivationDecision(Action.DEACTIVATE, ended.get(), "the employment ended on " + ended.get()
                    + ", more than " + n + " days before " + day);
        }
        if (m == null || state.active() || !state.deactivatedByJob()) {
            return ActivationDecision.none(state.active() ? "active, and an employment covers " + day
                    : m == null ? "no reactivation is set" : "deactivated by a person, not by the job");
        }
        Optional<EmploymentPeriod> next = periods.stream().filter(e -> covers(e, day, n, m))
                .filter(e -> state.handledEnd() == null || e.start().isAfter(state.handledEnd()))
                .min(Comparator.comparing(EmploymentPeriod::start));
        return next.map(e -> new ActivationDecision(Action.REACTIVATE, null, "a new employment starts on " + e.start()
                + "; reactivation is set " + m + " days before a start"))
                .orElseGet(() -> ActivationDecision.none("no new employment since the one that ended on "
                        + state.handledEnd()));
    }

    /** Whether the employment covers the day: from M days before its start to N days after its end. */
    static boolean covers(EmploymentPeriod e, LocalDate day, Integer n, Integer m) {
        LocalDate from = m == null ? e.start() : e.start().minusDays(m);
        if (day.isBefore(from)) {
            return false;
        }
        return e.end() == null || n == null || !day.isAfter(e.end().plusDays(n));
    }
}
