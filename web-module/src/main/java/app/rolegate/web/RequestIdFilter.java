package app.rolegate.web;

import app.rolegate.platform.RequestContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Takes the caller's {@code X-Request-Id} (or makes one) into {@link RequestContext}, where the audit
 * log and problem bodies find it, and echoes it on the response. A caller-supplied id is used only
 * if it is short and plain, because it ends up in the audit table and in logs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    RequestContext requestContext;

    @Override
    public void filter(ContainerRequestContext request) {
        requestContext.useRequestId(accept(request.getHeaderString(HEADER)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, requestContext.requestId());
    }

    /** The caller's id if it is acceptable, otherwise a new one. */
    public static String accept(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from ThreadLocalRandom: a request id must be unique, not secret, and
     * {@code UUID.randomUUID()} serialises every request on one SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
