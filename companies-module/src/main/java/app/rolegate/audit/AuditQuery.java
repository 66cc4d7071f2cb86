package app.rolegate.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/** Reads a company's audit trail, newest last, with optional filters. Authorisation is the caller's job. */
@Stateless
public class AuditQuery {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    public record Page(List<AuditEvent> events, long total) {
    }

    public Page forCompany(long companyId, Instant since, String actorName, String targetId, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM AuditEvent e WHERE e.companyId = :c");
        if (since != null) {
            where.append(" AND e.occurredAt >= :since");
        }
        if (actorName != null) {
            where.append(" AND e.actorName = :actor");
        }
        if (targetId != null) {
            where.append(" AND e.targetId = :target");
        }
        TypedQuery<AuditEvent> q = em.createQuery("SELECT e" + where + " ORDER BY e.id", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            tq.setParameter("c", companyId);
            if (since != null) {
                tq.setParameter("since", since);
            }
            if (actorName != null) {
                tq.setParameter("actor", actorName);
            }
            if (targetId != null) {
                tq.setParameter("target", targetId);
            }
        }
        List<AuditEvent> events = q.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(events, count.getSingleResult());
    }
}
