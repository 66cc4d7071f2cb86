package app.rolegate.audit.application;

import app.rolegate.audit.AuditQuery;
import app.rolegate.platform.Text;
import java.time.Instant;

/** The audit log's filters, checked as they are made: since, actor and target (user ids match without case). */
public record AuditFilter(Instant since, String actor, String target) {
    public AuditFilter {
        actor = Text.trimmed("actor", actor, 120);
        target = Text.trimmed("target", target, 120);
    }

    AuditQuery.Filter query() {
        return new AuditQuery.Filter(since, actor, target);
    }
}
