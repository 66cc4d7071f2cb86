package app.rolegate.web.api;

import app.rolegate.check.PermissionCheck;
import app.rolegate.check.Verdict;
import app.rolegate.web.api.model.RequestBodies.CheckBody;
import app.rolegate.web.api.model.ResponseBodies.CheckJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SPEC 3: may user U, in company C, do P (to employee X)? One instance serves every request (the hot path). */
@ApplicationScoped
@Path("check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check")
public class CheckResource {
    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCheck check;

    @POST
    @Operation(summary = "May user U, in company C, do P (to employee X)? Allowed or not, and why (SPEC 3)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckBody.class)))
    public CheckJson check(byte[] body) {
        CheckBody req = JsonBody.parse(body).bind(CheckBody.class);
        Verdict v = check.check(caller.checkAsker(), req.question());
        return new CheckJson(v.allowed(), v.reasons());
    }
}
