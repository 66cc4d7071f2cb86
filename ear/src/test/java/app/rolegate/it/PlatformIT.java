package app.rolegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What the server offers besides the API: health checks, the OpenAPI document, problem answers. */
class PlatformIT {
    @Test
    void readyAndLive() {
        JsonObject ready = Api.get("/health/ready", null).expect(200).json();
        assertEquals("UP", ready.getString("status"));
        assertEquals("rolegate", ready.getJsonArray("checks").getJsonObject(0).getString("name"));
        assertEquals("UP", Api.get("/health/live", null).expect(200).json().getString("status"));
    }

    @Test
    void openApiDocumentAndUi() {
        Api.Response doc = Api.get("/openapi", null).expect(200);
        assertTrue(doc.body().contains("/api/v1/auth/token"), doc.body());
        Api.get("/openapi/ui/", null).expect(200);
    }

    @Test
    void unknownApiPathIs404Problem() {
        Api.get(Api.V1 + "/no-such-thing", Api.supportToken()).expectProblem(404, "not-found");
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        Api.Response r = Api.get(Api.V1 + "/auth/token", null);
        r.expectProblem(405, "method-not-allowed");
        assertTrue(r.header("Allow").orElse("").contains("POST"), r.headers().map().toString());
    }
}
