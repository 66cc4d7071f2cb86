package app.rolegate.audit;

import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;

/**
 * What a service hands the audit log: the action, where (null: a platform event, SPEC 2.1), on
 * what, the state before and after (JSON texts made by {@link AuditState}) and the rule that decided.
 * A user target is named by its stored (canonical) user id wherever the account exists.
 */
public record AuditRecord(Actor actor, String action, Long companyId, String targetType, String targetId,
        String before, String after, RuleId rule, String detail) {

    public static AuditRecord of(Actor actor, String action, Long companyId, String targetType, Object targetId) {
        return new AuditRecord(actor, action, companyId, targetType, targetId == null ? null : targetId.toString(),
                null, null, null, null);
    }

    public AuditRecord change(AuditState beforeState, AuditState afterState) {
        return new AuditRecord(actor, action, companyId, targetType, targetId,
                beforeState == null ? null : beforeState.json(), afterState == null ? null : afterState.json(), rule,
                detail);
    }

    public AuditRecord rule(RuleId decidingRule) {
        return new AuditRecord(actor, action, companyId, targetType, targetId, before, after, decidingRule, detail);
    }

    public AuditRecord detail(String text) {
        return new AuditRecord(actor, action, companyId, targetType, targetId, before, after, rule, text);
    }

    /** The same event about another target (e.g. once the canonical user id is known). */
    public AuditRecord target(String type, Object id) {
        return new AuditRecord(actor, action, companyId, type, id == null ? null : id.toString(), before, after, rule,
                detail);
    }

    /** The same event under another action name. */
    public AuditRecord rename(String newAction) {
        return new AuditRecord(actor, newAction, companyId, targetType, targetId, before, after, rule, detail);
    }

    /** The same event recorded under another company, or as a platform event (null). */
    public AuditRecord inCompany(Long id) {
        return new AuditRecord(actor, action, id, targetType, targetId, before, after, rule, detail);
    }
}
