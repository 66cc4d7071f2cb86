package app.rolegate.it;

import static app.rolegate.it.Delegation.AUD;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.PDH;
import static app.rolegate.it.Delegation.SUP;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Copy rights from X" (POST .../roles/copy, D5), the indirect route to FIRM_MAIN_USER: the copy gives
 * every role and the profiles of X, all or nothing (refused naming the rule when X holds one role the
 * actor may not grant), FIRM_MAIN_USER only for a FIRM_MAIN_USER or a USER_ADMIN who is the main user,
 * and never onto oneself (D1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyIT {
    private static final JsonObject X_PROFILES = Delegation.terms("accountingProfile", "LEDGER", "payrollProfile",
            "APPROVER", "crmProfile", "MANAGER", "overrides", Delegation.terms("accounting.edit", "READ", "crm.admin", "EDIT"));

    private Company c;
    private Person f; // main user with USER_ADMIN
    private Person ua; // USER_ADMIN only
    private Person fmu; // FIRM_MAIN_USER only
    private Company auditors;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        f = c.firstUser();
        ua = Delegation.personWith(c, UA);
        fmu = Delegation.personWith(c, FMU);
        auditors = Delegation.company(false, false);
        Register.costCentre(c.admin(), c.id(), "K7");
    }

    private Person member() {
        return Delegation.member(c.admin(), c.id());
    }

    /** A member holding these roles, granted by the main user (FIRM_MAIN_USER by support). */
    private Person holding(String... roles) {
        Person x = Delegation.member(c.admin(), c.id(), X_PROFILES);
        for (String r : roles) {
            if (FMU.equals(r)) {
                Delegation.supportGrantsFirmMainUser(c.id(), x.userId());
            } else {
                Delegation.granted(c.admin(), c.id(), x.userId(), r);
            }
        }
        return x;
    }

    private static Map<String, JsonValue> profiles(JsonObject membership) {
        return Map.of("accountingProfile", membership.get("accountingProfile"), "payrollProfile",
                membership.get("payrollProfile"), "crmProfile", membership.get("crmProfile"), "overrides",
                membership.get("overrides"));
    }

    @Test
    void D5_copyGivesEveryRoleAndTheProfilesOfX() {
        Person x = Delegation.member(c.admin(), c.id(), X_PROFILES);
        LocalDate until = LocalDate.now().plusMonths(6);
        Delegation.grantWith(c.admin(), c.id(), x.userId(),
                Api.object("role", SUP, "scope", "COST_CENTRE", "costCentre", "K7", "validTo", until)).expect(201);
        for (String r : new String[] {BK, PDH, PC}) {
            Delegation.granted(c.admin(), c.id(), x.userId(), r);
        }
        JsonObject xBefore = Delegation.membership(c.admin(), c.id(), x.userId());
        Person u = member();

        String rid = Delegation.requestId("copy");
        JsonObject body = Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()) + "/copy", c.admin(),
                Api.object("fromUserId", x.userId()), rid).expect(200).json();
        assertEquals(Set.of(BK, SUP, PDH, PC), body.getJsonArray("granted").stream()
                .map(v -> v.asJsonObject().getString("role")).collect(Collectors.toSet()));

        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(Set.of(BK, SUP, PDH, PC), Delegation.roles(m));
        for (String r : Set.of(BK, SUP, PDH, PC)) {
            JsonObject g = Delegation.requireGrant(m, r);
            assertEquals("COPY", g.getString("origin"), g.toString());
            assertEquals(x.id(), g.getJsonNumber("copiedFrom").longValue(), g.toString());
            assertEquals(f.id(), g.getJsonNumber("grantedBy").longValue(), g.toString());
            JsonObject xs = Delegation.requireGrant(xBefore, r);
            assertEquals(xs.get("scope"), g.get("scope"), r);
            assertEquals(xs.get("costCentre"), g.get("costCentre"), r);
            assertEquals(xs.get("validTo"), g.get("validTo"), r);
        }
        assertEquals("K7", Delegation.requireGrant(m, SUP).getString("costCentre"));
        assertEquals(profiles(xBefore), profiles(m), "the copy gives X's profiles");
        assertEquals(xBefore, Delegation.membership(c.admin(), c.id(), x.userId()), "X keeps everything");
        JsonObject e = Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D5", f.userId());
        assertTrue(e.getString("action").startsWith("role."), e.toString());
    }

    @Test
    void D5_copyIsAllOrNothing_aRoleTheActorMayNotGrantRefusesTheWholeCopy_D3() {
        Person x = holding(BK, SUP, UA);
        Person u = member();
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        String rid = Delegation.requestId("copy-d3");
        JsonObject p = Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()) + "/copy",
                ua.token(), Api.object("fromUserId", x.userId()), rid), "D3");
        assertTrue(p.getString("detail").contains(UA), p.toString());
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()), "nothing granted, profiles unchanged");
        Delegation.expectDeniedEvent(c.admin(), c.id(), u.userId(), rid, "D3", ua.userId());
    }

    @Test
    void D5_copyIsAllOrNothing_D6() {
        Person x = holding(BK, PC);
        Person u = member();
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        String rid = Delegation.requestId("copy-d6");
        Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()) + "/copy",
                fmu.token(), Api.object("fromUserId", x.userId()), rid), "D6");
        Delegation.expectDenied(Delegation.copy(ua.token(), c.id(), u.userId(), x.userId()), "D6");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()));
        Delegation.expectDeniedEvent(c.admin(), c.id(), u.userId(), rid, "D6", fmu.userId());
    }

    @Test
    void D5_copyIsAllOrNothing_D7() {
        Delegation.designateAuditors(auditors.id());
        Person x = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.granted(c.admin(), c.id(), x.userId(), AUD);
        Delegation.granted(c.admin(), c.id(), x.userId(), SUP);
        Person u = member();
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        Delegation.expectDenied(Delegation.copy(c.admin(), c.id(), u.userId(), x.userId()), "D7");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()));
        // Onto someone of the auditors' organisation the same copy goes through.
        Person t = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.copy(c.admin(), c.id(), t.userId(), x.userId()).expect(200);
        assertEquals(Set.of(AUD, SUP), Delegation.roles(c.admin(), c.id(), t.userId()));
    }

    @Test
    void D5_copyIsAllOrNothing_D15() {
        Delegation.designateAuditors(auditors.id());
        Person x = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.granted(c.admin(), c.id(), x.userId(), AUD);
        Person u = Delegation.outsider(auditors, c.admin(), c.id(), false);
        Delegation.granted(c.admin(), c.id(), u.userId(), BK);
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        Delegation.expectDenied(Delegation.copy(c.admin(), c.id(), u.userId(), x.userId()), "D15");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()));
    }

    @Test
    void D5_firmMainUserIsCopiedOnlyByAFirmMainUserOrAUserAdminWhoIsTheMainUser() {
        Person x = holding(FMU, BK);
        Person u = member();
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        String rid = Delegation.requestId("copy-d5");
        JsonObject p = Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()) + "/copy",
                ua.token(), Api.object("fromUserId", x.userId()), rid), "D5");
        assertTrue(p.getString("detail").contains(FMU), p.toString());
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()));
        Delegation.expectDeniedEvent(c.admin(), c.id(), u.userId(), rid, "D5", ua.userId());

        // The main user with USER_ADMIN may.
        Delegation.copy(c.admin(), c.id(), u.userId(), x.userId()).expect(200);
        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(Set.of(FMU, BK), Delegation.roles(m));
        assertEquals("COPY", Delegation.requireGrant(m, FMU).getString("origin"));

        // A FIRM_MAIN_USER may, even without USER_ADMIN.
        Person u2 = member();
        Delegation.copy(fmu.token(), c.id(), u2.userId(), x.userId()).expect(200);
        JsonObject m2 = Delegation.membership(c.admin(), c.id(), u2.userId());
        assertEquals(Set.of(FMU, BK), Delegation.roles(m2));
        assertEquals(fmu.id(), Delegation.requireGrant(m2, FMU).getJsonNumber("grantedBy").longValue());
    }

    @Test
    void D5_firmMainUserObtainedByCopyingTheFirmsFirstUser() {
        Company firm = Delegation.company(true, true);
        Person p = firm.firstUser();
        assertEquals(Set.of(FMU, UA), Delegation.roles(firm.admin(), firm.id(), p.userId()));
        Person q = Delegation.person(firm.admin(), firm.id());
        // Never directly (D5): copying is the way.
        Delegation.expectDenied(Delegation.grant(firm.admin(), firm.id(), q.userId(), FMU), "D5");
        Delegation.copy(firm.admin(), firm.id(), q.userId(), p.userId()).expect(200);
        JsonObject m = Delegation.membership(firm.admin(), firm.id(), q.userId());
        assertEquals(Set.of(FMU, UA), Delegation.roles(m));
        assertEquals(p.id(), Delegation.requireGrant(m, FMU).getJsonNumber("copiedFrom").longValue());
        // q holds it for real: q now grants what a FIRM_MAIN_USER grants (D4).
        Person r = Delegation.member(firm.admin(), firm.id());
        Delegation.granted(q.token(), firm.id(), r.userId(), UA);
    }

    @Test
    void D1_copyingOntoYourselfIsDenied() {
        Person x = holding(BK);
        for (Person self : new Person[] {ua, f, fmu}) {
            JsonObject before = Delegation.membership(c.admin(), c.id(), self.userId());
            String rid = Delegation.requestId("copy-d1");
            Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), self.userId()) + "/copy",
                    self.token(), Api.object("fromUserId", x.userId()), rid), "D1");
            assertEquals(before, Delegation.membership(c.admin(), c.id(), self.userId()));
            Delegation.expectDeniedEvent(c.admin(), c.id(), self.userId(), rid, "D1", self.userId());
        }
    }

    @Test
    void D2_copyingIsForAdministratorsOnly() {
        Person bk = Delegation.person(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), bk.userId(), BK);
        Person x = holding(SUP);
        Person u = member();
        Delegation.expectDenied(Delegation.copy(bk.token(), c.id(), u.userId(), x.userId()), "D2");
        Delegation.expectDenied(Delegation.copy(Delegation.support(), c.id(), u.userId(), x.userId()), "D2");
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    @Test
    void copyAddsToWhatTheTargetHolds() {
        Person x = holding(SUP, BK);
        Person u = member();
        JsonObject own = Delegation.granted(ua.token(), c.id(), u.userId(), SUP);
        JsonObject body = Delegation.copy(ua.token(), c.id(), u.userId(), x.userId()).expect(200).json();
        assertEquals(1, body.getJsonArray("granted").size(), body.toString());
        assertEquals(BK, body.getJsonArray("granted").getJsonObject(0).getString("role"));
        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(Set.of(SUP, BK), Delegation.roles(m));
        JsonObject sup = Delegation.requireGrant(m, SUP);
        assertEquals("DIRECT", sup.getString("origin"), "the held grant stays as it was");
        assertEquals(own.get("grantedAt"), sup.get("grantedAt"));
    }

    @Test
    void copyBadInput() {
        Person u = member();
        Api.post(Delegation.rolesPath(c.id(), u.userId()) + "/copy", c.admin(), "{}").expectProblem(400, "invalid-input");
        Api.post(Delegation.rolesPath(c.id(), u.userId()) + "/copy", c.admin(),
                Api.object("fromUserId", holding(BK).userId(), "roles", "ALL")).expectProblem(400, "invalid-input");
        Person elsewhere = Delegation.member(auditors.admin(), auditors.id());
        Delegation.copy(c.admin(), c.id(), u.userId(), elsewhere.userId()).expectProblem(404, "not-found");
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
    }
}
