package app.rolegate.web.api;

import app.rolegate.audit.application.AuditCsv;
import app.rolegate.audit.application.AuditEventView;
import app.rolegate.audit.application.AuditFilter;
import app.rolegate.audit.application.AuditReading;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Page;
import app.rolegate.web.api.model.ResponseBodies.AuditPageJson;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's audit log, as JSON or as CSV ({@code Accept: text/csv}). */
@Path("companies/{cid}/audit")
@Tag(name = "Audit")
public class AuditResource {
    @Inject
    CurrentCaller caller;

    @Inject
    AuditReading reading;

    @PathParam("cid")
    String cid;

    @QueryParam("since")
    String since;

    @QueryParam("actor")
    String actor;

    @QueryParam("target")
    String target;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @GET
    @Produces("application/json")
    @Operation(summary = "The company's audit log (audit.read: AUDITOR or USER_ADMIN); actor and target match without"
            + " regard to case")
    public AuditPageJson json() {
        return AuditPageJson.of(read(Params.page(page), Params.size(size, 100, 1000)));
    }

    @GET
    // JSON unless CSV is asked for by name (curl and browsers send */*).
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The company's audit log as CSV")
    public String csv() {
        return csv(read(Params.page(page), Params.size(size, 10_000, 100_000)));
    }

    private Page<AuditEventView> read(int p, int s) {
        return reading.company(caller.actor(), Params.id(cid), new AuditFilter(since(since), actor, target), p, s);
    }

    /** The log as CSV, in the one format of {@link AuditCsv} (the admin pages' download is the same). */
    public static String csv(Page<AuditEventView> events) {
        return AuditCsv.of(events.items());
    }

    static Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a date (2026-01-31) or an instant (2026-01-31T10:00:00Z)");
        }
    }
}
