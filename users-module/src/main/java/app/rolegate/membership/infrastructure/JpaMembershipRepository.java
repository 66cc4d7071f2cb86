package app.rolegate.membership.infrastructure;

import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import app.rolegate.membership.AccessLevel;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public Membership add(Membership membership) {
        em.persist(membership);
        em.flush();
        return membership;
    }

    @Override
    public Optional<Membership> find(long userAccountId, long companyId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.userAccountId = ?1 AND m.companyId = ?2",
                Membership.class).setParameter(1, userAccountId).setParameter(2, companyId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Membership> findForUpdate(long userAccountId, long companyId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.userAccountId = ?1 AND m.companyId = ?2",
                Membership.class).setParameter(1, userAccountId).setParameter(2, companyId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Membership> ofUser(long userAccountId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.userAccountId = ?1 ORDER BY m.companyId",
                Membership.class).setParameter(1, userAccountId).getResultList();
    }

    @Override
    public List<Membership> ofUser(long userAccountId, int offset, int limit) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.userAccountId = ?1 ORDER BY m.companyId",
                Membership.class).setParameter(1, userAccountId).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfUser(long userAccountId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.userAccountId = ?1", Long.class)
                .setParameter(1, userAccountId).getSingleResult();
    }

    @Override
    public List<Membership> inCompany(long companyId, Collection<Long> userAccountIds) {
        if (userAccountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Membership m WHERE m.companyId = :c AND m.userAccountId IN :u",
                Membership.class).setParameter("c", companyId).setParameter("u", userAccountIds).getResultList();
    }

    @Override
    public Map<Long, Map<String, AccessLevel>> overridesOf(Collection<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, AccessLevel>> result = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.id, KEY(o), VALUE(o) FROM Membership m JOIN m.overrides o"
                + " WHERE m.id IN :ids", Object[].class).setParameter("ids", membershipIds).getResultList()) {
            result.computeIfAbsent((Long) row[0], k -> new TreeMap<>()).put((String) row[1], (AccessLevel) row[2]);
        }
        return result;
    }

    @Override
    public void remove(Membership membership) {
        em.remove(membership);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
