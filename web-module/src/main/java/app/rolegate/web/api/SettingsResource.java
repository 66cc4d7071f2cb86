package app.rolegate.web.api;

import app.rolegate.company.application.CompanySettingsAdministration;
import app.rolegate.company.application.SettingsView;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.SettingsBody;
import app.rolegate.web.api.model.ResponseBodies.SettingsJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's settings (SPEC 4.1, 5.2, 5.4): permission tolerance days and verified e-mail domains (D2). */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class SettingsResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanySettingsAdministration settings;

    @PathParam("cid")
    String cid;

    @GET
    @Path("settings")
    @Operation(summary = "The company's settings, with an ETag to send back in If-Match when changing them (D2)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SettingsJson.class)))
    public Response get() {
        SettingsView s = settings.settings(caller.actor(), Params.id(cid));
        return Params.tagged(Response.ok(SettingsJson.of(s)), s.version()).build();
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change the company's permission tolerance days and verified e-mail domains (D2)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingsBody.class)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = SettingsJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json"))
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        SettingsBody req = JsonBody.parse(body).bind(SettingsBody.class);
        Long expected = Params.ifMatch(ifMatch);
        SettingsView s = Retry.call(() -> settings.change(caller.actor(), Params.id(cid), req.settings(), expected));
        return Params.tagged(Response.ok(SettingsJson.of(s)), s.version()).build();
    }
}
