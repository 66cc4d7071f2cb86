package app.rolegate.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A concurrent edit (optimistic lock): 409. */
@Provider
@ApplicationScoped
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(OptimisticLockException e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
