package app.rolegate.pages;

import app.rolegate.outbox.application.MailView;
import app.rolegate.outbox.application.OutboxReading;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The current company's mail outbox (SPEC 5.4, 4.1), newest first, a page at a time: each mail's recipient,
 * subject, kind, state and times. Never a body or a token: the service's view holds none for the company's
 * administrators (with them they could verify an address they do not own), and this page shows none for
 * anybody. The service decides who may read it (D2; 2.1 for everybody else).
 */
@Named
@RequestScoped
public class OutboxPage {
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    OutboxReading outbox;

    private int page;
    private Page<MailView> result;

    public void load() {
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            int p = Math.max(page, 0);
            long cid = company.id();
            result = Retry.call(() -> outbox.ofCompany(caller.actor(), cid, p, SIZE));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public boolean isLoaded() {
        return result != null;
    }

    public List<MailView> getRows() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public long getFirst() {
        return result == null || result.items().isEmpty() ? 0 : (long) page * SIZE + 1;
    }

    public long getLast() {
        return result == null ? 0 : (long) page * SIZE + result.items().size();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * SIZE < result.total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
