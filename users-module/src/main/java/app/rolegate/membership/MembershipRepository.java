package app.rolegate.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where memberships are kept. */
public interface MembershipRepository {
    Membership add(Membership membership);

    Optional<Membership> find(long userAccountId, long companyId);

    List<Membership> ofUser(long userAccountId);

    /** One page of the user's memberships, by company id. */
    List<Membership> ofUser(long userAccountId, int offset, int limit);

    long countOfUser(long userAccountId);

    /** The memberships of these users in this company, in one query. */
    List<Membership> inCompany(long companyId, Collection<Long> userAccountIds);

    void remove(Membership membership);
}
