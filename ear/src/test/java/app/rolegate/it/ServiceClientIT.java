package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A portal's service client (SPEC 3): asks the check about anyone, administers nothing. */
class ServiceClientIT {
    private static Scenario.CompanyRef company;
    private static String member;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        member = Scenario.user(company.firstUserToken(), company.id());
    }

    private static String clientToken(String secret) {
        return Api.post(V1 + "/auth/token", null, object("clientId", "it-portal", "clientSecret", secret)).expect(200)
                .json().getString("accessToken");
    }

    @Test
    void serviceClientAsksTheCheckAboutAnyone() {
        String portal = clientToken(Api.supportPassword());
        JsonObject answer = Api.post(V1 + "/check", portal, object("userId", company.firstUserId(), "companyId",
                company.id(), "permission", "users.manage")).expect(200).json();
        assertTrue(answer.getBoolean("allowed"), answer.toString());
        JsonObject denied = Api.post(V1 + "/check", portal, object("userId", member, "companyId", company.id(),
                "permission", "users.manage")).expect(200).json();
        assertFalse(denied.getBoolean("allowed"), denied.toString());
        assertFalse(denied.getJsonArray("reasons").isEmpty(), denied.toString());
    }

    @Test
    void serviceClient_callsTheCheckAndNothingElse() {
        String portal = clientToken(Api.supportPassword());
        for (String path : List.of("/companies/" + company.id() + "/members", "/companies/" + company.id(), "/me",
                "/users/" + company.firstUserId(), "/companies/" + company.id() + "/audit")) {
            JsonObject problem = Api.get(V1 + path, portal).expectProblem(403, "access-denied");
            assertEquals("CHECK", problem.getString("rule"), path);
        }
    }

    @Test
    void wrongClientSecretIsTheSame401AsAWrongPassword() {
        Api.Response wrongSecret = Api.post(V1 + "/auth/token", null,
                object("clientId", "it-portal", "clientSecret", "not-the-secret"));
        Api.Response wrongPassword = Api.post(V1 + "/auth/token", null,
                object("userId", company.firstUserId(), "password", "not-the-password"));
        wrongSecret.expectProblem(401, "invalid-credentials");
        assertEquals(wrongPassword.json().getString("detail"), wrongSecret.json().getString("detail"));
    }
}
