package app.rolegate.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where memberships are kept. */
public interface MembershipRepository {
    Membership add(Membership membership);

    Optional<Membership> find(long userAccountId, long companyId);

    /**
     * The membership, locked against other writers until the transaction ends: every change of a
     * membership or its grants takes this lock first, so that two requests that together would break
     * a rule (D15) run one after the other and the second sees the first's result.
     */
    Optional<Membership> findForUpdate(long userAccountId, long companyId);

    List<Membership> ofUser(long userAccountId);

    /** One page of the user's memberships, by company id. */
    List<Membership> ofUser(long userAccountId, int offset, int limit);

    long countOfUser(long userAccountId);

    /** The memberships of these users in this company, in one query. */
    List<Membership> inCompany(long companyId, Collection<Long> userAccountIds);

    /** The custom overrides of many memberships in one query, keyed by membership id (none: absent). */
    java.util.Map<Long, java.util.Map<String, AccessLevel>> overridesOf(Collection<Long> membershipIds);

    void remove(Membership membership);

    /** Writes pending changes now, so that a view built next shows the new version. */
    void flush();
}
