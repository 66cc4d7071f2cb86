package app.rolegate.web.api;

import app.rolegate.administration.MemberView;
import app.rolegate.administration.UserAdministration;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller, with their memberships and roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration users;

    @GET
    public JsonObject me() {
        if (caller.account() == null) {
            return Json.createObjectBuilder().add("serviceClient", caller.actor().name()).build();
        }
        JsonArrayBuilder ms = Json.createArrayBuilder();
        for (MemberView v : users.myMemberships(caller.actor())) {
            ms.add(Views.member(v));
        }
        return Views.user(caller.account()).add("memberships", ms).build();
    }
}
