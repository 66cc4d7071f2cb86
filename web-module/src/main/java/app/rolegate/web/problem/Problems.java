package app.rolegate.web.problem;

import app.rolegate.platform.BusyException;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.TooManyRequestsException;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RequestContext;
import app.rolegate.platform.RolegateException;
import app.rolegate.platform.RuleDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into a {@link Problem}. Wrapped failures (EJBException, rollback exceptions) are
 * unwrapped first: what the client needs is the cause, e.g. a rule denial or a concurrent edit.
 */
@ApplicationScoped
public class Problems {
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    @Inject
    RequestContext requestContext;

    /** The problem for this failure, answered to a request for {@code instance} (a path, may be null). */
    public Problem from(Throwable failure, String instance) {
        Throwable cause = decisive(failure);
        String requestId = requestId();
        if (cause instanceof RolegateException e) {
            // SPEC 2.1: a 404 names nothing, not even the path asked for, so that every 404 reads alike.
            Long retryAfter = e instanceof TooManyRequestsException t ? Long.valueOf(t.retryAfterSeconds())
                    : e instanceof BusyException ? Long.valueOf(1) : null;
            return new Problem(slugOf(e), e.title(), e.status(), e.getMessage(), e.status() == 404 ? null : instance,
                    e.rule() == null ? null : e.rule().name(),
                    e instanceof InvalidInputException ii ? ii.field() : null, requestId, retryAfter);
        }
        if (isOptimisticLock(cause)) {
            return new Problem("conflict", "Conflict", 409,
                    "The data was changed by someone else in the meantime; reload it and try again.",
                    instance, null, null, requestId);
        }
        if (cause instanceof WebApplicationException e && e.getResponse() != null && e.getResponse().getStatus() < 500) {
            return forStatus(e.getResponse().getStatus(), instance, requestId);
        }
        // Nothing the client can act on: log it whole, answer without internals.
        LOG.log(Level.SEVERE, "Unexpected failure answering " + instance + " (request id " + requestId + ")", failure);
        return forStatus(500, instance, requestId);
    }

    /** The response for this failure, keeping headers a status needs (e.g. Allow on 405). */
    public Response responseFor(Throwable failure, String instance) {
        if (failure instanceof WebApplicationException e && e.getResponse() != null
                && e.getResponse().getStatus() < 400) {
            return e.getResponse(); // a redirect or the like is no problem
        }
        Problem p = from(failure, instance);
        Response response = p.toResponse();
        if (decisive(failure) instanceof WebApplicationException e && e.getResponse() != null
                && e.getResponse().getStatus() == p.status()) {
            Response.ResponseBuilder b = Response.fromResponse(response);
            String allow = e.getResponse().getHeaderString("Allow");
            if (allow != null) {
                b.header("Allow", allow);
            }
            return b.build();
        }
        return response;
    }

    /** The first cause that says what went wrong; wrappers (EJB, transaction, JPA rollback) are skipped. */
    static Throwable decisive(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof RolegateException || isOptimisticLock(t)) {
                return t;
            }
        }
        return failure;
    }

    private static boolean isOptimisticLock(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException
                || (t != null && ECLIPSELINK_OPTIMISTIC_LOCK.equals(t.getClass().getName()));
    }

    static String slugOf(RolegateException e) {
        if (e instanceof RuleDeniedException r) {
            return r.rule().isDelegationRule() ? "rule-denied" : "access-denied";
        }
        if (e instanceof InvalidInputException) {
            return "invalid-input";
        }
        if (e instanceof NotFoundException) {
            return "not-found";
        }
        if (e instanceof ConflictException) {
            return "conflict";
        }
        if (e instanceof PreconditionFailedException) {
            return "precondition-failed";
        }
        if (e instanceof BusyException) {
            return "busy";
        }
        return slugOf(e.status(), e.title());
    }

    /** The problem for a bare HTTP status (JAX-RS's own answers, container error pages). */
    public static Problem forStatus(int status, String instance, String requestId) {
        return switch (status) {
            case 400 -> new Problem("invalid-input", "Invalid input", 400, "The request is malformed.", instance,
                    null, null, requestId);
            case 401 -> new Problem("unauthorized", "Unauthorized", 401,
                    "A valid bearer token is required: it is missing, expired, or not one this server trusts.",
                    instance, null, null, requestId);
            case 403 -> new Problem("forbidden", "Forbidden", 403, "The caller may not use this resource.", instance,
                    null, null, requestId);
            case 404 -> new Problem("not-found", "Not found", 404, NotFoundException.TEXT, null, null, null, requestId);
            case 405 -> new Problem("method-not-allowed", "Method not allowed", 405,
                    "This resource does not support this method.", instance, null, null, requestId);
            case 406 -> new Problem("not-acceptable", "Not acceptable", 406,
                    "This resource cannot answer in any of the accepted media types.", instance, null, null, requestId);
            case 415 -> new Problem("unsupported-media-type", "Unsupported media type", 415,
                    "This resource does not accept this content type.", instance, null, null, requestId);
            default -> status >= 500
                    ? new Problem("internal-error", "Internal server error", status,
                            "An unexpected error occurred. Quote the request id when reporting it.", instance, null, null,
                            requestId)
                    : new Problem("status-" + status, "Error " + status, status, null, instance, null, null, requestId);
        };
    }

    /** For other subclasses of RolegateException: the title as a slug ("Too many requests" → too-many-requests). */
    static String slugOf(int status, String title) {
        return title == null || title.isBlank() ? "status-" + status
                : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private String requestId() {
        try {
            return requestContext.requestId();
        } catch (RuntimeException e) {
            return null; // no request scope (should not happen inside JAX-RS)
        }
    }
}
