package app.rolegate.web.api;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.MainUserBody;
import app.rolegate.web.api.model.ResponseBodies.CompanyJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One company: read, main user (D8). Its template is {@code companies/{cid}}, the same as
 * {@link MemberResource}'s and {@link GrantResource}'s, so that JAX-RS considers the methods of all
 * three for a path under one company (it selects root resources by template, then methods).
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyItemResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @PathParam("cid")
    String cid;

    @GET
    @Operation(summary = "Read a company (its members and platform support)")
    public CompanyJson get() {
        return CompanyJson.of(companies.get(caller.actor(), Params.id(cid)));
    }

    @PUT
    @Path("main-user")
    @Operation(summary = "Set the company's main user (D8)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MainUserBody.class)))
    public CompanyJson mainUser(byte[] body) {
        MainUserBody req = JsonBody.parse(body).bind(MainUserBody.class);
        return CompanyJson.of(Retry.call(() -> companies.setMainUser(caller.actor(), Params.id(cid), req.userId())));
    }
}
