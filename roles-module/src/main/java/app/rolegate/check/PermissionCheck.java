package app.rolegate.check;

import app.rolegate.administration.Decisions;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import app.rolegate.platform.Today;
import app.rolegate.user.UserFields;
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
import java.util.function.Supplier;

/**
 * Answers SPEC 3 from current data on every call: revoking a role, ending a membership or
 * deactivating a user changes the next answer. Who may ask is the policy's decision (SPEC 3 and
 * 2.1); what the subject may do is the contributed {@link PermissionRule}s'. A read that needs no
 * transaction, and the hot path of the API: a plain CDI bean (no EJB interceptor stack), whose facts
 * come in two statements.
 */
@ApplicationScoped
public class PermissionCheck {
    public static final int PERMISSION_MAX = 60;
    public static final int EMPLOYEE_ID_MAX = 60;

    @Inject
    @Any
    Instance<PermissionRule> contributed;

    @Inject
    Coverage coverage;

    @Inject
    CheckFactsRepository facts;

    @Inject
    DelegationPolicy policy;

    @Inject
    Decisions decisions;

    @Inject
    Today today;

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

    /** One question, checked as it is made: may user U, in company C, do P (to employee X)? */
    public record Question(String userId, long companyId, String permission, String employeeId) {
        public Question {
            userId = UserFields.userId("userId", userId);
            permission = Text.required("permission", permission, PERMISSION_MAX).strip();
            employeeId = Text.trimmed("employeeId", employeeId, EMPLOYEE_ID_MAX);
        }
    }

    public Verdict check(Actor asker, Question q) {
        PermissionRule rule = rules.get(q.permission());
        if (rule == null) {
            throw new InvalidInputException("permission", "unknown permission '" + q.permission() + "'; known: "
                    + permissions());
        }
        if (rule.needsEmployee(q.permission()) && q.employeeId() == null) {
            throw new InvalidInputException("employeeId", q.permission() + " is asked about an employee: name employeeId");
        }
        LocalDate day = today.date();
        Long askerAccount = asker.isUser() ? asker.accountId() : null;
        CheckFacts.Subject subject = facts.subject(q.companyId(), q.userId(), askerAccount, day).orElse(null);
        AuditRecord attempt = AuditRecord.of(asker, "check", q.companyId(), "user",
                subject == null || subject.userId() == null ? q.userId() : subject.userId()).detail(q.permission());
        CompanyFacts company = subject == null ? null : new CompanyFacts(subject.company().id(), subject.company().name(),
                false, null, subject.company().payrollEnabled(), subject.company().crmEnabled(), null);
        ActorFacts a = new ActorFacts(asker, q.companyId(), company, subject != null && subject.askerMember(),
                subject == null ? Set.of() : subject.askerRoles());
        boolean aboutSelf = asker.isUser() && asker.name().equalsIgnoreCase(q.userId());
        decisions.require(policy.askCheck(a, aboutSelf), attempt);
        if (subject.userAccountId() == null && asker.serviceClient()) {
            throw decisions.hidden(attempt, "no such user");
        }
        String where = subject.company().name();
        if (subject.userAccountId() == null || subject.membership() == null) {
            // Alike for an unknown account and one outside C: an administrator of C learns nothing
            // about accounts elsewhere on the platform from the check.
            return Verdict.deny(q.userId() + " is not a member of " + where);
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
        long subjectAccount = subject.userAccountId();
        Supplier<EmployeeFacts> employee = once(() -> coverage.employee(subject.company(), subjectAccount,
                q.employeeId()));
        return rule.evaluate(q.permission(),
                new CheckContext(who, subject.company(), subject.membership(), valid, q.employeeId(), day, employee));
    }

    /** Reads on first use only, and once: a rule may ask about several grants' coverage of one employee. */
    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;
            private boolean done;

            @Override
            public T get() {
                if (!done) {
                    value = read.get();
                    done = true;
                }
                return value;
            }
        };
    }

    /** Kept for callers that name the parts. */
    public Verdict check(Actor asker, String userId, long companyId, String permission, String employeeId) {
        return check(asker, new Question(userId, companyId, permission, employeeId));
    }
}
