package app.rolegate.check;

import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.EmployeeFacts.Home;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a grant covers employee X on a day (SPEC 3 "covering X", 5.2), decided on facts alone so that the
 * decision table runs against it without a database:
 * <ul>
 * <li>nobody who is not an employee of the company asked about is covered, by any scope;
 * <li>scope COMPANY covers every employee of the company;
 * <li>scope COST_CENTRE K covers X on day d when X's home cost centre on d is K; and when X moves from K1 to K2
 * on day D (consecutive history entries with different cost centres), both K1 and K2 cover X from D - t to
 * D + t, t being the company's {@code permissionToleranceDays}. So K1 covers X through D + t and K2 from
 * D - t; with t = 0 both cover X on the move day D only. An employee's first home cost centre is no move: no
 * tolerance before it;
 * <li>scope HIERARCHY covers everyone below the holder's own linked employee record, transitively, at any
 * depth; not the record itself, nor anyone above or beside it; a holder linked to no employee record of the
 * company covers nobody.
 * </ul>
 * Employment periods do not limit coverage: an employee whose employment has ended is still covered, so that
 * the last time reports can be approved. Every answer carries its reason: which grant, which scope, and which
 * date rule.
 */
public final class CoverageRule {
    private CoverageRule() {
    }

    /** Covered or not, and why. */
    public record Covered(boolean covers, String reason) {
        static Covered yes(String reason) {
            return new Covered(true, reason);
        }

        static Covered no(String reason) {
            return new Covered(false, reason);
        }
    }

    public static Covered covers(GrantFacts g, EmployeeFacts x, LocalDate day) {
        String grant = g.role() + " (scope " + g.scope()
                + (g.costCentre() == null ? "" : " " + g.costCentre()) + ")";
        if (!x.inCompany()) {
            return Covered.no(x.name() + " is not an employee of " + x.companyName());
        }
        return switch (g.scope()) {
            case COMPANY -> Covered.yes(grant + " covers every employee of " + x.companyName() + ", " + x.name()
                    + " included");
            case COST_CENTRE -> costCentre(grant, g.costCentre(), x, day);
            case HIERARCHY -> hierarchy(grant, x);
        };
    }

    private static Covered costCentre(String grant, String k, EmployeeFacts x, LocalDate day) {
        List<Home> h = x.homeCostCentres();
        int t = x.toleranceDays();
        for (int i = 0; i < h.size(); i++) {
            Home entry = h.get(i);
            if (!entry.costCentre().equals(k)) {
                continue;
            }
            Home previous = i > 0 ? h.get(i - 1) : null;
            Home next = i + 1 < h.size() ? h.get(i + 1) : null;
            boolean movedIn = previous != null && !previous.costCentre().equals(k);
            boolean movesOut = next != null && !next.costCentre().equals(k);
            LocalDate ownEnd = next == null ? null : next.from().minusDays(1);
            if (!day.isBefore(entry.from()) && (ownEnd == null || !day.isAfter(ownEnd))) {
                return Covered.yes(grant + " covers " + x.name() + ": the home cost centre on " + day + " is " + k
                        + " (since " + entry.from() + ")");
            }
            LocalDate moveIn = entry.from();
            if (movedIn && day.isBefore(moveIn) && !day.isBefore(moveIn.minusDays(t))) {
                return Covered.yes(grant + " covers " + x.name() + ": the move from " + previous.costCentre() + " to " + k
                        + " on " + moveIn + " is within the tolerance of " + t + " days (" + window(moveIn, t) + ")");
            }
            if (movesOut && day.isAfter(ownEnd) && !day.isAfter(next.from().plusDays(t))) {
                return Covered.yes(grant + " covers " + x.name() + ": the move from " + k + " to " + next.costCentre()
                        + " on " + next.from() + " is within the tolerance of " + t + " days ("
                        + window(next.from(), t) + ")");
            }
        }
        String home = homeOn(h, day);
        return Covered.no(grant + " does not cover " + x.name() + ": " + (home == null ? "no home cost centre on " + day
                : "the home cost centre on " + day + " is " + home) + ", and no move to or from " + k
                + " is within the tolerance of " + t + " days");
    }

    /** D - t to D + t: both cost centres of the move cover the employee then. */
    private static String window(LocalDate move, int t) {
        return move.minusDays(t) + " to " + move.plusDays(t);
    }

    private static String homeOn(List<Home> h, LocalDate day) {
        String found = null;
        for (Home entry : h) {
            if (!entry.from().isAfter(day)) {
                found = entry.costCentre();
            }
        }
        return found;
    }

    private static Covered hierarchy(String grant, EmployeeFacts x) {
        if (x.holderEmployeeId() == null) {
            return Covered.no(grant + " covers the employees below the holder's own employee record, and the holder is"
                    + " linked to no employee record of " + x.companyName());
        }
        String holder = "the holder's employee record " + x.holderEmployeeId();
        if (x.depthBelowHolder() != null && x.depthBelowHolder() > 0) {
            int n = x.depthBelowHolder();
            return Covered.yes(grant + " covers " + x.name() + ": " + n + (n == 1 ? " level" : " levels") + " below "
                    + holder + " in the hierarchy");
        }
        if (x.ownRecord()) {
            return Covered.no(grant + " covers the employees below " + holder + ", not the record itself");
        }
        return Covered.no(grant + " does not cover " + x.name() + ": not below " + holder + " in the hierarchy");
    }
}
