package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The points of SPEC revision 2 that close indirect routes, each allowed and denied over HTTP: who
 * becomes a first user (D1), who sets an identity code (D1, D10), what a copy takes (D5), D6's warning on
 * a profile change, removing a user from all companies (D9), AUDITOR and FIRM_MAIN_USER (D15), who
 * deactivates an account (D18), and user ids in the audit log as stored (2.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Revision2IT {
    private Company c;
    private Company auditors;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        auditors = Delegation.company(false, false);
    }

    // ---------------------------------------------------------------- D1: first users

    @Test
    void D1_supportIsNeverAFirstUser_byUserId() {
        JsonObject body = Json.createObjectBuilder().add("name", Scenario.unique("C")).add("firstUser",
                Json.createObjectBuilder().add("userId", "SUPPORT")).build();
        Api.post(V1 + "/companies", Scenario.support(), body.toString()).expectDenied("D1");
    }

    @Test
    void D1_aFirmMainUserDoesNotNameThemselfFirstUserOfANewClient_byUserIdOrByIdentityCode() {
        String code = Scenario.finnishIdentityCode();
        Company firm = Delegation.company(true, false);
        Api.patch(V1 + "/users/" + firm.firstUser().userId(), Scenario.support(),
                object("country", "FI", "personalIdentityCode", code)).expect(200);
        String opener = firm.admin();
        for (JsonObject first : List.of(Json.createObjectBuilder().add("userId", firm.firstUser().userId()).build(),
                Json.createObjectBuilder().add("userId", Scenario.unique("alias")).add("country", "FI")
                        .add("personalIdentityCode", code).build())) {
            JsonObject body = Json.createObjectBuilder().add("name", Scenario.unique("Client")).add("openedUnder", firm.id())
                    .add("firstUser", first).build();
            Api.post(V1 + "/companies", opener, body.toString()).expectDenied("D1");
        }
        // Naming somebody else works.
        JsonObject body = Json.createObjectBuilder().add("name", Scenario.unique("Client")).add("openedUnder", firm.id())
                .add("firstUser", Json.createObjectBuilder().add("userId", Scenario.unique("other"))).build();
        Api.post(V1 + "/companies", opener, body.toString()).expect(201);
    }

    // ---------------------------------------------------------------- D1, D10: the identity code

    @Test
    void D10_nobodyClaimsAnotherPersonsIdentityCode_soAddingThatPersonLaterMakesTheRightAccount() {
        Person claimer = Delegation.person(c.admin(), c.id());
        String code = Scenario.finnishIdentityCode();
        Api.patch(V1 + "/users/" + claimer.userId(), claimer.token(), object("country", "FI", "personalIdentityCode", code))
                .expectDenied("D10");
        // Later an administrator elsewhere adds the real person by that code: a new account, not the claimer.
        Company elsewhere = Delegation.company(false, false);
        JsonObject added = Scenario.createUser(elsewhere.admin(), elsewhere.id(), "country", "FI",
                "personalIdentityCode", code);
        assertNotEquals(claimer.userId(), added.getJsonObject("user").getString("userId"));
        assertFalse(Scenario.membershipsOf(claimer.userId()).containsKey(elsewhere.id()));
    }

    @Test
    void D10_theCreatorSetsTheCodeOnceWhereNoneIsSet_thenOnlySupportChangesIt() {
        Person target = Delegation.member(c.admin(), c.id());
        String first = Scenario.finnishIdentityCode();
        String second = Scenario.finnishIdentityCode();
        Api.patch(V1 + "/users/" + target.userId(), c.admin(), object("country", "FI", "personalIdentityCode", first))
                .expect(200);
        Api.patch(V1 + "/users/" + target.userId(), c.admin(), object("country", "FI", "personalIdentityCode", second))
                .expectDenied("D10");
        // An administrator who is not the creator sets none.
        Person otherAdmin = Delegation.person(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), otherAdmin.userId(), "USER_ADMIN");
        Person another = Delegation.member(c.admin(), c.id());
        Api.patch(V1 + "/users/" + another.userId(), otherAdmin.token(), object("country", "FI",
                "personalIdentityCode", second)).expectDenied("D10");
        Api.patch(V1 + "/users/" + target.userId(), Scenario.support(), object("country", "FI",
                "personalIdentityCode", second)).expect(200);
        assertEquals(second, Scenario.account(target.userId()).getString("personalIdentityCode"));
        // Not even support on its own account.
        Api.patch(V1 + "/users/support", Scenario.support(), object("country", "FI",
                "personalIdentityCode", Scenario.finnishIdentityCode())).expectDenied("D10");
        // A country without a code (or the reverse) is refused: it no longer clears the code silently.
        Api.patch(V1 + "/users/" + target.userId(), Scenario.support(), object("country", "SE")).expectInvalid(
                "personalIdentityCode");
        Api.patch(V1 + "/users/" + target.userId(), Scenario.support(), "{\"country\":[1,2]}")
                .expectProblem(400, "invalid-input");
        assertEquals(second, Scenario.account(target.userId()).getString("personalIdentityCode"));
    }

    // ---------------------------------------------------------------- D5: only what counts today

    @Test
    void D5_aCopyTakesOnlyWhatCountsForTheSourceToday() {
        Person x = Delegation.member(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), x.userId(), "BOOKKEEPER");
        Delegation.grantWith(c.admin(), c.id(), x.userId(), object("role", "SUPERVISOR", "validFrom",
                LocalDate.now().plusDays(1))).expect(201);
        Person u = Delegation.member(c.admin(), c.id());
        JsonObject copied = Delegation.copy(c.admin(), c.id(), u.userId(), x.userId()).expect(200).json();
        assertEquals(Set.of("BOOKKEEPER"), copied.getJsonArray("granted").stream()
                .map(v -> v.asJsonObject().getString("role")).collect(Collectors.toSet()), "a future grant is not copied");
        // An inactive source gives nothing at all, profiles included.
        Person y = Delegation.member(c.admin(), c.id(), Delegation.terms("accountingProfile", "ALL_RIGHTS"));
        Delegation.granted(c.admin(), c.id(), y.userId(), "BOOKKEEPER");
        Api.patch(V1 + "/users/" + y.userId(), c.admin(), object("active", false)).expect(200);
        Person w = Delegation.member(c.admin(), c.id());
        JsonObject none = Delegation.copy(c.admin(), c.id(), w.userId(), y.userId()).expect(200).json();
        assertEquals(0, none.getJsonArray("granted").size(), none.toString());
        JsonObject after = Delegation.membership(c.admin(), c.id(), w.userId());
        assertEquals("NONE", after.getString("accountingProfile"), after.toString());
        assertEquals(Set.of(), Delegation.roles(after));
    }

    // ---------------------------------------------------------------- D6: the warning on a profile change

    @Test
    void D6_takingAllRightsFromAPayrollCalculatorWarns_andOtherChangesDoNot() {
        Person pc = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "ALL_RIGHTS"));
        Delegation.granted(c.admin(), c.id(), pc.userId(), "PAYROLL_CALCULATOR");
        JsonObject changed = Api.put(Delegation.memberPath(c.id(), pc.userId()), c.admin(),
                object("payrollProfile", "BROWSE")).expect(200).json();
        assertTrue(changed.getJsonArray("warnings").getString(0).contains("ALL_RIGHTS"), changed.toString());
        JsonObject again = Api.put(Delegation.memberPath(c.id(), pc.userId()), c.admin(),
                object("payrollProfile", "MANAGEMENT")).expect(200).json();
        assertFalse(again.containsKey("warnings"), "ALL_RIGHTS was already gone: " + again);
        Person plain = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "ALL_RIGHTS"));
        assertFalse(Api.put(Delegation.memberPath(c.id(), plain.userId()), c.admin(), object("payrollProfile", "BROWSE"))
                .expect(200).json().containsKey("warnings"));
    }

    // ---------------------------------------------------------------- D9: remove from all companies

    @Test
    void D9_removeFromAllCompanies_onlyWhereTheCallerIsUserAdmin_withTheConfirmation() {
        List<Scenario.CompanyRef> mine = Scenario.companiesOfOnePerson(2);
        String token = mine.get(0).firstUserToken();
        String u = Scenario.userWithoutPassword(token, mine.get(0).id());
        Scenario.authorise(token, mine.get(1).id(), u);
        // A company where the caller holds no USER_ADMIN keeps its membership.
        Company third = Delegation.company(false, false);
        String code = Scenario.finnishIdentityCode();
        Api.patch(V1 + "/users/" + u, Scenario.support(), object("country", "FI", "personalIdentityCode", code)).expect(200);
        Scenario.authoriseByIdentityCode(third.admin(), third.id(), code);

        Api.delete(V1 + "/users/" + u + "/memberships", token).expectInvalid("confirmPrimary");
        assertEquals(3, Scenario.membershipsOf(u).size(), "nothing removed without the confirmation");
        JsonObject r = Api.delete(V1 + "/users/" + u + "/memberships?confirmPrimary=true", token).expect(200).json();
        assertEquals(2, r.getInt("removed"));
        assertEquals(Set.of(mine.get(0).id(), mine.get(1).id()), r.getJsonArray("companies").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet()));
        assertEquals(Set.of(third.id()), Scenario.membershipsOf(u).keySet());
        // Nobody on their own memberships; nobody of a user they cannot see (2.1).
        Api.delete(V1 + "/users/" + mine.get(0).firstUserId() + "/memberships?confirmPrimary=true", token)
                .expectDenied("D1");
        Api.delete(V1 + "/users/" + u + "/memberships?confirmPrimary=true", c.admin()).expectProblem(404, "not-found");
    }

    // ---------------------------------------------------------------- D15: AUDITOR and FIRM_MAIN_USER

    @Test
    void D15_anAuditorHoldsNoFirmMainUser_andAFirmMainUserBecomesNoAuditor() {
        Delegation.designateAuditors(auditors.id());
        Person auditor = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.granted(c.admin(), c.id(), auditor.userId(), "AUDITOR");
        Delegation.expectDenied(Delegation.grantWith(Scenario.support(), c.id(), auditor.userId(),
                object("role", "FIRM_MAIN_USER", "requestedBy", c.firstUser().userId())), "D15");
        Person fmu = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.grantWith(Scenario.support(), c.id(), fmu.userId(), object("role", "FIRM_MAIN_USER", "requestedBy",
                c.firstUser().userId())).expect(201);
        Delegation.expectDenied(Delegation.grant(c.admin(), c.id(), fmu.userId(), "AUDITOR"), "D15");
    }

    // ---------------------------------------------------------------- D18: who deactivates

    @Test
    void D18_aUserAdminOfThePrimaryCompanyOrSupportDeactivates_nobodyElse_neverOneself() {
        Person u = Delegation.person(c.admin(), c.id());
        String token = u.token();
        // A FIRM_MAIN_USER without USER_ADMIN of the primary company, an administrator elsewhere, the user: no.
        Person fmu = Delegation.person(c.admin(), c.id());
        Delegation.supportGrantsFirmMainUser(c.id(), fmu.userId());
        Delegation.expectDenied(Api.patch(V1 + "/users/" + u.userId(), fmu.token(), object("active", false)), "D18");
        Api.patch(V1 + "/users/" + u.userId(), token, object("active", false)).expectDenied("D1");
        // The main user (USER_ADMIN of the primary company): yes; from the next request u is refused.
        JsonObject off = Api.patch(V1 + "/users/" + u.userId(), c.admin(), object("active", false)).expect(200).json();
        assertFalse(off.getBoolean("active"));
        Api.get(V1 + "/me", token).expectProblem(401, "unauthorized");
        Api.post(V1 + "/auth/token", null, object("userId", u.userId(), "password", Scenario.PASSWORD))
                .expectProblem(401, "invalid-credentials");
        // Support reactivates.
        Api.patch(V1 + "/users/" + u.userId(), Scenario.support(), object("active", true)).expect(200);
        Api.get(V1 + "/me", token).expect(200);
        JsonValue deactivations = Api.get(V1 + "/companies/" + c.id() + "/audit?size=1000&target=" + u.userId(),
                c.admin()).expect(200).json().getJsonArray("items");
        assertTrue(deactivations.asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "user.deactivate".equals(e.getString("action")) && "D18".equals(e.getString("rule", ""))));
    }

    // ---------------------------------------------------------------- 2.1: user ids as stored

    @Test
    void auditRecordsUserIdsAsStored_andItsFiltersIgnoreCase() {
        Person u = Delegation.member(c.admin(), c.id());
        String typed = u.userId().toUpperCase();
        Delegation.grant(c.admin(), c.id(), typed, "BOOKKEEPER").expect(201);
        // A denial about the same user, typed in another case, before any lookup (the caller is no administrator).
        Person plain = Delegation.person(c.admin(), c.id());
        Delegation.expectDenied(Delegation.grant(plain.token(), c.id(), typed, "BOOKKEEPER"), "D2");
        List<JsonObject> events = Api.get(V1 + "/companies/" + c.id() + "/audit?size=1000&target=" + typed, c.admin())
                .expect(200).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(events.stream().anyMatch(e -> "ALLOWED".equals(e.getString("outcome"))), events.toString());
        assertTrue(events.stream().anyMatch(e -> "DENIED".equals(e.getString("outcome"))), events.toString());
        assertTrue(events.stream().allMatch(e -> u.userId().equals(e.getString("targetId"))), events.toString());
        JsonObject byActor = Api.get(V1 + "/companies/" + c.id() + "/audit?size=1000&actor="
                + c.firstUser().userId().toUpperCase(), c.admin()).expect(200).json();
        assertTrue(byActor.getInt("total") > 0, byActor.toString());
    }
}
