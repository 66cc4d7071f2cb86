package app.rolegate.web.problem;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A failure wrapped by the EJB container; the cause decides the answer. */
@Provider
@ApplicationScoped
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {
    @Inject
    Problems problems;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBException e) {
        return problems.responseFor(e, Instances.of(uri));
    }
}
