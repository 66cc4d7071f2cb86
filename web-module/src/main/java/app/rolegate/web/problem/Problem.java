package app.rolegate.web.problem;

import app.rolegate.web.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * One problem details body (RFC 9457). {@code type} is {@value #TYPE_BASE} plus a stable slug;
 * {@code rule} names the delegation rule that decided and {@code field} the bad input, when known.
 */
public record Problem(String slug, String title, int status, String detail, String instance, String rule,
                      String field, String requestId, Long retryAfterSeconds) {
    public static final String TYPE_BASE = "https://rolegate.app/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String slug, String title, int status, String detail, String instance, String rule, String field,
            String requestId) {
        this(slug, title, status, detail, instance, rule, field, requestId, null);
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Jsons.object()
                .add("type", type())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        if (rule != null) {
            b.add("rule", rule);
        }
        if (field != null) {
            b.add("field", field);
        }
        if (requestId != null) {
            b.add("requestId", requestId);
        }
        return b.build();
    }

    /** The response carrying this body; a 401 also names the scheme the caller should use. */
    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(status).type(MEDIA_TYPE).entity(toJson().toString());
        if (status == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rolegate\"");
        }
        if (retryAfterSeconds != null) {
            r.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return r.build();
    }
}
