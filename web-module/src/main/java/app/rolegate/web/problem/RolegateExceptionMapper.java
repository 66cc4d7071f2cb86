package app.rolegate.web.problem;

import app.rolegate.platform.RolegateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The application's own failures: status, title, rule and field come from the exception. */
@Provider
@ApplicationScoped
public class RolegateExceptionMapper implements ExceptionMapper<RolegateException> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RolegateException e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
