package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Builds the people and companies a test needs through the real API, each run with fresh names so
 * that tests never depend on one another: companies created by platform support with their first
 * user (main user with USER_ADMIN, and FIRM_MAIN_USER in an accounting firm), users created by an
 * administrator, logins, grants.
 */
public final class Scenario {
    /** Every user a scenario makes has this password. */
    public static final String PASSWORD = "it-User-Passw0rd";
    private static final String C = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private Scenario() {
    }

    /** A fresh name: the prefix and a random suffix (login names allow letters, digits, . _ @ -). */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid Finnish identity code nobody else in this run has (20th-century date, random individual number). */
    public static String finnishIdentityCode() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100));
        String individual = String.format("%03d", 2 + r.nextInt(898));
        return date + "-" + individual + C.charAt((int) (Long.parseLong(date + individual) % 31));
    }

    /** A company as created: its id and its first user (main user, USER_ADMIN) with a token. */
    public record CompanyRef(long id, String name, String firstUserId, String firstUserToken) {
    }

    /** Platform support creates a company with its first user. */
    public static CompanyRef company(boolean accountingFirm, boolean payrollEnabled, Long accountingFirmId) {
        String name = unique("Company");
        String first = unique("first");
        var body = Json.createObjectBuilder().add("name", name).add("accountingFirm", accountingFirm)
                .add("payrollEnabled", payrollEnabled).add("crmEnabled", true)
                .add("firstUser", Json.createObjectBuilder().add("userId", first).add("password", PASSWORD)
                        .add("firstName", "First").add("lastName", "User").add("email", first + "@example.test"));
        if (accountingFirmId != null) {
            body.add("accountingFirmId", accountingFirmId);
        }
        JsonObject c = Api.post(V1 + "/companies", Api.supportToken(), body.build().toString()).expect(201).json();
        return new CompanyRef(c.getJsonNumber("id").longValue(), name, first, login(first));
    }

    public static CompanyRef company() {
        return company(false, true, null);
    }

    /** An administrator of the company creates a user there (primary company = that company). */
    public static String user(String adminToken, long companyId) {
        String userId = unique("user");
        Api.post(V1 + "/companies/" + companyId + "/users", adminToken,
                object("userId", userId, "password", PASSWORD, "firstName", "Test", "lastName", userId,
                        "email", userId + "@example.test")).expect(201);
        return userId;
    }

    /** Grants a role; fails the test unless it is granted (201). */
    public static void grant(String token, long companyId, String userId, String role) {
        Api.post(V1 + "/companies/" + companyId + "/members/" + userId + "/roles", token, object("role", role))
                .expect(201);
    }

    /** Authorises an existing user to the company by PUT (D11); fails the test unless created (201). */
    public static void authorise(String adminToken, long companyId, String userId) {
        Api.put(V1 + "/companies/" + companyId + "/members/" + userId, adminToken, "{}").expect(201);
    }

    /** Makes the company the auditors' organisation (platform support). */
    public static void designateAuditorOrganisation(long companyId) {
        Api.put(V1 + "/platform/auditor-organisation", Api.supportToken(), object("companyId", companyId)).expect(200);
    }

    public static String login(String userId) {
        return Api.token(userId, PASSWORD);
    }
}
