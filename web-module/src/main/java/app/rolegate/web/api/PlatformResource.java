package app.rolegate.web.api;

import app.rolegate.audit.application.AuditFilter;
import app.rolegate.audit.application.AuditReading;
import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.AuditorOrganisationBody;
import app.rolegate.web.api.model.ResponseBodies.AuditPageJson;
import app.rolegate.web.api.model.ResponseBodies.AuditorOrganisationJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What only platform support reads and changes: the auditors' organisation, the platform audit log. */
@Path("platform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @Inject
    AuditReading audit;

    @PUT
    @Path("auditor-organisation")
    @Operation(summary = "Designate the auditors' organisation (platform support)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AuditorOrganisationBody.class)))
    public AuditorOrganisationJson auditorOrganisation(byte[] body) {
        AuditorOrganisationBody req = JsonBody.parse(body).bind(AuditorOrganisationBody.class);
        return new AuditorOrganisationJson(Retry.call(() -> companies.setAuditorOrganisation(caller.actor(),
                req.companyId())).id());
    }

    @GET
    @Path("auditor-organisation")
    @Operation(summary = "Which company is the auditors' organisation (platform support)")
    public AuditorOrganisationJson readAuditorOrganisation() {
        return new AuditorOrganisationJson(companies.auditorOrganisation(caller.actor()).orElse(null));
    }

    @GET
    @Path("audit")
    @Operation(summary = "The platform audit log: events of no company, such as denials about unknown or invisible"
            + " companies (platform support)")
    public AuditPageJson audit(@QueryParam("since") String since, @QueryParam("actor") String actor,
            @QueryParam("target") String target, @QueryParam("page") String page, @QueryParam("size") String size) {
        return AuditPageJson.of(audit.platform(caller.actor(), new AuditFilter(AuditResource.since(since), actor, target),
                Params.page(page), Params.size(size, 100, 1000)));
    }
}
