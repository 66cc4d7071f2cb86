package app.rolegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
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

    /**
     * Revision 2's headers and error pages: every error the server gives, inside or outside /api/v1, is a
     * problem naming no Java class; every API answer says nosniff; answers with personal data or tokens are
     * never stored; Liberty's own JWT key endpoint, which Rolegate does not use, hands out no key.
     */
    @Test
    void errorsEverywhereAreProblems_nosniff_personalDataNotStored_noForeignKeyEndpoint() {
        for (String path : List.of("/no-such-page", "/admin-nothing", "/api/v2/anything", Api.V1 + "/no-such-thing")) {
            Api.Response r = Api.get(path, null);
            assertTrue(r.status() == 404 || r.status() == 401, path + ": " + r.status() + " " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), path + ": " + r.contentType());
            assertFalse(r.body().contains("Exception") || r.body().contains("java."), path + ": " + r.body());
        }
        String support = Api.supportToken();
        Api.Response bad = Api.post(Api.V1 + "/companies", support, "{\"name\": ");
        bad.expectProblem(400, "invalid-input");
        assertEquals("nosniff", bad.header("X-Content-Type-Options").orElse(""));

        Scenario.CompanyRef c = Scenario.company();
        for (String path : List.of(Api.V1 + "/me", Api.V1 + "/users/" + c.firstUserId(),
                Api.V1 + "/companies/" + c.id() + "/members/" + c.firstUserId())) {
            Api.Response r = Api.get(path, c.firstUserToken()).expect(200);
            assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.header("Cache-Control").orElse("").contains("no-store"), path + ": " + r.headers().map());
        }

        Api.Response jwk = Api.get("/jwt/ibm/api/defaultJWT/jwk", null);
        assertTrue(jwk.status() >= 400, "HTTP " + jwk.status() + ": " + jwk.body());
        assertFalse(jwk.body().contains("\"kty\"") || jwk.body().contains("\"keys\""), jwk.body());
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        Api.Response r = Api.get(Api.V1 + "/auth/token", null);
        r.expectProblem(405, "method-not-allowed");
        assertTrue(r.header("Allow").orElse("").contains("POST"), r.headers().map().toString());
    }
}
