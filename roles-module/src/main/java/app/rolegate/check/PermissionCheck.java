package app.rolegate.check;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Today;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers SPEC 3 from current data on every call: revoking a role, ending a membership or
 * deactivating a user changes the next answer. A read that needs no transaction, and the hot path
 * of the API: a plain CDI bean (no EJB interceptor stack), whose facts come in two statements.
 */
@ApplicationScoped
public class PermissionCheck {
    @Inject
    @Any
    Instance<PermissionRule> contributed;

    @Inject
    Coverage coverage;

    @Inject
    CheckFactsRepository facts;

    @Inject
    Today today;

    @Inject
    AuditLog audit;

    private Map<String, PermissionRule> rules;

    @PostConstruct
    void index() {
        Map<String, PermissionRule> byPermission = new HashMap<>();
        contributed.forEach(rule -> rule.permissions().forEach(p -> byPermission.put(p, rule)));
        rules = byPermission;
    }

    public Set<String> permissions() {
        return new TreeSet<>(rules.keySet());
    }

    public Verdict check(Actor asker, String userId, long companyId, String permission, String employeeId) {
        PermissionRule rule = rules.get(permission);
        if (rule == null) {
            throw new InvalidInputException("permission", "unknown permission '" + permission + "'; known: "
                    + permissions());
        }
        if (rule.needsEmployee(permission) && employeeId == null) {
            throw new InvalidInputException("employeeId", permission + " is asked about an employee: name employeeId");
        }
        LocalDate day = today.date();
        Long askerAccount = asker.isUser() ? asker.accountId() : null;
        CheckFacts.Subject subject = facts.subject(companyId, userId, askerAccount, day)
                .orElseThrow(() -> new NotFoundException("no company " + companyId));
        mayAsk(asker, subject, companyId, userId, permission);
        String where = subject.company().name();
        if (subject.userAccountId() == null && asker.serviceClient()) {
            throw new NotFoundException("no user '" + userId + "'");
        }
        if (subject.userAccountId() == null || subject.membership() == null) {
            // Alike for an unknown account and one outside C: an administrator of C learns nothing
            // about accounts elsewhere on the platform from the check.
            return Verdict.deny(userId + " is not a member of " + where);
        }
        String who = subject.userId();
        if (!subject.active()) {
            return Verdict.deny(who + "'s account is not active");
        }
        if (!subject.membership().isValidOn(day)) {
            return Verdict.deny(who + "'s membership in " + where + " is not valid on " + day);
        }
        if (!subject.primaryMembershipValid()) {
            return Verdict.deny(who + " has no valid membership in their primary company (D9)");
        }
        List<CheckFacts.GrantFacts> valid = subject.grants().stream().filter(g -> g.isValidOn(day)).toList();
        return rule.evaluate(permission,
                new CheckContext(who, subject.company(), subject.membership(), valid, employeeId, day, coverage));
    }

    /** U about U; a USER_ADMIN, FIRM_MAIN_USER or AUDITOR of C about anyone in C; a service client about anyone. */
    private void mayAsk(Actor asker, CheckFacts.Subject subject, long companyId, String userId, String permission) {
        if (asker.serviceClient() || (subject.userAccountId() != null && asker.is(subject.userAccountId()))) {
            return;
        }
        Set<String> roles = subject.askerRoles();
        if (roles.contains(CoreRoles.USER_ADMIN) || roles.contains(CoreRoles.FIRM_MAIN_USER)
                || roles.contains(CoreRoles.AUDITOR)) {
            return;
        }
        audit.denied(AuditRecord.of(asker, "check", companyId, "user", userId).detail("asked about " + permission));
        throw new AccessDeniedException("You may ask about yourself, or about anyone in a company where you hold"
                + " USER_ADMIN, FIRM_MAIN_USER or AUDITOR; portals use a service token with group rolegate.check");
    }
}
