package app.rolegate.web.api;

import app.rolegate.platform.Retry;
import app.rolegate.template.application.TemplateAdministration;
import app.rolegate.template.application.TemplateView;
import app.rolegate.web.api.model.RequestBodies.TemplateBody;
import app.rolegate.web.api.model.ResponseBodies.TemplateJson;
import app.rolegate.web.api.model.ResponseBodies.TemplatePageJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's user templates (SPEC 5.3): POST .../users takes one by name as {@code template} (D2). */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships")
public class TemplateResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TemplateAdministration templates;

    @PathParam("cid")
    String cid;

    @GET
    @Path("user-templates")
    @Operation(summary = "The company's user templates, by name (D2)")
    public TemplatePageJson list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return TemplatePageJson.of(templates.templates(caller.actor(), Params.id(cid), Params.page(page),
                Params.size(size, 50, 500)));
    }

    @POST
    @Path("user-templates")
    @Operation(summary = "Add a user template: default profiles, UI language and activation policy (D2, SPEC 5.3)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TemplateJson.class)))
    public Response add(byte[] body) {
        TemplateBody req = JsonBody.parse(body).bind(TemplateBody.class);
        TemplateView t = Retry.call(() -> templates.add(caller.actor(), Params.id(cid), req.data()));
        return Response.status(201).entity(TemplateJson.of(t)).build();
    }
}
