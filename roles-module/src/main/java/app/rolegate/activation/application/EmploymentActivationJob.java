package app.rolegate.activation.application;

import app.rolegate.administration.Decisions;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * One run of the employment-based activation for a day (SPEC 5.3): who may run it (the system on its
 * schedule, platform support by hand; D18, SPEC 1), the sweep over every user with a policy
 * ({@link ActivationSweep}), and the run as a platform audit event naming who ran it and what it did.
 * The day is given: the timer passes today, platform support any date.
 */
@Stateless
public class EmploymentActivationJob {
    @Inject
    ActivationSweep sweep;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    AuditLog audit;

    public JobRun run(Actor actor, LocalDate day, String trigger) {
        AuditRecord attempt = AuditRecord.of(actor, "job.employment-activation", null, "job",
                "employment-activation " + day);
        decisions.require(policy.notServiceClient(actor), attempt);
        Decision allowed = decisions.require(policy.runEmploymentJob(actor), attempt);
        String runBy = trigger + " run by " + actor.name();
        JobRun run = sweep.sweep(day, runBy);
        audit.allowed(attempt.rule(allowed.rule()).detail(runBy + " for " + day + ": " + run.examined()
                + " users with a policy, " + run.deactivated() + " deactivated, " + run.reactivated() + " reactivated, "
                + run.failed() + " failed"));
        return run;
    }
}
