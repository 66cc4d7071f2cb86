package app.rolegate.web.api;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyResults;
import app.rolegate.company.application.CompanyView;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.CompanyBody;
import app.rolegate.web.api.model.ResponseBodies.CompanyCreatedJson;
import app.rolegate.web.api.model.ResponseBodies.UserSummaryJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Companies: create (platform support) with the first user, or a client company (D13). One company
 * (read, main user) is {@link CompanyItemResource}: JAX-RS picks one root resource by its path
 * template, and a {@code companies/{cid}} template would win over this one's {@code {cid}} methods.
 */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a company with its first user (platform support), or open a client company (D13)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CompanyCreatedJson.class)))
    public Response create(byte[] body) {
        CompanyBody req = JsonBody.parse(body).bind(CompanyBody.class);
        CompanyResults.Created c = Retry.call(() -> companies.create(caller.actor(), req.command()));
        CompanyView v = c.company();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
                .entity(new CompanyCreatedJson(v.id(), v.name(), v.businessId(), v.accountingFirm(), v.accountingFirmId(),
                        v.payrollEnabled(), v.crmEnabled(), v.mainUserId(), v.openedUnder(), v.permissionToleranceDays(),
                        v.version(), c.existingPersonAuthorised(), UserSummaryJson.of(c.firstUser()),
                        c.firmMainUsersAdded())).build();
    }
}
