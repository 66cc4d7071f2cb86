package app.rolegate.web.api;

import app.rolegate.administration.GrantAdministration;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantScope;
import app.rolegate.platform.Validity;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Roles on one membership: grant, revoke, copy (D5), and what may be granted. The template is
 * {@code companies/{cid}} like {@link MemberResource}'s: a longer one would make JAX-RS pick this
 * class alone for {@code members/{uid}} and answer 404 to reading, changing and removing a membership.
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {
    @Inject
    CurrentCaller caller;

    @Inject
    GrantAdministration grants;

    @PathParam("cid")
    String cid;

    @PathParam("uid")
    String uid;

    @POST
    @Path("members/{uid}/roles")
    public Response grant(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("role", "scope", "costCentre", "validFrom", "validTo");
        String role = b.requiredString("role", 40);
        Validity validity = Validity.of(b.optionalDate("validFrom").orElse(null), b.optionalDate("validTo").orElse(null));
        Grant g = grants.grant(caller.actor(), Requests.idParam("company", cid), uid, role,
                b.optionalEnum("scope", GrantScope.class).orElse(null), b.optionalString("costCentre", 30).orElse(null), validity);
        return Response.status(201).entity(Views.grant(g).build()).build();
    }

    @DELETE
    @Path("members/{uid}/roles/{role}")
    public Response revoke(@PathParam("role") String role) {
        grants.revoke(caller.actor(), Requests.idParam("company", cid), uid, role);
        return Response.noContent().build();
    }

    @POST
    @Path("members/{uid}/roles/copy")
    public JsonObject copy(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("fromUserId");
        List<Grant> made = grants.copy(caller.actor(), Requests.idParam("company", cid), uid,
                b.requiredString("fromUserId", 100));
        return Jsons.object().add("granted", Views.grants(made)).build();
    }

    @GET
    @Path("members/{uid}/grantable-roles")
    public JsonObject grantable() {
        JsonArrayBuilder items = Jsons.array();
        for (GrantAdministration.Grantable g : grants.grantable(caller.actor(), Requests.idParam("company", cid), uid)) {
            JsonObjectBuilder o = Jsons.object().add("role", g.role().code())
                    .add("abbreviation", g.role().abbreviation()).add("description", g.role().description())
                    .add("grantable", g.grantable()).add("held", g.held());
            if (!g.grantable()) {
                Views.opt(o, "rule", g.held() ? null : g.rule());
                Views.opt(o, "reason", g.reason());
            }
            items.add(o);
        }
        return Jsons.object().add("roles", items).build();
    }
}
