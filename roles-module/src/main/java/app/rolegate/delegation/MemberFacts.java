package app.rolegate.delegation;

import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A user's membership in the company acted in, with the grants it holds (whatever their validity). */
public record MemberFacts(TargetFacts user, long membershipId, Validity validity, PayrollProfile payrollProfile,
        List<HeldGrant> grants, Validity primaryMembership) {

    public MemberFacts {
        grants = List.copyOf(grants);
    }

    /** Whether this membership is in the user's primary company (D9). */
    public boolean primary(long companyId) {
        return user.primaryCompanyId() == companyId;
    }

    /** The roles not wholly expired (D17): what blocks granting the role again and what D15 looks at. */
    public Set<String> liveRoles(LocalDate day) {
        Set<String> s = new TreeSet<>();
        grants.stream().filter(g -> g.liveOn(day)).forEach(g -> s.add(g.role()));
        return s;
    }

    /** Whether this membership counts on the day (SPEC 2 head): the account active, it and the primary one valid. */
    public boolean counts(LocalDate day) {
        return app.rolegate.grant.RoleCounts.userCounts(user.active(), primaryMembership, day) && validity.isValidOn(day);
    }

    /** The grants that count today (SPEC 2 head): what a copy from this member gives (D5). */
    public List<HeldGrant> countingGrants(LocalDate day) {
        return counts(day) ? grants.stream().filter(g -> g.validOn(day)).toList() : List.of();
    }

    public boolean holdsLive(String role, LocalDate day) {
        return grants.stream().anyMatch(g -> g.role().equals(role) && g.liveOn(day));
    }
}
