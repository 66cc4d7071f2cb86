package app.rolegate.employee.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.employee.Employee;
import app.rolegate.employee.EmployeeRepository;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.user.ActivationPolicy;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * An account's link to its employee record (SPEC 5.3: the user then gets the employee's e-mail; nobody links
 * their own account, D1) and its employment-based activation policy (N and M days, D18). Load the facts, let
 * the {@link DelegationPolicy} decide, deny and audit, or write and audit. One transaction per call.
 */
@Stateless
public class EmployeeLinks {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    EmployeeRepository employees;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    /**
     * Links the account to an employee record of the company; a record linked to another account is 409, one
     * that is not the company's 400 naming employeeId. A link to another record is replaced.
     */
    public EmployeeLinkView link(Actor actor, String userId, long companyId, long employeeId) {
        AuditRecord attempt = AuditRecord.of(actor, "user.employee-link", companyId, "user", userId)
                .detail("employee " + employeeId);
        UserAccount u = target(actor, userId, companyId, true, attempt);
        AuditRecord link = attempt.target("user", u.userId());
        Employee e = employees.findInCompany(companyId, employeeId).orElseThrow(() -> new InvalidInputException(
                "employeeId", "the company has no employee " + employeeId));
        Optional<UserAccount> holder = users.findByEmployeeId(e.id());
        if (holder.isPresent() && !holder.get().equals(u)) {
            throw new ConflictException("employee " + e.id() + " is linked to another account; remove that link first");
        }
        decisions.require(policy.emailFromEmployee(facts.actorIn(actor, companyId), TargetFacts.of(u), e.email(),
                u.email()), link);
        AuditState before = u.auditState();
        u.linkEmployee(e.id(), e.email());
        audit.allowed(link.rule(RuleId.D2).change(before, u.auditState()));
        users.flush();
        return new EmployeeLinkView(u.userId(), companyId, e.id(), u.email());
    }

    /**
     * Removes the account's link to an employee record of the company; the e-mail it got stays. An account not
     * linked to one of the company's records (or to another than {@code employeeId}, when given) is 409.
     */
    public void unlink(Actor actor, String userId, long companyId, Long employeeId) {
        AuditRecord attempt = AuditRecord.of(actor, "user.employee-unlink", companyId, "user", userId);
        UserAccount u = target(actor, userId, companyId, false, attempt);
        Long linked = u.employeeId();
        if (linked == null || employees.findInCompany(companyId, linked).isEmpty()) {
            throw new ConflictException(u.userId() + " is not linked to an employee record of this company");
        }
        if (employeeId != null && !employeeId.equals(linked)) {
            throw new ConflictException(u.userId() + " is linked to employee " + linked + ", not " + employeeId);
        }
        AuditState before = u.auditState();
        u.unlinkEmployee();
        audit.allowed(attempt.target("user", u.userId()).rule(RuleId.D2).change(before, u.auditState())
                .detail("employee " + linked));
    }

    /** D1, D2 before the lookup; then the account: a member of the company, not one's own, for a link owned by it. */
    private UserAccount target(Actor actor, String userId, long companyId, boolean linking, AuditRecord attempt) {
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerEmployeeLink(a, userId), attempt);
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        decisions.require(policy.employeeLink(a, TargetFacts.of(u), facts.hasMembership(u.id(), companyId), linking),
                attempt.target("user", u.userId()));
        return u;
    }

    /**
     * SPEC 5.3: sets when the daily job deactivates the account after its employment ends and reactivates it
     * before a new one starts; by whoever may deactivate it (D18), never on oneself (D1).
     */
    public ActivationPolicyView setActivationPolicy(Actor actor, String userId, ActivationPolicy p) {
        AuditRecord attempt = AuditRecord.of(actor, "user.activation-policy", null, "user", userId);
        decisions.require(policy.notServiceClient(actor), attempt);
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        boolean visible = facts.visible(actor, u);
        ActorFacts inPrimary = facts.actorIn(actor, u.primaryCompanyId());
        // An invisible account is a platform event: its primary company is not the actor's to audit in.
        AuditRecord change = visible ? attempt.target("user", u.userId()).inCompany(u.primaryCompanyId()) : attempt;
        var d = decisions.require(policy.setActivationPolicy(inPrimary, TargetFacts.of(u), visible), change);
        AuditState before = u.auditState();
        u.setActivationPolicy(p);
        audit.allowed(change.rule(d.rule()).change(before, u.auditState()));
        users.flush();
        return new ActivationPolicyView(u.userId(), p.deactivateDaysAfterEnd(), p.reactivateDaysBeforeStart(),
                u.employeeId());
    }

    private NotFoundException hidden(AuditRecord attempt) {
        return decisions.hidden(attempt, "no such user");
    }
}
