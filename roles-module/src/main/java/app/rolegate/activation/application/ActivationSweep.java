package app.rolegate.activation.application;

import app.rolegate.activation.ActivationDecision;
import app.rolegate.activation.EmploymentActivation;
import app.rolegate.activation.EmploymentFacts;
import app.rolegate.activation.UserEmployment;
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
 * The work of one run, outside any transaction: read every user with a policy and their employments
 * (one query) and the accounts (one query), decide for each, and apply each change in a transaction of
 * its own ({@link ActivationChanges}). Holding no transaction, the reads keep no locks that a change
 * would wait for, and one account's failure stops no other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActivationSweep {
    private static final Logger LOG = Logger.getLogger(ActivationSweep.class.getName());

    @Inject
    EmploymentFacts employmentFacts;

    @Inject
    UserRepository users;

    @Inject
    ActivationChanges changes;

    public JobRun sweep(LocalDate day, String runBy) {
        List<UserEmployment> all = employmentFacts.withPolicy();
        Map<Long, UserAccount> accounts = users.findAll(all.stream().map(UserEmployment::userAccountId).toList())
                .stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
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
        return new JobRun(day, all.size(), deactivated, reactivated, failed);
    }
}
