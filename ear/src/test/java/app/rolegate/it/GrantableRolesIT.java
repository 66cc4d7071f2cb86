package app.rolegate.it;

import static app.rolegate.it.Delegation.AUD;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET .../grantable-roles lists every role with {@code grantable}, and for each role not grantable the
 * rule and a reason a person understands; and it tells the truth: for each role, grantable exactly when
 * POST roles then grants it (201), otherwise POST is refused with the listed rule. Checked for several
 * actor situations and targets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantableRolesIT {
    private Company c; // payroll on
    private Company off; // payroll off
    private Company auditors;
    private Person ua;
    private Person fmu;
    private Person fmuUa;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        off = Delegation.company(false, false);
        auditors = Delegation.company(false, false);
        ua = Delegation.personWith(c, UA);
        fmu = Delegation.personWith(c, FMU);
        fmuUa = Delegation.personWith(c, FMU, UA);
    }

    @BeforeEach
    void designateAuditors() {
        Delegation.designateAuditors(auditors.id());
    }

    /** The listing, checked for form: every role once, and rule and reason wherever not grantable. */
    private static Map<String, JsonObject> listing(String token, long companyId, String userId) {
        JsonObject body = Delegation.grantable(token, companyId, userId).expect(200).json();
        Map<String, JsonObject> byRole = new LinkedHashMap<>();
        for (JsonValue v : body.getJsonArray("roles")) {
            JsonObject r = v.asJsonObject();
            assertTrue(byRole.put(r.getString("role"), r) == null, "listed twice: " + r);
            assertFalse(r.getString("abbreviation").isBlank(), r.toString());
            assertFalse(r.getString("description").isBlank(), r.toString());
            if (!r.getBoolean("grantable")) {
                assertFalse(r.getString("reason", "").isBlank(), "a reason: " + r);
                if (!r.getBoolean("held")) {
                    assertTrue(r.getString("rule", "").matches("D([1-9]|1[0-6])"), "a rule: " + r);
                }
            }
        }
        assertEquals(Set.copyOf(Delegation.ROLES), byRole.keySet(), body.toString());
        return byRole;
    }

    /**
     * For each role: the listing for a fresh target, then POST on that target: 201 exactly when listed
     * grantable, else 403 with the listed rule. Returns the roles listed grantable.
     */
    private static Set<String> listingMatchesGrants(String token, long companyId, String adminToken,
            Supplier<Person> freshTarget) {
        List<String> mismatches = new ArrayList<>();
        Set<String> grantable = new java.util.TreeSet<>();
        for (String role : Delegation.ROLES) {
            Person t = freshTarget.get();
            JsonObject entry = listing(token, companyId, t.userId()).get(role);
            // Platform support's exceptional grants name the company's main user as requester (D5, D6).
            Api.Response r = token.equals(Delegation.support())
                    ? Delegation.grantWith(token, companyId, t.userId(), Api.object("role", role, "requestedBy",
                            Scenario.mainUserOf(companyId)))
                    : Delegation.grant(token, companyId, t.userId(), role);
            if (entry.getBoolean("held")) {
                if (r.status() != 409) {
                    mismatches.add(role + " listed as held, POST answered " + r.status() + " " + r.body());
                }
            } else if (entry.getBoolean("grantable")) {
                grantable.add(role);
                if (r.status() != 201) {
                    mismatches.add(role + " listed grantable, POST answered " + r.status() + " " + r.body());
                } else {
                    assertTrue(Delegation.roles(adminToken, companyId, t.userId()).contains(role));
                }
            } else if (r.status() != 403 || !entry.getString("rule").equals(r.json().getString("rule", null))) {
                mismatches.add(role + " listed not grantable (" + entry.getString("rule") + "), POST answered "
                        + r.status() + " " + r.body());
            }
        }
        assertEquals(List.of(), mismatches);
        return grantable;
    }

    @Test
    void D3_D8_theMainUserWithUserAdmin() {
        Set<String> g = listingMatchesGrants(c.admin(), c.id(), c.admin(), () -> Delegation.member(c.admin(), c.id()));
        assertEquals(Set.of(UA, BK, PC, Delegation.SUP, Delegation.PDH), g);
        Map<String, JsonObject> l = listing(c.admin(), c.id(), Delegation.member(c.admin(), c.id()).userId());
        assertEquals("D5", l.get(FMU).getString("rule"));
        assertEquals("D7", l.get(AUD).getString("rule"));
        assertTrue(l.get(AUD).getString("reason").contains("auditors"), l.get(AUD).toString());
    }

    @Test
    void D3_aPlainUserAdmin() {
        Set<String> g = listingMatchesGrants(ua.token(), c.id(), c.admin(), () -> Delegation.member(c.admin(), c.id()));
        assertEquals(Set.of(BK, Delegation.SUP, Delegation.PDH), g);
        Map<String, JsonObject> l = listing(ua.token(), c.id(), Delegation.member(c.admin(), c.id()).userId());
        assertEquals("D3", l.get(UA).getString("rule"));
        assertEquals("D6", l.get(PC).getString("rule"));
    }

    @Test
    void D3_D7_aUserAdminForATargetOfTheAuditorsOrganisation() {
        Set<String> g = listingMatchesGrants(ua.token(), c.id(), c.admin(),
                () -> Delegation.outsider(auditors, c.admin(), c.id(), false));
        assertEquals(Set.of(BK, AUD, Delegation.SUP, Delegation.PDH), g);
    }

    @Test
    void D4_aFirmMainUserWithoutUserAdmin() {
        Set<String> g = listingMatchesGrants(fmu.token(), c.id(), c.admin(),
                () -> Delegation.outsider(auditors, c.admin(), c.id(), false));
        assertEquals(Set.of(UA, BK, Delegation.SUP, Delegation.PDH), g);
        Map<String, JsonObject> l = listing(fmu.token(), c.id(), Delegation.member(c.admin(), c.id()).userId());
        assertEquals("D6", l.get(PC).getString("rule"));
        assertEquals("D5", l.get(FMU).getString("rule"));
    }

    @Test
    void D4_aFirmMainUserWithUserAdmin() {
        Set<String> g = listingMatchesGrants(fmuUa.token(), c.id(), c.admin(),
                () -> Delegation.outsider(auditors, c.admin(), c.id(), false));
        assertEquals(Set.of(UA, BK, AUD, PC, Delegation.SUP, Delegation.PDH), g);
    }

    @Test
    void D6_payrollRolesAreNotOfferedWherePayrollIsDisabled() {
        Set<String> g = listingMatchesGrants(off.admin(), off.id(), off.admin(), () -> Delegation.member(off.admin(), off.id()));
        assertEquals(Set.of(UA, BK), g);
        Map<String, JsonObject> l = listing(off.admin(), off.id(), Delegation.member(off.admin(), off.id()).userId());
        for (String role : Delegation.PAYROLL_ROLES) {
            assertEquals("D6", l.get(role).getString("rule"), l.get(role).toString());
            assertTrue(l.get(role).getString("reason").contains("payroll"), l.get(role).toString());
        }
    }

    @Test
    void D15_forAnAuditorBookkeeperAndUserAdminAreNotOffered() {
        Supplier<Person> auditor = () -> {
            Person t = Delegation.outsider(auditors, c.admin(), c.id(), false);
            Delegation.granted(c.admin(), c.id(), t.userId(), AUD);
            return t;
        };
        Person t = auditor.get();
        Map<String, JsonObject> l = listing(c.admin(), c.id(), t.userId());
        assertEquals("D15", l.get(BK).getString("rule"));
        assertEquals("D15", l.get(UA).getString("rule"));
        assertTrue(l.get(AUD).getBoolean("held"));
        assertFalse(l.get(AUD).getBoolean("grantable"));
        Delegation.grant(c.admin(), c.id(), t.userId(), AUD).expectProblem(409, "conflict");
        Set<String> g = listingMatchesGrants(c.admin(), c.id(), c.admin(), auditor);
        assertEquals(Set.of(PC, Delegation.SUP, Delegation.PDH), g);
    }

    @Test
    void D5_D6_platformSupportIsOfferedFirmMainUserAndPayrollCalculatorOnly() {
        Set<String> g = listingMatchesGrants(Delegation.support(), c.id(), c.admin(),
                () -> Delegation.member(c.admin(), c.id()));
        assertEquals(Set.of(FMU, PC), g);
        Map<String, JsonObject> l = listing(Delegation.support(), c.id(), Delegation.member(c.admin(), c.id()).userId());
        for (String role : Delegation.ROLES) {
            if (!FMU.equals(role) && !PC.equals(role)) {
                assertEquals("D2", l.get(role).getString("rule"), l.get(role).toString());
            }
        }
    }

    @Test
    void D1_nothingIsOfferedForYourOwnMembership() {
        Map<String, JsonObject> l = listing(fmuUa.token(), c.id(), fmuUa.userId());
        for (JsonObject r : l.values()) {
            assertFalse(r.getBoolean("grantable"), r.toString());
            if (!r.getBoolean("held")) {
                assertEquals("D1", r.getString("rule"), r.toString());
            }
        }
        assertEquals(Set.of(FMU, UA), l.values().stream().filter(r -> r.getBoolean("held"))
                .map(r -> r.getString("role")).collect(Collectors.toSet()));
        Delegation.expectDenied(Delegation.grant(fmuUa.token(), c.id(), fmuUa.userId(), BK), "D1");
    }

    @Test
    void D2_onlyAdministratorsAskWhatIsGrantable() {
        Person bk = Delegation.person(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), bk.userId(), BK);
        Person t = Delegation.member(c.admin(), c.id());
        Delegation.expectDenied(Delegation.grantable(bk.token(), c.id(), t.userId()), "D2");
        // An administrator of another company learns nothing of this one (2.1).
        Delegation.grantable(off.admin(), c.id(), t.userId()).expectProblem(404, "not-found");
        Delegation.grantable(c.admin(), c.id(), "nobody." + Delegation.identityCode()).expectProblem(404, "not-found");
        Person elsewhere = Delegation.member(off.admin(), off.id());
        Delegation.grantable(c.admin(), c.id(), elsewhere.userId()).expectProblem(404, "not-found");
    }
}
