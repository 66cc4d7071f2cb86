package app.rolegate.outbox.application;

import app.rolegate.outbox.MailSettings;
import app.rolegate.outbox.infrastructure.SmtpMailer;
import app.rolegate.outbox.infrastructure.SmtpMailer.Letter;
import app.rolegate.platform.migration.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued mail over SMTP when {@code rolegate.mail.enabled} is true: every poll interval (a
 * timer of this server only: each server of a cluster polls, and the claim lets one send each mail),
 * up to {@value #BATCH} due mails, each claimed, sent and recorded. A failure is recorded on the mail
 * (attempts, last error) and tried again after a pause that doubles, until the attempts are spent.
 * Delivery is at least once: a server that dies between sending and recording sends again after the
 * claim runs out.
 */
@Singleton
@Startup
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 20;

    @EJB
    SchemaMigration schema;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    Deliveries deliveries;

    @Inject
    SmtpMailer mailer;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.info("Mail delivery is off (rolegate.mail.enabled): mail stays in the outbox");
            return;
        }
        long every = settings.poll().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("outbox delivery", false));
        LOG.info(() -> "Mail delivery on: SMTP " + settings.host() + ":" + settings.port() + ", every "
                + settings.poll().toSeconds() + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        try {
            List<Long> due = deliveries.due(BATCH);
            for (Long id : due) {
                deliverOne(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail delivery failed to read the outbox; trying again on the next poll", e);
        }
    }

    private void deliverOne(long id) {
        Optional<Letter> letter;
        try {
            letter = deliveries.claim(id);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "mail " + id + " was claimed by another server", e);
            return;
        }
        if (letter.isEmpty()) {
            return;
        }
        try {
            mailer.send(letter.get());
        } catch (Exception e) {
            LOG.log(Level.FINE, "mail " + id + " not delivered", e);
            deliveries.failed(id, describe(e));
            return;
        }
        deliveries.sent(id);
    }

    /** The failure as the outbox shows it: the message of each cause, without stack traces. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (s.length() > 0) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                s.append(": ").append(t.getMessage().strip());
            }
        }
        return s.toString();
    }
}
