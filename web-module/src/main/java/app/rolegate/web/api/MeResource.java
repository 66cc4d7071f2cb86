package app.rolegate.web.api;

import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.web.api.model.ResponseBodies.MeJson;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller, with their memberships and roles: a page of them ({@code ?page&size}, by company id),
 * and under {@code membershipsPage} the page asked for and the total, because an accounting firm's
 * main user is a member of every client company.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    AccountAdministration accounts;

    @Inject
    MembershipAdministration memberships;

    @GET
    @Operation(summary = "The caller, with a page of their memberships and roles")
    public MeJson me(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Params.page(page);
        int s = Params.size(size, 50, 500);
        var page0 = memberships.myMemberships(caller.actor(), p, s);
        return MeJson.of(accounts.user(caller.actor(), caller.actor().name()), page0);
    }
}
