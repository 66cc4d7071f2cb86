package app.rolegate.outbox.application;

import app.rolegate.outbox.OutboxMail;
import java.time.Instant;

/**
 * A mail as the outbox shows it. {@code body} and {@code token} are null unless the reader reads mails
 * whole (platform support): a company's administrators see recipient, subject, times and state only
 * (SPEC 4.1).
 */
public record MailView(long id, Long companyId, String kind, String to, String subject, String body, String token,
        String state, Instant createdAt, Instant sentAt, int attempts, String lastError, Instant nextAttemptAt) {

    public static MailView of(OutboxMail m, boolean whole) {
        return new MailView(m.id(), m.companyId(), m.kind().name(), m.recipient(), m.subject(), whole ? m.body() : null,
                whole ? m.token() : null, m.state().name(), m.createdAt(), m.sentAt(), m.attempts(), m.lastError(),
                m.state() == OutboxMail.State.QUEUED ? m.nextAttemptAt() : null);
    }
}
