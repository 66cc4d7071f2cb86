package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator of company A, holding every administrative role A has to give (main user with
 * USER_ADMIN and FIRM_MAIN_USER of an accounting firm), reaches nothing of company B: every
 * company-B address answers 403 or 404, and B is unchanged afterwards.
 */
class TenantIsolationIT {
    /** The detail of JAX-RS's own 404 when no resource method matches the address. */
    private static final String NO_RESOURCE = "There is no resource at this address.";

    /** A: an accounting firm, so that its first user holds USER_ADMIN and FIRM_MAIN_USER there. */
    private static CompanyRef a;
    private static String aMember;
    /** B: a company of the firm A (accountingFirmId), its main user, a member with BOOKKEEPER and one with USER_ADMIN. */
    private static CompanyRef b;
    private static Person bKeeper;
    private static Person bAdmin;

    @BeforeAll
    static void setUp() {
        a = Scenario.company(true, true, null);
        aMember = Scenario.userWithoutPassword(a.firstUserToken(), a.id());
        b = Scenario.company(false, true, a.id());
        bKeeper = Scenario.memberWithRole(b, "BOOKKEEPER");
        bAdmin = Scenario.memberWithRole(b, "USER_ADMIN");
    }

    /** Everything B's main user can read about B: the company, its members one by one, the list, the ALLOWED events. */
    private static Map<String, Object> snapshotOfB() {
        String token = b.firstUserToken();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("company", Scenario.companyView(token, b.id()));
        JsonObject list = Api.get(V1 + "/companies/" + b.id() + "/members?size=500", token).expect(200).json();
        s.put("members", list);
        for (JsonObject row : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
            String uid = row.getJsonObject("user").getString("userId");
            s.put("member " + uid, Scenario.membership(token, b.id(), uid));
            s.put("account " + uid, Scenario.account(uid));
        }
        JsonArray events = Scenario.audit(token, b.id(), "");
        s.put("allowed events", events.getValuesAs(JsonObject.class).stream()
                .filter(e -> "ALLOWED".equals(e.getString("outcome"))).toList());
        return s;
    }

    @Test
    void anAdministratorOfAReachesNothingOfB() {
        Map<String, Object> before = snapshotOfB();
        String t = a.firstUserToken();
        String company = V1 + "/companies/" + b.id();
        String keeper = company + "/members/" + bKeeper.userId();
        String admin = company + "/members/" + bAdmin.userId();
        String mainUser = company + "/members/" + b.firstUserId();

        List<String> failures = new ArrayList<>();
        check(failures, "GET company", Api.get(company, t), 404);
        check(failures, "GET members", Api.get(company + "/members", t), 403, 404);
        check(failures, "GET members?q", Api.get(company + "/members?q=" + Scenario.enc(bKeeper.userId()), t), 403, 404);
        check(failures, "GET member", Api.get(keeper, t), 403, 404);
        check(failures, "GET main user's membership", Api.get(mainUser, t), 403, 404);
        check(failures, "PUT member", Api.put(keeper, t, object("accountingProfile", "NONE")), 403, 404);
        check(failures, "PUT member validity", Api.put(admin, t, object("validTo", LocalDate.now().minusDays(1))), 403, 404);
        check(failures, "PUT member of A into B", Api.put(company + "/members/" + aMember, t, "{}"), 403, 404);
        check(failures, "PUT itself into B", Api.put(company + "/members/" + a.firstUserId(), t, "{}"), 403, 404);
        check(failures, "DELETE member", Api.delete(keeper, t), 403, 404);
        check(failures, "DELETE member confirmed", Api.delete(admin + "?confirmPrimary=true", t), 403, 404);
        check(failures, "POST users", Api.post(company + "/users", t,
                object("userId", Scenario.unique("intruder"), "password", Scenario.PASSWORD)), 403, 404);
        check(failures, "PUT main-user", Api.put(company + "/main-user", t, object("userId", bKeeper.userId())), 403, 404);
        check(failures, "GET audit", Api.get(company + "/audit", t), 403, 404);
        check(failures, "GET audit csv", Api.send("GET", company + "/audit", t, null, Map.of("Accept", "text/csv")), 403, 404);
        check(failures, "POST role grant", Api.post(keeper + "/roles", t, object("role", "SUPERVISOR")), 403, 404);
        check(failures, "POST role grant USER_ADMIN", Api.post(keeper + "/roles", t, object("role", "USER_ADMIN")), 403, 404);
        check(failures, "DELETE role revoke", Api.delete(keeper + "/roles/BOOKKEEPER", t), 403, 404);
        check(failures, "DELETE role revoke USER_ADMIN", Api.delete(admin + "/roles/USER_ADMIN", t), 403, 404);
        check(failures, "POST roles copy", Api.post(keeper + "/roles/copy", t, object("fromUserId", bAdmin.userId())), 403, 404);
        check(failures, "GET grantable-roles", Api.get(keeper + "/grantable-roles", t), 403, 404);
        // B's people through the user addresses.
        check(failures, "GET user", Api.get(V1 + "/users/" + bKeeper.userId(), t), 404);
        check(failures, "PATCH user", Api.patch(V1 + "/users/" + bKeeper.userId(), t, object("active", false)), 403, 404);
        check(failures, "PATCH user name", Api.patch(V1 + "/users/" + bKeeper.userId(), t, object("firstName", "X")), 403, 404);
        check(failures, "GET user memberships", Api.get(V1 + "/users/" + bKeeper.userId() + "/memberships", t), 403, 404);
        check(failures, "PUT user validity", Api.put(V1 + "/users/" + bAdmin.userId() + "/validity", t,
                object("validTo", LocalDate.now().minusDays(1))), 403, 404);
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        // A company that does not exist looks the same as B.
        Api.get(V1 + "/companies/987654321", t).expectProblem(404, "not-found");

        assertEquals(before, snapshotOfB());
        // Still B's people log in and act as before.
        Api.get(V1 + "/companies/" + b.id() + "/members", bAdmin.token()).expect(200);
    }

    @Test
    void aMemberOfBSeesNothingOfA() {
        String t = bAdmin.token();
        Api.get(V1 + "/companies/" + a.id(), t).expectProblem(404, "not-found");
        Api.get(V1 + "/companies/" + a.id() + "/members", t).expectProblem(404, "not-found");
        Api.get(V1 + "/users/" + aMember, t).expectProblem(404, "not-found");
        // B's list holds B's members only.
        JsonObject list = Api.get(V1 + "/companies/" + b.id() + "/members?size=500", t).expect(200).json();
        assertEquals(3, list.getInt("total"), list.toString());
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getJsonObject("user").getJsonNumber("primaryCompanyId").longValue() == b.id()));
    }

    /**
     * Records a failure unless the answer is one of the statuses with a well-formed problem: 404
     * not-found, or 403 that is a rule denial naming its rule or a plain access denial.
     */
    private static void check(List<String> failures, String what, Api.Response r, int... statuses) {
        for (int s : statuses) {
            if (r.status() == s) {
                try {
                    if (s == 404) {
                        // The application's "no such company/user", not JAX-RS finding no resource (a wrong address).
                        assertNotEquals(NO_RESOURCE, r.expectProblem(404, "not-found").getString("detail"), what);
                    } else if (r.body().contains("rule-denied")) {
                        assertTrue(r.expectProblem(403, "rule-denied").getString("rule", "").matches("D\\d+"), r.body());
                    } else {
                        r.expectProblem(403, "access-denied");
                    }
                } catch (AssertionError e) {
                    failures.add(what + ": " + e.getMessage());
                }
                return;
            }
        }
        failures.add(what + ": HTTP " + r.status() + " " + r.body());
    }
}
