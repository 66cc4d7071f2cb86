package app.rolegate.audit;

import app.rolegate.platform.RequestContext;
import app.rolegate.platform.Today;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events. A change is recorded in the caller's transaction, so it exists exactly
 * when the change does; a denial is recorded in a transaction of its own, because the operation it
 * denies is rolled back.
 */
@Stateless
public class AuditLog {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Inject
    private RequestContext request;

    @Inject
    private Today today;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void allowed(AuditRecord r) {
        em.persist(event(r, AuditEvent.Outcome.ALLOWED));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(AuditRecord r) {
        em.persist(event(r, AuditEvent.Outcome.DENIED));
    }

    private AuditEvent event(AuditRecord r, AuditEvent.Outcome outcome) {
        return new AuditEvent(today.now(), r.actor().accountId(), r.actor().name(), r.action(), outcome, r.companyId(),
                r.targetType(), r.targetId(), r.before(), r.after(), r.rule() == null ? null : r.rule().name(),
                r.detail(), requestId());
    }

    private String requestId() {
        try {
            return request.requestId();
        } catch (ContextNotActiveException e) {
            return null; // start-up and timers run outside a request
        }
    }
}
