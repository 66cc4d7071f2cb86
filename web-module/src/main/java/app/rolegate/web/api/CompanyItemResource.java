package app.rolegate.web.api;

import app.rolegate.administration.CompanyAdministration;
import app.rolegate.company.Company;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One company: read, main user (D8). Its template is {@code companies/{cid}}, the same as
 * {@link MemberResource}'s and {@link GrantResource}'s, so that JAX-RS considers the methods of all
 * three for a path under one company (it selects root resources by template, then methods).
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyItemResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @PathParam("cid")
    String cid;

    @GET
    public JsonObject get() {
        return Views.company(companies.get(caller.actor(), Requests.idParam("company", cid))).build();
    }

    @PUT
    @Path("main-user")
    public JsonObject mainUser(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("userId");
        Company c = companies.setMainUser(caller.actor(), Requests.idParam("company", cid), b.requiredString("userId", 100));
        return Views.company(c).build();
    }
}
