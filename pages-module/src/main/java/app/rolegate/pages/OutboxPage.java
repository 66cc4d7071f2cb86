package app.rolegate.pages;

import app.rolegate.outbox.application.MailView;
import app.rolegate.outbox.application.OutboxReading;
import app.rolegate.platform.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The current company's mail outbox (SPEC 5.4, 4.1), newest first, a page at a time: each mail's recipient,
 * subject, kind, state and times. Never a body or a token: the service's view holds none for the company's
 * administrators (with them they could verify an address they do not own), and this page shows none for
 * anybody. The service decides who may read it (D2; 2.1 for everybody else).
 */
@Named
@RequestScoped
public class OutboxPage extends PagedList<MailView> {
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    OutboxReading outbox;

    
    public OutboxPage() {
        super(SIZE);
    }

    public void load() {
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            int p = pageAsked();
            long cid = company.id();
            show(Retry.call(() -> outbox.ofCompany(caller.actor(), cid, p, SIZE)));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }
}
