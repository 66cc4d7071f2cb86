package app.rolegate.web.api;

import app.rolegate.idp.application.IdentityProviderLinks;
import app.rolegate.idp.application.VerifyLink;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.IdpBodies.IdpCompanyBody;
import app.rolegate.web.api.model.IdpBodies.IdpLinkJson;
import app.rolegate.web.api.model.IdpBodies.IdpVerifyBody;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A user's identity-provider link (SPEC 5.4): verify, reset the password, remove. Its template is
 * {@code users/{uid}}, the same as {@link UserResource}'s, so that JAX-RS considers both classes'
 * methods for a path under one user. A body is optional (an empty one is {@code {}}), so a call
 * without one, and so without a Content-Type, is accepted; a body given is read as JSON, strictly.
 */
@Path("users/{uid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Identity-provider link")
public class IdpLinkResource {
    @Inject
    CurrentCaller caller;

    @Inject
    IdentityProviderLinks links;

    @PathParam("uid")
    String uid;

    @POST
    @Path("idp/verify")
    @Operation(summary = "Verify account: link the user's saved e-mail (or email) at once where its domain is verified"
            + " for the company acted for, else PENDING with a verification link mailed through the outbox (D2, D1,"
            + " D10)")
    @RequestBody(content = @Content(schema = @Schema(implementation = IdpVerifyBody.class)))
    public IdpLinkJson verify(byte[] body) {
        VerifyLink cmd = optional(body).bind(IdpVerifyBody.class).command();
        return IdpLinkJson.of(Retry.call(() -> links.verify(caller.actor(), uid, cmd)));
    }

    @POST
    @Path("idp/reset-password")
    @Operation(summary = "Reset password: mail the user a password reset for their verified link, through the outbox"
            + " (D2, D1)")
    @RequestBody(content = @Content(schema = @Schema(implementation = IdpCompanyBody.class)))
    public IdpLinkJson resetPassword(byte[] body) {
        Long companyId = optional(body).bind(IdpCompanyBody.class).companyId();
        return IdpLinkJson.of(Retry.call(() -> links.resetPassword(caller.actor(), uid, companyId)));
    }

    @DELETE
    @Path("idp")
    @Operation(summary = "Remove link: the link is cleared and a pending link's token stops working (D2, D1)")
    public IdpLinkJson remove(@QueryParam("companyId") String companyId) {
        Long cid = companyIdParam(companyId);
        return IdpLinkJson.of(Retry.call(() -> links.remove(caller.actor(), uid, cid)));
    }

    /** An optional company id in a query: absent is null, anything but a positive whole number is a 400. */
    static Long companyIdParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("companyId", "companyId must be a company's id (a positive whole number)");
    }

    /** The body, or {@code {}} when none was sent. */
    static JsonBody optional(byte[] body) {
        return body == null || body.length == 0 ? JsonBody.parse("{}") : JsonBody.parse(body);
    }
}
