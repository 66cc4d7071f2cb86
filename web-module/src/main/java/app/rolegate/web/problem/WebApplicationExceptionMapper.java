package app.rolegate.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own answers (404 no such resource, 405, 406, 415, ...) as problems. */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
