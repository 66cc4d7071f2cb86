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

/**
 * The register: three queries for a page whatever its size. The filter is native SQL, because its
 * free text is matched literally with {@code LIKE ... ESCAPE} (a % or _ typed is no wildcard), and
 * EclipseLink stops binding parameters on Derby once such a clause is in a JPQL statement (it then
 * writes a Boolean as 1, which Derby's BOOLEAN refuses). The page's ids come from that SQL; the rows
 * are then read by id with JPQL.
 */
@ApplicationScoped
public class JpaMemberDirectory implements MemberDirectory {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public Found list(long companyId, MemberFilter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(companyId, f, params);
        Query ids = em.createNativeQuery("SELECT m.id" + where + " ORDER BY u.user_id_key, m.id OFFSET " + offset
                + " ROWS FETCH NEXT " + limit + " ROWS ONLY");
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        for (int i = 0; i < params.size(); i++) {
            ids.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        return new Found(rows(ids(ids)), ((Number) count.getSingleResult()).longValue());
    }

    @Override
    public List<Row> all(long companyId, MemberFilter f) {
        List<Object> params = new ArrayList<>();
        Query ids = em.createNativeQuery("SELECT m.id" + where(companyId, f, params) + " ORDER BY u.user_id_key, m.id");
        for (int i = 0; i < params.size(); i++) {
            ids.setParameter(i + 1, params.get(i));
        }
        return rows(ids(ids));
    }

    private static String where(long companyId, MemberFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder(" FROM membership m JOIN app_user u ON u.id = m.user_id"
                + " WHERE m.company_id = ?");
        params.add(companyId);
        if (f.active() != null) {
            where.append(" AND u.active = ?");
            params.add(f.active());
        }
        if (f.idpStatus() != null) {
            where.append(" AND u.idp_status = ?");
            params.add(f.idpStatus());
        }
        if (f.role() != null) {
            where.append(" AND m.id IN (SELECT g.membership_id FROM role_grant g WHERE g.role = ?)");
            params.add(f.role());
        }
        if (f.linked() != null) {
            // The employee ids of the company come from its unique (company_id, employee_number) index.
            where.append(f.linked() ? " AND u.employee_id IN (SELECT e.id FROM employee e WHERE e.company_id = ?)"
                    : " AND (u.employee_id IS NULL OR u.employee_id NOT IN (SELECT e.id FROM employee e"
                            + " WHERE e.company_id = ?))");
            params.add(companyId);
        }
        if (f.text() != null) {
            String q = "%" + escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (u.user_id_key LIKE ? ESCAPE '\\' OR LOWER(u.first_name) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(u.last_name) LIKE ? ESCAPE '\\' OR LOWER(u.email) LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; i++) {
                params.add(q);
            }
        }
        return where.toString();
    }

    /** The text matched literally: LIKE's wildcards and the escape character itself are escaped. */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Long> ids(Query q) {
        List<?> found = q.getResultList();
        List<Long> ids = new ArrayList<>(found.size());
        found.forEach(o -> ids.add(((Number) o).longValue()));
        return ids;
    }

    /** The rows of these memberships, in the order of the ids. */
    private List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m, u FROM Membership m, UserAccount u"
                + " WHERE u.id = m.userAccountId AND m.id IN :ids", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            Membership m = (Membership) r[0];
            byId.put(m.id(), new Row((UserAccount) r[1], m));
        }
        List<Row> rows = new ArrayList<>(ids.size());
        ids.forEach(id -> rows.add(byId.get(id)));
        return rows;
    }
}
