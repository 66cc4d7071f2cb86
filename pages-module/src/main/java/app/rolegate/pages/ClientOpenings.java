package app.rolegate.pages;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults;
import app.rolegate.company.application.NewCompany;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Retry;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.Future;

/**
 * Opens a client company (D13) off the request thread: for an accounting firm with many main users
 * the opening, with all its propagation one transaction, takes a while, and the pages show its progress
 * meanwhile ({@link OpeningPage}) instead of a browser that seems to hang.
 */
@Stateless
public class ClientOpenings {
    @Inject
    CompanyAdministration companies;

    /** A client opening under way or done: what was asked, when, and its result (or refusal) when done. */
    public record Opening(String name, Instant started, Future<CompanyResults.Created> result) {
    }

    /** Where an opening stands. */
    public enum State { NONE, RUNNING, DONE, FAILED }

    /** The state of the session's opening (null: none). */
    public static State state(Opening o) {
        if (o == null) {
            return State.NONE;
        }
        if (!o.result().isDone()) {
            return State.RUNNING;
        }
        try {
            o.result().get();
            return State.DONE;
        } catch (java.util.concurrent.ExecutionException e) {
            return State.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return State.FAILED;
        }
    }

    @Asynchronous
    public Future<CompanyResults.Created> open(Actor actor, NewCompany company) {
        return new AsyncResult<>(Retry.call(() -> companies.create(actor, company)));
    }
}
