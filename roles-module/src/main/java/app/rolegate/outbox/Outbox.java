package app.rolegate.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where mails are kept. Runs in the caller's transaction. */
public interface Outbox {
    OutboxMail queue(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** A page of one company's mails, newest first. */
    List<OutboxMail> ofCompany(long companyId, int offset, int limit);

    long countOfCompany(long companyId);

    /** The ids of queued mails whose time has come, oldest first, at most {@code max}. */
    List<Long> due(Instant now, int max);
}
