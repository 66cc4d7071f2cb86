package app.rolegate.web.api;

import app.rolegate.administration.MemberView;
import app.rolegate.administration.UserAdministration;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller, with their memberships and roles: a page of them ({@code ?page&size}, by company id),
 * and under {@code membershipsPage} the page asked for and the total, because an accounting firm's
 * main user is a member of every client company.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration users;

    @GET
    public JsonObject me(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Requests.intParam("page", page, 0, 0, 1_000_000);
        int s = Requests.intParam("size", size, 50, 1, 500);
        if (caller.account() == null) {
            return Jsons.object().add("serviceClient", caller.actor().name()).build();
        }
        UserAdministration.MembershipPage mine = users.myMemberships(caller.actor(), p, s);
        JsonArrayBuilder ms = Jsons.array();
        for (MemberView v : mine.items()) {
            ms.add(Views.member(v));
        }
        return Views.user(caller.account()).add("memberships", ms).add("membershipsPage",
                Jsons.object().add("page", p).add("size", s).add("total", mine.total())).build();
    }
}
