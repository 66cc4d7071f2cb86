package app.rolegate.membership.infrastructure;

import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
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
    public void remove(Membership membership) {
        em.remove(membership);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
