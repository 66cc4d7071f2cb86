package app.rolegate.audit.application;

import app.rolegate.audit.AuditEvent;
import java.time.Instant;

/** One audit event as the interfaces show it. */
public record AuditEventView(long id, Instant occurredAt, Long actorId, String actor, String action, String outcome,
        Long companyId, String targetType, String targetId, String rule, String detail, String before, String after,
        String requestId) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.outcome(),
                e.companyId(), e.targetType(), e.targetId(), e.rule(), e.detail(), e.before(), e.after(), e.requestId());
    }
}
