package app.rolegate.activation.application;

import app.rolegate.activation.ActivationDecision;
import app.rolegate.activation.EmploymentActivation;
import app.rolegate.activation.EmploymentFacts;
import app.rolegate.activation.UserEmployment;
import app.rolegate.administration.Decisions;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Retry;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One run of the employment-based activation for a day (SPEC 5.3): read every user with a policy and
 * their employments (one query), the accounts (one query), decide for each, and apply each change in
 * a transaction of its own. The day is given: the timer passes today, platform support any date. The
 * run itself is a platform audit event naming who ran it and what it did.
 *
 * <p>The run holds no transaction of its own: the reads would otherwise keep locks on the accounts
 * that each change's transaction then waits for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmploymentActivationJob {
    private static final Logger LOG = Logger.getLogger(EmploymentActivationJob.class.getName());

    @Inject
    EmploymentFacts employmentFacts;

    @Inject
    UserRepository users;

    @Inject
    ActivationChanges changes;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    public JobRun run(Actor actor, LocalDate day, String trigger) {
        AuditRecord attempt = AuditRecord.of(actor, "job.employment-activation", null, "job",
                "employment-activation " + day);
        decisions.require(policy.notServiceClient(actor), attempt);
        Decision allowed = decisions.require(policy.runEmploymentJob(actor), attempt);
        List<UserEmployment> all = employmentFacts.withPolicy();
        Map<Long, UserAccount> accounts = users.findAll(all.stream().map(UserEmployment::userAccountId).toList())
                .stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        String runBy = trigger + " run by " + actor.name();
        int deactivated = 0;
        int reactivated = 0;
        int failed = 0;
        for (UserEmployment f : all) {
            UserAccount u = accounts.get(f.userAccountId());
            if (u == null || !EmploymentActivation.decide(day, f.policy(), f.periods(),
                    ActivationChanges.stateOf(u)).changes()) {
                continue;
            }
            try {
                ActivationDecision.Action done = Retry.call(() -> changes.apply(f, day, runBy));
                deactivated += done == ActivationDecision.Action.DEACTIVATE ? 1 : 0;
                reactivated += done == ActivationDecision.Action.REACTIVATE ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "employment-based activation of account " + f.userAccountId() + " for " + day
                        + " failed; the next run tries again", e);
            }
        }
        JobRun run = new JobRun(day, all.size(), deactivated, reactivated, failed);
        changes.record(attempt.rule(allowed.rule()).detail(runBy + " for " + day + ": " + run.examined()
                + " users with a policy, " + deactivated + " deactivated, " + reactivated + " reactivated, " + failed
                + " failed"));
        return run;
    }
}
