package app.rolegate.web.api;

import app.rolegate.check.PermissionCheck;
import app.rolegate.check.Verdict;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** SPEC 3: may user U, in company C, do P (to employee X)? One instance serves every request (the hot path). */
@ApplicationScoped
@Path("check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {
    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCheck check;

    @POST
    public JsonObject check(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("userId", "companyId", "permission", "employeeId");
        Verdict v = check.check(caller.actor(), b.requiredString("userId", 100), b.requiredLong("companyId"),
                b.requiredString("permission", 60), b.optionalString("employeeId", 60).orElse(null));
        JsonArrayBuilder reasons = Jsons.array();
        v.reasons().forEach(reasons::add);
        return Jsons.object().add("allowed", v.allowed()).add("reasons", reasons).build();
    }
}
