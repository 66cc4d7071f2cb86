package app.rolegate.activation.application;

import app.rolegate.activation.ActivationDecision;
import app.rolegate.activation.ActivationState;
import app.rolegate.activation.EmploymentActivation;
import app.rolegate.activation.UserEmployment;
import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.idp.IdpVerifications;
import app.rolegate.platform.Actor;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * One account's change by the job, in a transaction of its own, so that one account's failure stops
 * no other. The decision is taken again on the account as this transaction reads it; the system acts
 * (D18 allows the job); deactivation removes the identity-provider link and its pending
 * verifications, reactivation does not restore it (SPEC 5.3).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ActivationChanges {
    @Inject
    UserRepository users;

    @Inject
    IdpVerifications verifications;

    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    AuditLog audit;

    /** The decision applied, or NONE when the account's state no longer calls for a change. */
    public ActivationDecision.Action apply(UserEmployment f, LocalDate day, String runBy) {
        UserAccount u = users.find(f.userAccountId()).orElse(null);
        if (u == null) {
            return ActivationDecision.Action.NONE;
        }
        ActivationDecision d = EmploymentActivation.decide(day, f.policy(), f.periods(), stateOf(u));
        if (!d.changes()) {
            return ActivationDecision.Action.NONE;
        }
        Actor system = Actor.system();
        boolean deactivate = d.action() == ActivationDecision.Action.DEACTIVATE;
        AuditRecord change = AuditRecord.of(system, deactivate ? "user.deactivate" : "user.reactivate",
                u.primaryCompanyId(), "user", u.userId());
        Decision allowed = decisions.require(policy.deactivate(facts.actorIn(system, u.primaryCompanyId()),
                TargetFacts.of(u)), change);
        AuditState before = u.auditState();
        if (deactivate) {
            verifications.removeUnused(List.of(u.id()));
            u.deactivateByJob(d.employmentEnd());
        } else {
            u.reactivateByJob();
        }
        audit.allowed(change.rule(allowed.rule()).change(before, u.auditState()).detail("employment-based activation"
                + " for " + day + " (" + runBy + "): " + d.reason()));
        return d.action();
    }

    static ActivationState stateOf(UserAccount u) {
        return new ActivationState(u.isActive(), u.activationJobDeactivated(), u.activationJobEnd());
    }
}
