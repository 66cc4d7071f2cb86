package app.rolegate.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A hand-written fake: memberships in a list, no persistence, no ids. */
class InMemoryMembershipRepository implements MembershipRepository {
    final List<Membership> stored = new ArrayList<>();

    @Override
    public Membership add(Membership membership) {
        stored.add(membership);
        return membership;
    }

    @Override
    public Optional<Membership> find(long userAccountId, long companyId) {
        return stored.stream().filter(m -> m.userAccountId() == userAccountId && m.companyId() == companyId).findFirst();
    }

    @Override
    public Optional<Membership> findForUpdate(long userAccountId, long companyId) {
        return find(userAccountId, companyId);
    }

    @Override
    public void flush() {
    }

    @Override
    public java.util.Map<Long, java.util.Map<String, AccessLevel>> overridesOf(Collection<Long> membershipIds) {
        java.util.Map<Long, java.util.Map<String, AccessLevel>> r = new java.util.HashMap<>();
        stored.stream().filter(m -> membershipIds.contains(m.id()) && !m.overrides().isEmpty())
                .forEach(m -> r.put(m.id(), m.overrides()));
        return r;
    }

    @Override
    public List<Membership> ofUser(long userAccountId) {
        return stored.stream().filter(m -> m.userAccountId() == userAccountId).toList();
    }

    @Override
    public List<Membership> ofUser(long userAccountId, int offset, int limit) {
        return ofUser(userAccountId).stream().sorted(java.util.Comparator.comparingLong(Membership::companyId))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfUser(long userAccountId) {
        return ofUser(userAccountId).size();
    }

    @Override
    public List<Membership> inCompany(long companyId, Collection<Long> userAccountIds) {
        return stored.stream().filter(m -> m.companyId() == companyId && userAccountIds.contains(m.userAccountId()))
                .toList();
    }

    @Override
    public void remove(Membership membership) {
        stored.remove(membership);
    }
}
