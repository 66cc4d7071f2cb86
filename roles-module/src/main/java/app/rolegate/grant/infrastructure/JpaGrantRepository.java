package app.rolegate.grant.infrastructure;

import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.RoleCounts;
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
    /** Grants g of memberships m of users u, with u's primary-company membership pm, that count on :d. */
    private static final String COUNTING = " FROM Grant g JOIN g.membership m, UserAccount u, Membership pm WHERE "
            + RoleCounts.JPQL;
    /** Companies where one of the roles :r counts for the user :u on :d. */
    private static final String COMPANIES_WHERE = "SELECT m.companyId" + COUNTING + " AND u.id = :u AND g.role IN :r";

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
        em.flush();
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
    public Set<String> effectiveRoles(long userAccountId, long companyId, LocalDate day) {
        return new HashSet<>(em.createQuery("SELECT g.role" + COUNTING + " AND u.id = :u AND m.companyId = :c",
                String.class).setParameter("u", userAccountId).setParameter("c", companyId).setParameter("d", day)
                .getResultList());
    }

    @Override
    public Set<Long> companiesWhereEffective(long userAccountId, Collection<String> roles, LocalDate day) {
        return new HashSet<>(em.createQuery(COMPANIES_WHERE, Long.class).setParameter("u", userAccountId)
                .setParameter("r", roles).setParameter("d", day).getResultList());
    }

    @Override
    public boolean memberWhereEffective(long targetAccountId, long holderAccountId, Collection<String> roles,
            LocalDate day) {
        return !em.createQuery("SELECT t.id FROM Membership t WHERE t.userAccountId = :t AND t.companyId IN ("
                + COMPANIES_WHERE + ")", Long.class).setParameter("t", targetAccountId).setParameter("u", holderAccountId)
                .setParameter("r", roles).setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Membership> membershipsWhereEffective(long targetAccountId, long holderAccountId, String role,
            LocalDate day, int offset, int limit) {
        return em.createQuery("SELECT t FROM Membership t WHERE t.userAccountId = :t AND t.companyId IN ("
                + COMPANIES_WHERE + ") ORDER BY t.companyId", Membership.class).setParameter("t", targetAccountId)
                .setParameter("u", holderAccountId).setParameter("r", List.of(role)).setParameter("d", day)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countMembershipsWhereEffective(long targetAccountId, long holderAccountId, String role, LocalDate day) {
        return em.createQuery("SELECT COUNT(t) FROM Membership t WHERE t.userAccountId = :t AND t.companyId IN ("
                + COMPANIES_WHERE + ")", Long.class).setParameter("t", targetAccountId).setParameter("u", holderAccountId)
                .setParameter("r", List.of(role)).setParameter("d", day).getSingleResult();
    }

    @Override
    public Set<String> rolesHeld(long userAccountId, long companyId) {
        return new HashSet<>(em.createQuery("SELECT g.role FROM Grant g JOIN g.membership m"
                + " WHERE m.userAccountId = :u AND m.companyId = :c", String.class)
                .setParameter("u", userAccountId).setParameter("c", companyId).getResultList());
    }

    @Override
    public List<Holder> effectiveHolders(long companyId, String role, LocalDate day) {
        return em.createQuery("SELECT u.id, g, m" + COUNTING + " AND m.companyId = :c AND g.role = :r ORDER BY u.id",
                Object[].class).setParameter("c", companyId).setParameter("r", role).setParameter("d", day)
                .getResultList().stream()
                .map(row -> new Holder((Long) row[0], ((Grant) row[1]).validity(), ((Membership) row[2]).validity()))
                .toList();
    }
}
