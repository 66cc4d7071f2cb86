package app.rolegate.grant;

import app.rolegate.membership.Membership;
import app.rolegate.platform.Validity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where grants are kept. "Counts" means as {@link RoleCounts} defines it. */
public interface GrantRepository {
    Grant add(Grant grant);

    void remove(Grant grant);

    List<Grant> ofMembership(long membershipId);

    /** Grants of many memberships in one query, keyed by membership id. */
    Map<Long, List<Grant>> ofMemberships(Collection<Long> membershipIds);

    /** The roles that count for the user in the company on the day. */
    Set<String> effectiveRoles(long userAccountId, long companyId, LocalDate day);

    /** Companies where one of the roles counts for the user on the day. */
    Set<Long> companiesWhereEffective(long userAccountId, Collection<String> roles, LocalDate day);

    /**
     * Whether the target has a membership in a company where one of the roles counts for the holder on
     * the day: D2's "sees the members of companies they administer", in one query.
     */
    boolean memberWhereEffective(long targetAccountId, long holderAccountId, Collection<String> roles, LocalDate day);

    /**
     * One page, by company id, of the target's memberships in companies where the holder's role
     * counts on the day: what a holder of USER_ADMIN sees of another user (D9), read in the database,
     * not by listing every company of a holder who may administer thousands.
     */
    List<Membership> membershipsWhereEffective(long targetAccountId, long holderAccountId, String role,
            LocalDate day, int offset, int limit);

    /** How many memberships {@link #membershipsWhereEffective} pages through. */
    long countMembershipsWhereEffective(long targetAccountId, long holderAccountId, String role, LocalDate day);

    /** The roles the user holds in the company, whatever their validity. */
    Set<String> rolesHeld(long userAccountId, long companyId);

    /** A holder for whom a role counts in a company, and until when: the grant's end or the membership's, earlier first. */
    record Holder(long userAccountId, Validity grant, Validity membership) {
        /** The day the role stops counting, or null for until further notice. */
        public LocalDate until() {
            LocalDate a = grant.validTo();
            LocalDate b = membership.validTo();
            return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        }
    }

    /** The user accounts for whom the role counts in the company on the day, with their grant's and membership's validity. */
    List<Holder> effectiveHolders(long companyId, String role, LocalDate day);
}
