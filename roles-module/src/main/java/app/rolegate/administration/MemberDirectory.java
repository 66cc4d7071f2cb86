package app.rolegate.administration;

import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filterable members list of a company: three queries whatever the page size (the page, the
 * count, the page's grants), never one per row.
 */
@ApplicationScoped
public class MemberDirectory {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Inject
    GrantRepository grants;

    public record Row(UserAccount user, Membership membership, List<Grant> grants) {
    }

    public record Page(List<Row> rows, long total) {
    }

    public Page list(long companyId, MemberFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM Membership m, UserAccount u"
                + " WHERE u.id = m.userAccountId AND m.companyId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", companyId);
        if (f.active() != null) {
            where.append(" AND u.active = :active");
            params.put("active", f.active());
        }
        if (f.idpStatus() != null) {
            where.append(" AND u.idpStatus = :idp");
            params.put("idp", f.idpStatus());
        }
        if (f.role() != null) {
            // IN, not EXISTS: on Derby, EclipseLink sends a statement with EXISTS without bind
            // parameters, and an inlined Boolean (u.active = 1) is refused by Derby's BOOLEAN column.
            where.append(" AND m.id IN (SELECT g.membership.id FROM Grant g WHERE g.role = :role)");
            params.put("role", f.role());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (u.userIdKey LIKE :q OR LOWER(u.firstName) LIKE :q OR LOWER(u.lastName) LIKE :q"
                    + " OR LOWER(u.email) LIKE :q)");
            params.put("q", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        Query rows = em.createQuery("SELECT m, u" + where + " ORDER BY u.userIdKey");
        Query count = em.createQuery("SELECT COUNT(m)" + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, List<Grant>> byMembership = grants.ofMemberships(
                found.stream().map(r -> ((Membership) r[0]).id()).toList());
        List<Row> result = new ArrayList<>(found.size());
        for (Object[] r : found) {
            Membership m = (Membership) r[0];
            result.add(new Row((UserAccount) r[1], m, byMembership.getOrDefault(m.id(), List.of())));
        }
        return new Page(result, ((Number) count.getSingleResult()).longValue());
    }
}
