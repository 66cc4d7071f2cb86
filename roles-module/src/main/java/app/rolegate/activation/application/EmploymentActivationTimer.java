package app.rolegate.activation.application;

import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.platform.migration.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the employment-based activation daily (SPEC 5.3, 6) on a persistent EJB timer: Liberty keeps it
 * in the application's database, so that of several servers sharing it one runs each expiry, and a
 * run missed while every server was down runs once when one comes back (the job decides on the day,
 * so that one run catches up). The timer passes today.
 *
 * <p>At start the one timer is made to match {@code rolegate.jobs.employment-activation.schedule}
 * (see {@link JobSchedule}): timers of another schedule are cancelled, and one is created when none
 * matches; extra ones are cancelled. This runs outside any transaction of the application's own: the
 * timer store's connections and the application's must never meet in one transaction, because the
 * data source (PostgreSQL's in particular) is not XA. So two servers starting at the very same moment
 * on a new database may both create the timer; the job then runs twice a day, which changes nothing
 * the second time (the decision is the day's), until the next start cancels the extra timer.
 */
@Singleton
@Startup
public class EmploymentActivationTimer {
    private static final Logger LOG = Logger.getLogger(EmploymentActivationTimer.class.getName());
    static final String SETTING = "rolegate.jobs.employment-activation.schedule";
    static final String INFO = "employment-activation ";

    @EJB
    SchemaMigration schema;

    @Resource
    TimerService timers;

    @Inject
    EmploymentActivationJob job;

    @Inject
    Today today;

    @Inject
    @ConfigProperty(name = SETTING, defaultValue = "0 30 2 * * *")
    String schedule;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduleTimer() {
        ScheduleExpression expression = JobSchedule.parse(SETTING, schedule);
        String info = INFO + schedule.strip();
        boolean kept = false;
        for (Timer t : timers.getTimers()) {
            if (!kept && expression != null && info.equals(t.getInfo())) {
                kept = true;
            } else {
                t.cancel();
            }
        }
        if (expression != null && !kept) {
            timers.createCalendarTimer(expression, new TimerConfig(info, true));
        }
        LOG.info(() -> expression == null ? "The employment-based activation job has no schedule (" + SETTING + "=off)"
                : "The employment-based activation job runs on the schedule '" + schedule.strip() + "'");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        try {
            job.run(Actor.system(), today.date(), "timer");
        } catch (RuntimeException e) {
            // Not retried now: the next expiry decides on its own day and catches up.
            LOG.log(Level.SEVERE, "The employment-based activation job failed; the next run tries again", e);
        }
    }
}
