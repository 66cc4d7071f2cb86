package app.rolegate.pages;

import app.rolegate.company.application.CompanyResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/**
 * The progress of a client opening: while it runs, the page says what is being done and how long it
 * has taken (kept up to date by js/progress.js, which asks {@link OpeningStatusServlet} and shows the
 * result when it is there; without script, a link checks again); when it is done, it says what was
 * created, or why it was refused. What it shows is read from the session's opening on every request,
 * postbacks included.
 */
@Named
@RequestScoped
public class OpeningPage {
    @Inject
    PageSession session;

    @Inject
    CurrentCompany company;

    /** The state this request shows, read once, so that head and body of one page agree. */
    private ClientOpenings.State state;

    private ClientOpenings.State state() {
        if (state == null) {
            state = ClientOpenings.state(session.opening());
        }
        return state;
    }

    /** Shows a refusal once, when the page is opened. */
    public void load() {
        ClientOpenings.Opening o = session.opening();
        if (state() == ClientOpenings.State.FAILED) {
            try {
                o.result().get();
            } catch (ExecutionException e) {
                Feedback.failure(e.getCause(), ClientPage.FIELDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Feedback.error("failure.unexpected");
            }
        }
    }

    /** The company made, once the opening succeeded; null while it runs or when it was refused. */
    private CompanyResults.Created created() {
        ClientOpenings.Opening o = session.opening();
        if (o == null || !o.result().isDone()) {
            return null;
        }
        try {
            return o.result().get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Switches to the client just opened; the service checks it like any switch. */
    public String switchToClient() {
        CompanyResults.Created c = created();
        if (c == null) {
            return null;
        }
        try {
            session.opening(null);
            company.switchTo(c.company().id());
            Feedback.info("company.switched", c.company().name());
            return Nav.register();
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            return null;
        }
    }

    public boolean isNone() {
        return state() == ClientOpenings.State.NONE;
    }

    public boolean isRunning() {
        return state() == ClientOpenings.State.RUNNING;
    }

    public boolean isDone() {
        return state() == ClientOpenings.State.DONE;
    }

    public boolean isFailed() {
        return state() == ClientOpenings.State.FAILED;
    }

    public String getName() {
        ClientOpenings.Opening o = session.opening();
        return o == null ? null : o.name();
    }

    public long getSeconds() {
        ClientOpenings.Opening o = session.opening();
        return o == null ? 0 : Duration.between(o.started(), Instant.now()).toSeconds();
    }

    public CompanyResults.Created getCreated() {
        return created();
    }
}
