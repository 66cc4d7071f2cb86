package app.rolegate.web.api;

import app.rolegate.employee.application.EmployeeLinks;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.ActivationPolicyBody;
import app.rolegate.web.api.model.RequestBodies.EmployeeLinkBody;
import app.rolegate.web.api.model.RequestBodies.EmployeeUnlinkBody;
import app.rolegate.web.api.model.ResponseBodies.ActivationPolicyJson;
import app.rolegate.web.api.model.ResponseBodies.EmployeeLinkJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An account's link to its employee record and its employment-based activation policy (SPEC 5.3). The template
 * is {@code users/{uid}}, shared with the other resources of one account.
 */
@Path("users/{uid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeLinkResource {
    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeLinks links;

    @PathParam("uid")
    String uid;

    @PUT
    @Path("employee")
    @Operation(summary = "Link the account to an employee record of the company; it gets the employee's e-mail (D1,"
            + " D2, D10)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EmployeeLinkBody.class)))
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(schema = @Schema(implementation = EmployeeLinkJson.class)))
    public EmployeeLinkJson link(byte[] body) {
        EmployeeLinkBody req = JsonBody.parse(body).bind(EmployeeLinkBody.class);
        return EmployeeLinkJson.of(Retry.call(() -> links.link(caller.actor(), uid, req.companyId(), req.employeeId())));
    }

    /** The body is optional for clients that send none with DELETE: {@code ?companyId=} names the company then. */
    @DELETE
    @Path("employee")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove the account's link to an employee record of the company (D1, D2); body"
            + " {companyId, employeeId?} or ?companyId=")
    @RequestBody(content = @Content(schema = @Schema(implementation = EmployeeUnlinkBody.class)))
    @APIResponse(responseCode = "204", description = "Unlinked")
    public Response unlink(@QueryParam("companyId") String companyId, byte[] body) {
        Long company;
        Long employee = null;
        if (body != null && body.length > 0) {
            EmployeeUnlinkBody req = JsonBody.parse(body).bind(EmployeeUnlinkBody.class);
            company = req.companyId();
            employee = req.employeeId();
        } else if (companyId != null) {
            company = Params.longParam("companyId", companyId);
        } else {
            throw new InvalidInputException("companyId", "companyId is required (in the body or as ?companyId=)");
        }
        Long e = employee;
        Retry.run(() -> links.unlink(caller.actor(), uid, company, e));
        return Response.noContent().build();
    }

    @PUT
    @Path("activation-policy")
    @Operation(summary = "Set when the daily job deactivates the user after the employment ends and reactivates them"
            + " before a new one (D1, D18)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActivationPolicyBody.class)))
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(schema = @Schema(implementation = ActivationPolicyJson.class)))
    public ActivationPolicyJson activationPolicy(byte[] body) {
        ActivationPolicyBody req = JsonBody.parse(body).bind(ActivationPolicyBody.class);
        return ActivationPolicyJson.of(Retry.call(() -> links.setActivationPolicy(caller.actor(), uid, req.policy())));
    }
}
