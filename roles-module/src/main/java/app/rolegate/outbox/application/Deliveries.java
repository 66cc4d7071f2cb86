package app.rolegate.outbox.application;

import app.rolegate.outbox.MailSettings;
import app.rolegate.outbox.Outbox;
import app.rolegate.outbox.OutboxMail;
import app.rolegate.outbox.infrastructure.SmtpMailer.Letter;
import app.rolegate.platform.Today;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The delivery's short transactions, each of its own: find what is due, claim one mail (so that
 * another server sharing the database leaves it alone: the claim is a versioned write, and of two
 * servers claiming at once one loses), and record the attempt's result. Sending happens between
 * claim and record, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Deliveries {
    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Today today;

    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    public List<Long> due(int max) {
        return outbox.due(today.now(), max);
    }

    /** The mail to send, claimed for this server; empty when it is no longer due (sent, or claimed by another). */
    public Optional<Letter> claim(long id) {
        Instant now = today.now();
        Optional<OutboxMail> m = outbox.find(id).filter(x -> x.dueAt(now));
        m.ifPresent(x -> {
            x.claim(now.plus(settings.claim()));
            em.flush(); // the versioned write: a concurrent claim fails here, not after sending
        });
        return m.map(x -> new Letter(x.recipient(), x.subject(), x.body()));
    }

    public void sent(long id) {
        outbox.find(id).ifPresent(m -> m.sent(today.now()));
    }

    public void failed(long id, String error) {
        outbox.find(id).ifPresent(m -> {
            Duration pause = settings.pauseAfter(m.attempts() + 1);
            m.failed(error, pause == null ? null : today.now().plus(pause));
        });
    }
}
