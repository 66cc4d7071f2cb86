package app.rolegate.grant;

import app.rolegate.membership.Membership;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where grants are kept. */
public interface GrantRepository {
    Grant add(Grant grant);

    void remove(Grant grant);

    List<Grant> ofMembership(long membershipId);

    /** Grants of many memberships in one query, keyed by membership id. */
    Map<Long, List<Grant>> ofMemberships(Collection<Long> membershipIds);

    /**
     * The roles that count for the user in the company today (SPEC 2 head): account active,
     * membership valid, grant valid, and a valid membership in the user's primary company.
     */
    Set<String> effectiveRoles(long userAccountId, long companyId, LocalDate today);

    /** Companies where the user's given role counts today, by the same conditions. */
    Set<Long> companiesWhereEffective(long userAccountId, String role, LocalDate today);

    /**
     * One page, by company id, of the target's memberships in companies where the holder's role
     * counts today: what a holder of USER_ADMIN sees of another user (D9), read in the database, not
     * by listing every company of a holder who may administer thousands.
     */
    List<Membership> membershipsWhereEffective(long targetAccountId, long holderAccountId, String role,
            LocalDate today, int offset, int limit);

    /** How many memberships {@link #membershipsWhereEffective} pages through. */
    long countMembershipsWhereEffective(long targetAccountId, long holderAccountId, String role, LocalDate today);

    /** The roles the user holds in the company, whatever their validity. */
    Set<String> rolesHeld(long userAccountId, long companyId);

    /** The user accounts for whom the role counts in the company today (SPEC 2 head). */
    List<Long> effectiveHolders(long companyId, String role, LocalDate today);
}
