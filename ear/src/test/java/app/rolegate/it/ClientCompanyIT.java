package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Opening a client company (POST /companies with {@code openedUnder}, D13), the other indirect route to
 * roles: a FIRM_MAIN_USER of an accounting firm (their primary company) opens it under a company where
 * they hold USER_ADMIN; the client's accounting firm is always the opener's primary company, and every
 * FIRM_MAIN_USER of the firm, also one without USER_ADMIN in the firm, gets FIRM_MAIN_USER, USER_ADMIN,
 * BOOKKEEPER, and PAYROLL_CALCULATOR where payroll is enabled. Nobody else gets anything that way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientCompanyIT {
    private Company firm;
    private Person p; // the firm's first user: FIRM_MAIN_USER, USER_ADMIN, main user
    private Person q; // FIRM_MAIN_USER of the firm without USER_ADMIN (support's exceptional grant)
    private Person r; // USER_ADMIN of the firm only
    private Person n; // member of the firm without roles

    @BeforeAll
    void setUp() {
        firm = Delegation.company(true, true);
        p = firm.firstUser();
        q = Delegation.person(firm.admin(), firm.id());
        Delegation.supportGrantsFirmMainUser(firm.id(), q.userId());
        r = Delegation.person(firm.admin(), firm.id());
        Delegation.granted(firm.admin(), firm.id(), r.userId(), UA);
        n = Delegation.person(firm.admin(), firm.id());
        assertEquals(Set.of(FMU), Delegation.roles(firm.admin(), firm.id(), q.userId()));
    }

    private static String clientBody(long openedUnder, boolean payroll) {
        return body(openedUnder, payroll).build().toString();
    }

    private static JsonObjectBuilder body(long openedUnder, boolean payroll) {
        return Json.createObjectBuilder().add("name", Scenario.unique("Client")).add("payrollEnabled", payroll)
                .add("crmEnabled", true).add("openedUnder", openedUnder);
    }

    private static Api.Response open(String token, String body, String requestId) {
        return Delegation.send("POST", V1 + "/companies", token, body, requestId);
    }

    private JsonObject opened(Person opener, long under, boolean payroll) {
        JsonObject client = open(opener.token(), clientBody(under, payroll), Delegation.requestId("open")).expect(201).json();
        assertEquals(firm.id(), client.getJsonNumber("accountingFirmId").longValue(), client.toString());
        assertEquals(under, client.getJsonNumber("openedUnder").longValue());
        assertFalse(client.getBoolean("accountingFirm"));
        assertEquals(payroll, client.getBoolean("payrollEnabled"));
        return client;
    }

    /** The roles of a firm main user in the client, each given by the system (origin AUTOMATIC). */
    private static Set<String> automaticRoles(String token, long client, Person holder) {
        JsonObject m = Delegation.membership(token, client, holder.userId());
        m.getJsonArray("roles").forEach(g -> assertEquals("AUTOMATIC", g.asJsonObject().getString("origin"), m.toString()));
        return Delegation.roles(m);
    }

    /** The members of a company (as its administrator lists them), and the roles each holds there. */
    private static java.util.Map<String, Set<String>> members(String token, long companyId) {
        return Api.get(V1 + "/companies/" + companyId + "/members?size=500", token).expect(200).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(m -> m.getJsonObject("user").getString("userId"), Delegation::roles));
    }

    /** The firm's FIRM_MAIN_USER holders now (other tests of this class may add some). */
    private Set<String> firmMainUsers() {
        return members(firm.admin(), firm.id()).entrySet().stream().filter(e -> e.getValue().contains(FMU))
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void D13_everyFirmMainUserOfTheFirmGetsTheClientWithPayrollCalculatorWherePayrollIsEnabled() {
        Set<String> holders = firmMainUsers();
        assertTrue(holders.containsAll(Set.of(p.userId(), q.userId())), holders.toString());
        assertFalse(holders.contains(r.userId()) || holders.contains(n.userId()), holders.toString());
        JsonObject client = opened(p, firm.id(), true);
        long k = client.getJsonNumber("id").longValue();
        // p and q hold USER_ADMIN in the client now: each sees the other's membership there.
        assertEquals(Set.of(FMU, UA, BK, PC), automaticRoles(p.token(), k, p));
        assertEquals(Set.of(FMU, UA, BK, PC), automaticRoles(p.token(), k, q));
        assertEquals(Set.of(FMU, UA, BK, PC), automaticRoles(q.token(), k, q));
        // Nobody else of the firm is added.
        Api.get(Delegation.memberPath(k, r.userId()), p.token()).expectProblem(404, "not-found");
        Api.get(Delegation.memberPath(k, n.userId()), p.token()).expectProblem(404, "not-found");
        java.util.Map<String, Set<String>> clientMembers = members(p.token(), k);
        assertEquals(holders, clientMembers.keySet(), "exactly the firm's FIRM_MAIN_USER holders");
        clientMembers.values().forEach(roles -> assertEquals(Set.of(FMU, UA, BK, PC), roles));
        // The company reads back as opened.
        JsonObject read = Api.get(V1 + "/companies/" + k, q.token()).expect(200).json();
        assertEquals(firm.id(), read.getJsonNumber("accountingFirmId").longValue());
        // The roles are real: q, a FIRM_MAIN_USER with USER_ADMIN in the client, grants PAYROLL_CALCULATOR there (D6).
        Person staff = Delegation.member(q.token(), k);
        Delegation.granted(q.token(), k, staff.userId(), PC);
    }

    @Test
    void D13_withoutPayrollThereIsNoPayrollCalculator() {
        long k = opened(p, firm.id(), false).getJsonNumber("id").longValue();
        assertEquals(Set.of(FMU, UA, BK), automaticRoles(p.token(), k, p));
        assertEquals(Set.of(FMU, UA, BK), automaticRoles(p.token(), k, q));
    }

    @Test
    void D13_aFirmMainUserWithoutUserAdminInTheFirmOpensUnderAClientWhereTheyHoldIt() {
        // q cannot open under the firm itself: no USER_ADMIN there.
        String rid = Delegation.requestId("open-d13");
        JsonObject problem = Delegation.expectDenied(open(q.token(), clientBody(firm.id(), true), rid), "D13");
        assertTrue(problem.getString("detail").contains("USER_ADMIN"), problem.toString());
        Delegation.expectDeniedEvent(firm.admin(), firm.id(), null, rid, "D13", q.userId());

        long k1 = opened(p, firm.id(), true).getJsonNumber("id").longValue();
        JsonObject k2 = opened(q, k1, false);
        long k2id = k2.getJsonNumber("id").longValue();
        // The accounting firm is q's primary company, not the company it was opened under.
        assertEquals(firm.id(), k2.getJsonNumber("accountingFirmId").longValue());
        assertEquals(Set.of(FMU, UA, BK), automaticRoles(q.token(), k2id, p));
        assertEquals(Set.of(FMU, UA, BK), automaticRoles(q.token(), k2id, q));
    }

    @Test
    void D13_theClientsAccountingFirmIsAlwaysTheOpenersPrimaryCompany() {
        Company otherFirm = Delegation.company(true, false);
        String body = body(firm.id(), false).add("accountingFirmId", otherFirm.id()).build().toString();
        open(p.token(), body, Delegation.requestId("open")).expectProblem(400, "invalid-input");
        String same = body(firm.id(), false).add("accountingFirmId", firm.id()).build().toString();
        JsonObject client = open(p.token(), same, Delegation.requestId("open")).expect(201).json();
        assertEquals(firm.id(), client.getJsonNumber("accountingFirmId").longValue());
    }

    @Test
    void D13_aUserWhoMerelyHoldsUserAdminCannotObtainRolesThisWay() {
        int before = Api.get(V1 + "/me", r.token()).expect(200).json().getJsonArray("memberships").size();
        String rid = Delegation.requestId("open-ua");
        Delegation.expectDenied(open(r.token(), clientBody(firm.id(), true), rid), "D13");
        Delegation.expectDeniedEvent(firm.admin(), firm.id(), null, rid, "D13", r.userId());
        Delegation.expectDenied(open(n.token(), clientBody(firm.id(), true), Delegation.requestId("open")), "D13");
        assertEquals(before, Api.get(V1 + "/me", r.token()).expect(200).json().getJsonArray("memberships").size(),
                "no company, no membership, no role");
        // Nor does a firm's USER_ADMIN get anything when a firm main user opens one.
        long k = opened(p, firm.id(), true).getJsonNumber("id").longValue();
        assertTrue(Api.get(V1 + "/me", r.token()).expect(200).json().getJsonArray("memberships").stream()
                .noneMatch(m -> m.asJsonObject().getJsonNumber("companyId").longValue() == k));
    }

    @Test
    void D13_openedUnderACompanyWhereTheOpenerLacksUserAdminIsDenied() {
        // pp: a FIRM_MAIN_USER with USER_ADMIN of the firm (copied from p), and a member of another company
        // holding FIRM_MAIN_USER there but not USER_ADMIN.
        Company other = Delegation.company(false, false);
        Person pp = Delegation.outsider(firm, other.admin(), other.id(), true);
        Delegation.copy(firm.admin(), firm.id(), pp.userId(), p.userId()).expect(200);
        assertEquals(Set.of(FMU, UA), Delegation.roles(firm.admin(), firm.id(), pp.userId()));
        Delegation.supportGrantsFirmMainUser(other.id(), pp.userId());
        String rid = Delegation.requestId("open-other");
        Delegation.expectDenied(open(pp.token(), clientBody(other.id(), false), rid), "D13");
        Delegation.expectDeniedEvent(other.admin(), other.id(), null, rid, "D13", pp.userId());
        // And where the opener is no member at all.
        // Where the opener is no member at all, the company is as one that does not exist (2.1): 404.
        Company third = Delegation.company(false, false);
        open(pp.token(), clientBody(third.id(), true), Delegation.requestId("o")).expectProblem(404, "not-found");
        open(pp.token(), clientBody(987_654_321L, true), Delegation.requestId("o")).expectProblem(404, "not-found");
        // Under the firm, where pp holds USER_ADMIN, it works.
        opened(pp, firm.id(), false);
    }

    @Test
    void D13_aFirmMainUserWhosePrimaryCompanyIsNoAccountingFirmOpensNothing() {
        Company plain = Delegation.company(false, false);
        Person w = Delegation.person(plain.admin(), plain.id());
        Delegation.supportGrantsFirmMainUser(plain.id(), w.userId());
        Delegation.granted(plain.admin(), plain.id(), w.userId(), UA);
        Delegation.expectDenied(open(w.token(), clientBody(plain.id(), false), Delegation.requestId("o")), "D13");
    }

    @Test
    void D13_aFirmMainUserWhoseFirmRoleEndedIsNoLongerAdded() {
        Company f2 = Delegation.company(true, false);
        Person a = Delegation.person(f2.admin(), f2.id());
        Delegation.copy(f2.admin(), f2.id(), a.userId(), f2.firstUser().userId()).expect(200);
        Person b = Delegation.member(f2.admin(), f2.id());
        Delegation.supportGrantsFirmMainUser(f2.id(), b.userId());
        Delegation.revoke(a.token(), f2.id(), b.userId(), FMU).expect(204);
        JsonObject client = open(a.token(), clientBody(f2.id(), false), Delegation.requestId("o")).expect(201).json();
        long k = client.getJsonNumber("id").longValue();
        assertEquals(Set.of(a.userId(), f2.firstUser().userId()), members(a.token(), k).keySet());
    }

    @Test
    void D13_aTemporaryFirmMainUserGetsTheClientOnlyUntilTheirFirmRoleEnds() {
        Company f2 = Delegation.company(true, true);
        Person a = Delegation.person(f2.admin(), f2.id());
        Delegation.copy(f2.admin(), f2.id(), a.userId(), f2.firstUser().userId()).expect(200);
        Person b = Delegation.member(f2.admin(), f2.id());
        java.time.LocalDate until = java.time.LocalDate.now().plusDays(20);
        Delegation.grantWith(Delegation.support(), f2.id(), b.userId(), Api.object("role", FMU, "requestedBy",
                Scenario.mainUserOf(f2.id()), "validTo", until)).expect(201);
        JsonObject client = open(a.token(), clientBody(f2.id(), true), Delegation.requestId("o")).expect(201).json();
        long k = client.getJsonNumber("id").longValue();
        JsonObject m = Delegation.membership(a.token(), k, b.userId());
        assertEquals(until.toString(), m.getString("validTo"), "the membership ends with the firm role: " + m);
        assertFalse(m.getJsonArray("roles").isEmpty(), m.toString());
        for (JsonObject g : m.getJsonArray("roles").getValuesAs(JsonObject.class)) {
            assertEquals(until.toString(), g.getString("validTo"), "every propagated role ends with it: " + g);
        }
        // The permanent firm main user's access to the client is permanent.
        JsonObject am = Delegation.membership(a.token(), k, a.userId());
        assertTrue(am.isNull("validTo"), am.toString());
    }
}
