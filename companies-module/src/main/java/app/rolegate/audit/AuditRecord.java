package app.rolegate.audit;

import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;

/**
 * What a service hands the audit log: the action, where, on what, the state before and after
 * (as short JSON texts) and the rule that decided.
 */
public record AuditRecord(Actor actor, String action, Long companyId, String targetType, String targetId,
        String before, String after, RuleId rule, String detail) {

    public static AuditRecord of(Actor actor, String action, Long companyId, String targetType, Object targetId) {
        return new AuditRecord(actor, action, companyId, targetType, targetId == null ? null : targetId.toString(),
                null, null, null, null);
    }

    public AuditRecord change(String beforeState, String afterState) {
        return new AuditRecord(actor, action, companyId, targetType, targetId, beforeState, afterState, rule, detail);
    }

    public AuditRecord rule(RuleId decidingRule) {
        return new AuditRecord(actor, action, companyId, targetType, targetId, before, after, decidingRule, detail);
    }

    public AuditRecord detail(String text) {
        return new AuditRecord(actor, action, companyId, targetType, targetId, before, after, rule, text);
    }
}
