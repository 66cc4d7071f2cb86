package app.rolegate.register.infrastructure;

import app.rolegate.membership.Membership;
import app.rolegate.register.MemberDirectory;
import app.rolegate.register.MemberFilter;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The register in JPQL: two queries for a page (the rows, the count), whatever the page size. */
@ApplicationScoped
public class JpaMemberDirectory implements MemberDirectory {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public Found list(long companyId, MemberFilter f, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(companyId, f, params);
        Query rows = em.createQuery("SELECT m, u" + where + " ORDER BY u.userIdKey");
        Query count = em.createQuery("SELECT COUNT(m)" + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Found(rows(rows.setFirstResult(offset).setMaxResults(limit)),
                ((Number) count.getSingleResult()).longValue());
    }

    @Override
    public List<Row> all(long companyId, MemberFilter f) {
        Map<String, Object> params = new HashMap<>();
        Query rows = em.createQuery("SELECT m, u" + where(companyId, f, params) + " ORDER BY u.userIdKey");
        params.forEach(rows::setParameter);
        return rows(rows);
    }

    private static String where(long companyId, MemberFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" FROM Membership m, UserAccount u"
                + " WHERE u.id = m.userAccountId AND m.companyId = :c");
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
        if (f.text() != null) {
            where.append(" AND (u.userIdKey LIKE :q ESCAPE '\\' OR LOWER(u.firstName) LIKE :q ESCAPE '\\'"
                    + " OR LOWER(u.lastName) LIKE :q ESCAPE '\\' OR LOWER(u.email) LIKE :q ESCAPE '\\')");
            params.put("q", "%" + escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    /** The text matched literally: LIKE's wildcards and the escape character itself are escaped. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Row> rows(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = q.getResultList();
        List<Row> result = new ArrayList<>(found.size());
        for (Object[] r : found) {
            result.add(new Row((UserAccount) r[1], (Membership) r[0]));
        }
        return result;
    }
}
