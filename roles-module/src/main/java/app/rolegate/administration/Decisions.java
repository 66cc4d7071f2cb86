package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.Decision;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The second step of every operation: a refusal of the policy is audited (denials, 404s included,
 * SPEC 2.1) and thrown as the exception the interfaces answer with; an allowing decision is handed
 * back for the write and its audit. Denials are decided before anything is written, so the denial's
 * own transaction (see {@link AuditLog#denied}) never waits for the operation's.
 */
@ApplicationScoped
public class Decisions {
    @Inject
    AuditLog audit;

    @Inject
    UserRepository users;

    public Decisions() {
    }

    /** For tests outside the container. */
    public Decisions(AuditLog audit) {
        this.audit = audit;
    }

    public Decision require(Decision d, AuditRecord typed) {
        AuditRecord attempt = d.allowed() ? typed : canonical(typed);
        switch (d.outcome()) {
            case ALLOW -> {
                return d;
            }
            case DENY -> {
                audit.denied(attempt.rule(d.rule()).detail(d.reason()));
                throw new RuleDeniedException(d.rule(), d.reason());
            }
            case HIDDEN -> {
                // A company the actor may not see is not theirs to audit in: a platform event (2.1).
                AuditRecord event = d.companyHidden() ? attempt.inCompany(null)
                        .detail("company " + attempt.companyId() + ": " + d.reason()) : attempt.detail(d.reason());
                audit.denied(event.rule(d.rule()));
                throw new NotFoundException();
            }
            case INVALID -> throw new InvalidInputException(d.field(), d.reason());
            case CONFLICT -> throw new ConflictException(d.reason());
            default -> throw new IllegalStateException(d.outcome().name());
        }
    }

    /** The 404 of SPEC 2.1 for a target the actor may not learn about (unknown, invisible, not a member), audited. */
    public NotFoundException hidden(AuditRecord attempt, String reason) {
        audit.denied(canonical(attempt).rule(app.rolegate.platform.RuleId.D2).detail(reason));
        return new NotFoundException();
    }

    /**
     * SPEC 2.1: the audit log names a user by the user id as stored, never as typed. A refusal decided
     * before the target was looked up still records it so; the answer was decided already, so this
     * lookup tells the caller nothing.
     */
    private AuditRecord canonical(AuditRecord r) {
        if (!"user".equals(r.targetType()) || r.targetId() == null || users == null) {
            return r;
        }
        return users.findByUserId(r.targetId()).map(u -> r.target("user", u.userId())).orElse(r);
    }
}
