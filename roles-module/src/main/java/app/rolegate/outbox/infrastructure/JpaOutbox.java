package app.rolegate.outbox.infrastructure;

import app.rolegate.outbox.Outbox;
import app.rolegate.outbox.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutbox implements Outbox {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Override
    public OutboxMail queue(OutboxMail mail) {
        em.persist(mail);
        return mail;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> ofCompany(long companyId, int offset, int limit) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.companyId = :c ORDER BY m.id DESC", OutboxMail.class)
                .setParameter("c", companyId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfCompany(long companyId) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.state = :q AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt, m.id", Long.class).setParameter("q", OutboxMail.State.QUEUED)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }
}
