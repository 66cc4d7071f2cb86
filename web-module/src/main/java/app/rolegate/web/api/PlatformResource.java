package app.rolegate.web.api;

import app.rolegate.administration.CompanyAdministration;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Platform-wide settings that only platform support changes. */
@Path("platform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @PUT
    @Path("auditor-organisation")
    public JsonObject auditorOrganisation(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("companyId");
        long id = b.requiredLong("companyId");
        return Jsons.object().add("companyId", companies.setAuditorOrganisation(caller.actor(), id).id())
                .build();
    }

    @GET
    @Path("auditor-organisation")
    public JsonObject readAuditorOrganisation() {
        caller.actor();
        var b = Jsons.object();
        Views.opt(b, "companyId", companies.auditorOrganisationId().orElse(null));
        return b.build();
    }
}
