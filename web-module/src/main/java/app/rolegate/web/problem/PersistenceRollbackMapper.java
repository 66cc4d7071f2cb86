package app.rolegate.web.problem;

import jakarta.persistence.RollbackException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A failed commit; an optimistic lock in its causes gives 409. */
@Provider
@ApplicationScoped
public class PersistenceRollbackMapper implements ExceptionMapper<RollbackException> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RollbackException e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
