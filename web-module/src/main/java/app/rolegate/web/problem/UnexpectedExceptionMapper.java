package app.rolegate.web.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything else: 500 without internals; the failure is logged with the request id. */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
