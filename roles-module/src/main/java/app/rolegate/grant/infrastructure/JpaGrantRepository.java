package app.rolegate.grant.infrastructure;

import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaGrantRepository implements GrantRepository {
    /** Validity of grant g and membership m on :d, and the user's primary-company membership pm. */
    private static final String EFFECTIVE = " FROM Grant g JOIN g.membership m, UserAccount u, Membership pm"
            + " WHERE u.id = m.userAccountId AND u.active = TRUE"
            + " AND pm.userAccountId = u.id AND pm.companyId = u.primaryCompanyId"
            + " AND (m.validity.validFrom IS NULL OR m.validity.validFrom <= :d)"
            + " AND (m.validity.validTo IS NULL OR m.validity.validTo >= :d)"
            + " AND (g.validity.validFrom IS NULL OR g.validity.validFrom <= :d)"
            + " AND (g.validity.validTo IS NULL OR g.validity.validTo >= :d)"
            + " AND (pm.validity.validFrom IS NULL OR pm.validity.validFrom <= :d)"
            + " AND (pm.validity.validTo IS NULL OR pm.validity.validTo >= :d)";

    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public Grant add(Grant grant) {
        em.persist(grant);
        em.flush();
        return grant;
    }

    @Override
    public void remove(Grant grant) {
        em.remove(em.contains(grant) ? grant : em.merge(grant));
    }

    @Override
    public List<Grant> ofMembership(long membershipId) {
        return em.createQuery("SELECT g FROM Grant g WHERE g.membership.id = :m ORDER BY g.role", Grant.class)
                .setParameter("m", membershipId).getResultList();
    }

    @Override
    public Map<Long, List<Grant>> ofMemberships(Collection<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT g FROM Grant g WHERE g.membership.id IN :m ORDER BY g.role", Grant.class)
                .setParameter("m", membershipIds).getResultList().stream()
                .collect(Collectors.groupingBy(g -> g.membership().id(), LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Set<String> effectiveRoles(long userAccountId, long companyId, LocalDate today) {
        return new HashSet<>(em.createQuery("SELECT g.role" + EFFECTIVE + " AND u.id = :u AND m.companyId = :c",
                String.class).setParameter("u", userAccountId).setParameter("c", companyId).setParameter("d", today)
                .getResultList());
    }

    @Override
    public Set<Long> companiesWhereEffective(long userAccountId, String role, LocalDate today) {
        return new HashSet<>(em.createQuery("SELECT m.companyId" + EFFECTIVE + " AND u.id = :u AND g.role = :r",
                Long.class).setParameter("u", userAccountId).setParameter("r", role).setParameter("d", today)
                .getResultList());
    }

    @Override
    public List<Membership> membershipsWhereEffective(long targetAccountId, long holderAccountId, String role,
            LocalDate today, int offset, int limit) {
        return em.createQuery("SELECT t FROM Membership t WHERE t.userAccountId = :t AND t.companyId IN"
                + " (SELECT m.companyId" + EFFECTIVE + " AND u.id = :u AND g.role = :r) ORDER BY t.companyId",
                Membership.class).setParameter("t", targetAccountId).setParameter("u", holderAccountId)
                .setParameter("r", role).setParameter("d", today).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countMembershipsWhereEffective(long targetAccountId, long holderAccountId, String role,
            LocalDate today) {
        return em.createQuery("SELECT COUNT(t) FROM Membership t WHERE t.userAccountId = :t AND t.companyId IN"
                + " (SELECT m.companyId" + EFFECTIVE + " AND u.id = :u AND g.role = :r)", Long.class)
                .setParameter("t", targetAccountId).setParameter("u", holderAccountId).setParameter("r", role)
                .setParameter("d", today).getSingleResult();
    }

    @Override
    public Set<String> rolesHeld(long userAccountId, long companyId) {
        return new HashSet<>(em.createQuery("SELECT g.role FROM Grant g JOIN g.membership m"
                + " WHERE m.userAccountId = :u AND m.companyId = :c", String.class)
                .setParameter("u", userAccountId).setParameter("c", companyId).getResultList());
    }

    @Override
    public List<Long> effectiveHolders(long companyId, String role, LocalDate today) {
        return em.createQuery("SELECT u.id" + EFFECTIVE + " AND m.companyId = :c AND g.role = :r ORDER BY u.id",
                Long.class).setParameter("c", companyId).setParameter("r", role).setParameter("d", today)
                .getResultList();
    }
}
