package app.rolegate.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the audit trail of one company, or the platform's (events of no company), oldest first,
 * with optional filters. Actor and target match without regard to case (SPEC 2.1: user ids are
 * case-insensitive). Authorisation is the caller's job.
 */
@Stateless
public class AuditQuery {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    public record Page(List<AuditEvent> events, long total) {
    }

    /** Filters; null means any. */
    public record Filter(Instant since, String actor, String target) {
    }

    public Page forCompany(long companyId, Filter f, int page, int size) {
        return read("e.companyId = :c", Map.of("c", companyId), f, page, size);
    }

    public Page forPlatform(Filter f, int page, int size) {
        return read("e.companyId IS NULL", Map.of(), f, page, size);
    }

    private Page read(String scope, Map<String, Object> scopeParams, Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM AuditEvent e WHERE ").append(scope);
        Map<String, Object> params = new HashMap<>(scopeParams);
        if (f.since() != null) {
            where.append(" AND e.occurredAt >= :since");
            params.put("since", f.since());
        }
        if (f.actor() != null) {
            where.append(" AND UPPER(e.actorName) = :actor");
            params.put("actor", f.actor().toUpperCase(Locale.ROOT));
        }
        if (f.target() != null) {
            where.append(" AND UPPER(e.targetId) = :target");
            params.put("target", f.target().toUpperCase(Locale.ROOT));
        }
        TypedQuery<AuditEvent> q = em.createQuery("SELECT e" + where + " ORDER BY e.id", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEvent> events = q.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(events, count.getSingleResult());
    }
}
