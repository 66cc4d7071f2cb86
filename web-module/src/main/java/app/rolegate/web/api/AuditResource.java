package app.rolegate.web.api;

import app.rolegate.administration.AuditReading;
import app.rolegate.audit.AuditEvent;
import app.rolegate.audit.AuditQuery;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A company's audit log, as JSON or as CSV ({@code Accept: text/csv}). */
@Path("companies/{cid}/audit")
public class AuditResource {
    private static final String[] COLUMNS = {"id", "occurredAt", "actorId", "actor", "action", "outcome", "companyId",
        "targetType", "targetId", "rule", "detail", "before", "after", "requestId"};

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
    public JsonObject json() {
        int p = Requests.intParam("page", page, 0, 0, 1_000_000);
        int s = Requests.intParam("size", size, 100, 1, 1000);
        AuditQuery.Page events = query(p, s);
        JsonArrayBuilder items = Jsons.array();
        for (AuditEvent e : events.events()) {
            JsonObjectBuilder b = Jsons.object();
            Object[] values = values(e);
            for (int i = 0; i < COLUMNS.length; i++) {
                Views.opt(b, COLUMNS[i], values[i]);
            }
            items.add(b);
        }
        return Jsons.object().add("items", items).add("page", p).add("size", s)
                .add("total", events.total()).build();
    }

    @GET
    // JSON unless CSV is asked for by name (curl and browsers send */*).
    @Produces("text/csv;qs=0.5")
    public String csv() {
        int p = Requests.intParam("page", page, 0, 0, 1_000_000);
        int s = Requests.intParam("size", size, 10_000, 1, 100_000);
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (AuditEvent e : query(p, s).events()) {
            Object[] values = values(e);
            for (int i = 0; i < values.length; i++) {
                out.append(i == 0 ? "" : ",").append(csvCell(values[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private AuditQuery.Page query(int p, int s) {
        return reading.read(caller.actor(), Requests.idParam("company", cid), since(), blank(actor), blank(target), p, s);
    }

    private Instant since() {
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

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Object[] values(AuditEvent e) {
        return new Object[] {e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.outcome(), e.companyId(),
            e.targetType(), e.targetId(), e.rule(), e.detail(), e.before(), e.after(), e.requestId()};
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so that spreadsheets do not run it as a formula. */
    static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
