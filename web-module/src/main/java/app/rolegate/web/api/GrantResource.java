package app.rolegate.web.api;

import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantResult;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.CopyBody;
import app.rolegate.web.api.model.RequestBodies.GrantBody;
import app.rolegate.web.api.model.ResponseBodies.CopiedJson;
import app.rolegate.web.api.model.ResponseBodies.GrantJson;
import app.rolegate.web.api.model.ResponseBodies.GrantMadeJson;
import app.rolegate.web.api.model.ResponseBodies.GrantableJson;
import app.rolegate.web.api.model.ResponseBodies.RoleChoiceJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Roles on one membership: grant, revoke, copy (D5), and what may be granted. The template is
 * {@code companies/{cid}} like {@link MemberResource}'s: a longer one would make JAX-RS pick this
 * class alone for {@code members/{uid}} and answer 404 to reading, changing and removing a membership.
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
public class GrantResource {
    @Inject
    CurrentCaller caller;

    @Inject
    GrantAdministration grants;

    @PathParam("cid")
    String cid;

    @POST
    @Path("members/{uid}/roles")
    @Operation(summary = "Grant a role (D1-D7, D15, D17); platform support's exceptional grants name requestedBy")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GrantBody.class)))
    @APIResponse(responseCode = "201", description = "Granted, with any warnings (D6)",
            content = @Content(schema = @Schema(implementation = GrantMadeJson.class)))
    public Response grant(@PathParam("uid") String uid, byte[] body) {
        GrantBody req = JsonBody.parse(body).bind(GrantBody.class);
        GrantResult r = Retry.call(() -> grants.grant(caller.actor(), Params.id(cid), uid, req.command()));
        return Response.status(201).entity(GrantMadeJson.of(r.grant(), r.warnings())).build();
    }

    @DELETE
    @Path("members/{uid}/roles/{role}")
    @Operation(summary = "Revoke a role (D9; not cascading, D16)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("uid") String uid, @PathParam("role") String role) {
        Retry.run(() -> grants.revoke(caller.actor(), Params.id(cid), uid, role));
        return Response.noContent().build();
    }

    @POST
    @Path("members/{uid}/roles/copy")
    @Operation(summary = "Copy the rights of another member (D5), all or nothing")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CopyBody.class)))
    public CopiedJson copy(@PathParam("uid") String uid, byte[] body) {
        CopyBody req = JsonBody.parse(body).bind(CopyBody.class);
        return new CopiedJson(Retry.call(() -> grants.copy(caller.actor(), Params.id(cid), uid, req.fromUserId()))
                .stream().map(GrantJson::of).toList());
    }

    @GET
    @Path("members/{uid}/grantable-roles")
    @Operation(summary = "Every role: whether the caller may grant it to the member now, and for the rest the rule and why")
    public GrantableJson grantable(@PathParam("uid") String uid) {
        return new GrantableJson(grants.grantable(caller.actor(), Params.id(cid), uid).stream()
                .map(RoleChoiceJson::of).toList());
    }
}
