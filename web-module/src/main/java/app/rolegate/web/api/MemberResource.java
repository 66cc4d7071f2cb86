package app.rolegate.web.api;

import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.Retry;
import app.rolegate.register.MemberFilter;
import app.rolegate.web.api.model.RequestBodies.CreateUserBody;
import app.rolegate.web.api.model.RequestBodies.MembershipBody;
import app.rolegate.web.api.model.ResponseBodies.MemberJson;
import app.rolegate.web.api.model.ResponseBodies.MemberPageJson;
import app.rolegate.web.api.model.ResponseBodies.RemovedJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's users and memberships: create or authorise (D2, D11), the register (5.5), read, change, remove (D9). */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships")
public class MemberResource {
    @Inject
    CurrentCaller caller;

    @Inject
    MembershipAdministration memberships;

    @Context
    UriInfo uri;

    @PathParam("cid")
    String cid;

    @POST
    @Path("users")
    @Operation(summary = "Create a user in the company, or authorise the person an existing identity code names (D2, D11)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateUserBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MemberJson.class)))
    @APIResponse(responseCode = "200", description = "An existing person was authorised (D11)",
            content = @Content(schema = @Schema(implementation = MemberJson.class)))
    public Response create(byte[] body) {
        JsonBody b = JsonBody.parse(body);
        CreateUserBody req = b.bind(CreateUserBody.class);
        boolean validity = b.optionalObject("membership").map(m -> m.has("validFrom") || m.has("validTo")).orElse(false);
        MembershipResults.Created c = Retry.call(() -> memberships.createUser(caller.actor(), Params.id(cid),
                req.command(validity)));
        return Response.status(c.existingPersonAuthorised() ? 200 : 201)
                .location(uri.getBaseUriBuilder().path("companies").path(cid).path("members")
                        .path(c.member().user().userId()).build())
                .tag(Params.etag(c.member().version()))
                .entity(MemberJson.of(c.member(), c.existingPersonAuthorised(), null)).build();
    }

    @GET
    @Path("members")
    @Operation(summary = "The company's register: its members, filtered and paged (SPEC 5.5); linked=true keeps those"
            + " linked to one of the company's employee records, linked=false the others")
    public MemberPageJson list(@QueryParam("role") String role, @QueryParam("active") String active,
            @QueryParam("idpStatus") String idpStatus, @QueryParam("q") String q, @QueryParam("linked") String linked,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        MemberFilter filter = new MemberFilter(role, Params.boolParam("active", active), idpStatus, q,
                Params.boolParam("linked", linked));
        return MemberPageJson.of(memberships.members(caller.actor(), Params.id(cid), filter, Params.page(page),
                Params.size(size, 50, 500)));
    }

    @GET
    @Path("members/{uid}")
    @Operation(summary = "One membership, with an ETag to send back in If-Match when changing it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MemberJson.class)))
    public Response get(@PathParam("uid") String uid) {
        MemberView v = memberships.membership(caller.actor(), Params.id(cid), uid);
        return Params.tagged(Response.ok(MemberJson.of(v)), v.version()).build();
    }

    @PUT
    @Path("members/{uid}")
    @Operation(summary = "Change a membership's profiles, overrides and validity (D2, D9), or authorise an existing"
            + " user the caller can see (D11)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MembershipBody.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MemberJson.class)))
    @APIResponse(responseCode = "201", description = "An existing user was authorised (D11)",
            content = @Content(schema = @Schema(implementation = MemberJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json"))
    public Response put(@PathParam("uid") String uid, @QueryParam("confirmPrimary") String confirm,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        JsonBody b = JsonBody.parse(body);
        MembershipBody req = b.bind(MembershipBody.class);
        ChangeMembership cmd = new ChangeMembership(req.terms(b.has("validFrom") || b.has("validTo")),
                Params.flag("confirmPrimary", confirm), Params.ifMatch(ifMatch));
        MembershipResults.Changed r = Retry.call(() -> memberships.putMembership(caller.actor(), Params.id(cid), uid, cmd));
        return Params.tagged(Response.status(r.created() ? 201 : 200), r.member().version())
                .entity(MemberJson.of(r.member(), null, r.warnings().isEmpty() ? null : r.warnings())).build();
    }

    @DELETE
    @Path("members/{uid}")
    @Operation(summary = "Remove a membership (D9); the primary company's only with confirmPrimary=true")
    public RemovedJson remove(@PathParam("uid") String uid, @QueryParam("confirmPrimary") String confirm) {
        MembershipResults.Removed r = Retry.call(() -> memberships.removeMembership(caller.actor(), Params.id(cid), uid,
                Params.flag("confirmPrimary", confirm)));
        return new RemovedJson(true, r.primaryCompany(), r.rolesRemoved());
    }
}
