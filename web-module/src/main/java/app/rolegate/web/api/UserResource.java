package app.rolegate.web.api;

import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Retry;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import app.rolegate.user.application.UserView;
import app.rolegate.web.api.model.RequestBodies.AccountPatchBody;
import app.rolegate.web.api.model.RequestBodies.ValidityBody;
import app.rolegate.web.api.model.ResponseBodies.MemberPageJson;
import app.rolegate.web.api.model.ResponseBodies.RemovedFromAllJson;
import app.rolegate.web.api.model.ResponseBodies.UserJson;
import app.rolegate.web.api.model.ResponseBodies.ValidityUpdatedJson;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts: read, change (D10, D14, D18), the memberships the caller may see (D9), and the two bulk calls (D9, D12). */
@Path("users/{uid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {
    @Inject
    CurrentCaller caller;

    @Inject
    AccountAdministration accounts;

    @Inject
    MembershipAdministration memberships;

    @PathParam("uid")
    String uid;

    @GET
    @Operation(summary = "Read an account (the user, their administrators and platform support)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = UserJson.class)))
    public Response get() {
        UserView u = accounts.user(caller.actor(), uid);
        return Params.tagged(Response.ok(UserJson.of(u)), u.version()).build();
    }

    @PATCH
    @Operation(summary = "Change an account: personal data (D10), register fields, deactivation (D18), primary company (D14)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountPatchBody.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json"))
    public Response patch(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        JsonBody b = JsonBody.parse(body);
        AccountPatchBody r = b.bind(AccountPatchBody.class);
        AccountPatch p = AccountPatch.of(new HashSet<>(b.fieldNames()), r.firstName(), r.lastName(), r.email(), r.phone(),
                r.uiLanguage(), r.country(), r.personalIdentityCode(), r.aliasUserId(), r.signature(), r.cardId(),
                r.showInstructionVideos(), r.active(), r.primaryCompanyId(), r.requestedBy(), r.password(),
                r.currentPassword(), r.version(), Params.ifMatch(ifMatch));
        UserView u = Retry.call(() -> accounts.change(caller.actor(), uid, p));
        return Params.tagged(Response.ok(UserJson.of(u)), u.version()).build();
    }

    /** Paged like every list (SPEC 4.1): a firm's main user is a member of every client company. */
    @GET
    @Path("memberships")
    @Operation(summary = "The user's memberships the caller may see (D9)")
    public MemberPageJson memberships(@QueryParam("page") String page, @QueryParam("size") String size) {
        return MemberPageJson.of(memberships.membershipsOf(caller.actor(), uid, Params.page(page),
                Params.size(size, 50, 500)));
    }

    @PUT
    @Path("validity")
    @Operation(summary = "Update validity for all companies where the caller holds USER_ADMIN (D12)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ValidityBody.class)))
    public ValidityUpdatedJson validity(@QueryParam("confirmPrimary") String confirm, byte[] body) {
        JsonBody b = JsonBody.parse(body);
        ValidityBody r = b.bind(ValidityBody.class);
        if (!b.has("validTo")) {
            throw new InvalidInputException("validTo", "validTo is required (null means until further notice)");
        }
        return ValidityUpdatedJson.of(Retry.call(() -> memberships.validityForAll(caller.actor(), uid, r.validTo(),
                Params.flag("confirmPrimary", confirm))));
    }

    @DELETE
    @Path("memberships")
    @Operation(summary = "Remove the user from every company where the caller holds USER_ADMIN (D9)")
    public RemovedFromAllJson removeFromAll(@QueryParam("confirmPrimary") String confirm) {
        return RemovedFromAllJson.of(Retry.call(() -> memberships.removeFromAll(caller.actor(), uid,
                Params.flag("confirmPrimary", confirm))));
    }
}
