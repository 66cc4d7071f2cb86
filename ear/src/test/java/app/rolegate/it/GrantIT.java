package app.rolegate.it;

import static app.rolegate.it.Delegation.AUD;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.PDH;
import static app.rolegate.it.Delegation.SUP;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * POST and DELETE /companies/{cid}/members/{uid}/roles against the real server: the grant's scope,
 * cost centre and validity, bad input (400), unknown roles, roles already held (409), revocation by
 * symmetry (D9) and 404 when not held, non-cascading revocation (D16), separation of duty (D15), the
 * auditor rule (D7) and the payroll rules (D6).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantIT {
    private Company c;
    private Person f; // main user with USER_ADMIN
    private Person ua; // USER_ADMIN, not the main user
    private Person fmu; // FIRM_MAIN_USER only
    private Person fmuUa; // FIRM_MAIN_USER and USER_ADMIN
    private Company auditors;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        f = c.firstUser();
        ua = Delegation.personWith(c, UA);
        fmu = Delegation.personWith(c, FMU);
        fmuUa = Delegation.personWith(c, FMU, UA);
        auditors = Delegation.company(false, false);
        Register.costCentre(c.admin(), c.id(), "K100");
        Register.costCentre(c.admin(), c.id(), "K1");
    }

    private Person member() {
        return Delegation.member(c.admin(), c.id());
    }

    private Person auditorCandidate() {
        return Delegation.outsider(auditors, c.admin(), c.id(), false);
    }

    // ---------------------------------------------------------------- the grant itself

    @Test
    void D3_grantCarriesScopeCostCentreAndValidity() {
        Person u = member();
        LocalDate from = LocalDate.now();
        LocalDate to = from.plusDays(30);
        String rid = Delegation.requestId("grant");
        JsonObject g = Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), c.admin(),
                Api.object("role", Delegation.SUP, "scope", "COST_CENTRE", "costCentre", "K100", "validFrom", from,
                        "validTo", to), rid).expect(201).json();
        assertEquals(Delegation.SUP, g.getString("role"));
        assertEquals("COST_CENTRE", g.getString("scope"));
        assertEquals("K100", g.getString("costCentre"));
        assertEquals(from.toString(), g.getString("validFrom"));
        assertEquals(to.toString(), g.getString("validTo"));
        assertEquals(f.id(), g.getJsonNumber("grantedBy").longValue());
        assertEquals("DIRECT", g.getString("origin"));
        assertFalse(g.getString("grantedAt").isBlank());

        JsonObject held = Delegation.requireGrant(Delegation.membership(c.admin(), c.id(), u.userId()), Delegation.SUP);
        for (String field : List.of("role", "scope", "costCentre", "validFrom", "validTo", "grantedBy", "origin", "grantedAt")) {
            assertEquals(g.get(field), held.get(field), field);
        }
        JsonObject e = Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D3", f.userId());
        assertEquals("role.grant", e.getString("action"));
    }

    @Test
    void D3_defaultScopeIsTheCompanyAndHierarchyForSupervisorAndPersonalDataHandler() {
        Person u = member();
        assertEquals("COMPANY", Delegation.granted(c.admin(), c.id(), u.userId(), BK).getString("scope"));
        assertEquals("HIERARCHY", Delegation.granted(c.admin(), c.id(), u.userId(), SUP).getString("scope"));
        assertEquals("HIERARCHY", Delegation.granted(c.admin(), c.id(), u.userId(), PDH).getString("scope"));
        JsonObject explicit = Delegation.grantWith(c.admin(), c.id(), member().userId(),
                Api.object("role", SUP, "scope", "COMPANY")).expect(201).json();
        assertEquals("COMPANY", explicit.getString("scope"));
    }

    @Test
    void grantValidFromTomorrowDoesNotCountToday() {
        Person u = Delegation.person(c.admin(), c.id());
        JsonObject g = Delegation.grantWith(c.admin(), c.id(), u.userId(),
                Api.object("role", UA, "validFrom", LocalDate.now().plusDays(1))).expect(201).json();
        assertEquals(LocalDate.now().plusDays(1).toString(), g.getString("validFrom"));
        // Not valid today: the role does not count, so u administers nothing yet (D2).
        Delegation.expectDenied(Delegation.grant(u.token(), c.id(), member().userId(), BK), "D2");
    }

    @Test
    void costCentreScopeWithoutCostCentreIs400AndGrantsNothing() {
        Person u = member();
        String sup = Delegation.SUP;
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        JsonObject p = Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", sup, "scope", "COST_CENTRE"))
                .expectInvalid("costCentre");
        assertTrue(p.getString("detail").contains("costCentre"), p.toString());
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", sup, "scope", "COST_CENTRE", "costCentre", " "))
                .expectInvalid("costCentre");
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", sup, "scope", "COMPANY", "costCentre", "K1"))
                .expectInvalid("costCentre");
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", BK, "costCentre", "K1"))
                .expectProblem(400, "invalid-input");
        // D17: only the roles that follow employees take another scope than the whole company.
        for (String role : List.of(BK, UA, Delegation.PC)) {
            for (String scope : List.of("COST_CENTRE", "HIERARCHY")) {
                Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", role, "scope", scope,
                        "costCentre", "COST_CENTRE".equals(scope) ? "K1" : null)).expectInvalid("scope");
            }
        }
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", BK, "scope", "DEPARTMENT"))
                .expectProblem(400, "invalid-input");
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", BK, "validFrom", LocalDate.now(),
                "validTo", LocalDate.now().minusDays(1))).expectProblem(400, "invalid-input");
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("scope", "COMPANY")).expectProblem(400, "invalid-input");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()), "bad input changes nothing");
    }

    @Test
    void D17_aCostCentreScopeNamesOneOfTheCompanysCostCentres_anUnknownOneIs400AndGrantsNothing() {
        Person u = member();
        Company other = Delegation.company(false, true);
        Register.costCentre(other.admin(), other.id(), "K-ELSEWHERE");
        JsonObject before = Delegation.membership(c.admin(), c.id(), u.userId());
        for (String code : List.of("K-NOWHERE", "K-ELSEWHERE", "k100")) {
            JsonObject p = Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", SUP, "scope",
                    "COST_CENTRE", "costCentre", code)).expectInvalid("costCentre");
            assertTrue(p.getString("detail").startsWith("D17: the company has no cost centre " + code), p.toString());
        }
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", SUP, "scope", "COST_CENTRE",
                "costCentre", "K 100")).expectInvalid("costCentre");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), u.userId()), "bad input changes nothing");
        // Someone who may not grant learns nothing about the company's cost centres: the refusal comes first.
        Person plain = Delegation.person(c.admin(), c.id());
        Api.Response r = Delegation.grantWith(Delegation.token(plain.userId()), c.id(), u.userId(),
                Api.object("role", SUP, "scope", "COST_CENTRE", "costCentre", "K-NOWHERE"));
        assertEquals(403, r.status(), r.body());
        // The existing code is granted.
        Delegation.grantWith(c.admin(), c.id(), u.userId(), Api.object("role", SUP, "scope", "COST_CENTRE",
                "costCentre", "K100")).expect(201);
    }

    @Test
    void unknownRoleIs400() {
        Person u = member();
        JsonObject p = Delegation.grant(c.admin(), c.id(), u.userId(), "CHIEF_EXECUTIVE").expectProblem(400, "invalid-input");
        assertTrue(p.getString("detail").contains("CHIEF_EXECUTIVE"), p.toString());
        Delegation.grant(c.admin(), c.id(), u.userId(), "bookkeeper").expectProblem(400, "invalid-input");
        Delegation.revoke(c.admin(), c.id(), u.userId(), "CHIEF_EXECUTIVE").expectProblem(400, "invalid-input");
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    @Test
    void roleAlreadyHeldIs409() {
        Person u = member();
        Delegation.granted(c.admin(), c.id(), u.userId(), BK);
        Delegation.grant(c.admin(), c.id(), u.userId(), BK).expectProblem(409, "conflict");
        Delegation.grant(ua.token(), c.id(), u.userId(), BK).expectProblem(409, "conflict");
        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(1, m.getJsonArray("roles").size(), m.toString());
    }

    @Test
    void grantToANonMemberIs404AndToAnUnknownCompanyIs404() {
        Person elsewhere = Delegation.member(auditors.admin(), auditors.id());
        Delegation.grant(c.admin(), c.id(), elsewhere.userId(), BK).expectProblem(404, "not-found");
        Delegation.grant(c.admin(), c.id(), "nobody." + Delegation.identityCode(), BK).expectProblem(404, "not-found");
        Delegation.grant(c.admin(), 987_654_321L, member().userId(), BK).expectProblem(404, "not-found");
    }

    // ---------------------------------------------------------------- revoking (D9)

    @Test
    void D9_revokingIsAllowedToWhoeverCouldGrant() {
        Person u = member();
        // A plain USER_ADMIN grants and revokes BOOKKEEPER (D3).
        Delegation.granted(ua.token(), c.id(), u.userId(), BK);
        String rid = Delegation.requestId("revoke");
        Delegation.send("DELETE", Delegation.rolesPath(c.id(), u.userId()) + "/" + BK, ua.token(), null, rid).expect(204);
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
        JsonObject e = Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D9", ua.userId());
        assertEquals("role.revoke", e.getString("action"));

        // USER_ADMIN: the plain USER_ADMIN can neither grant nor revoke it (D3); the main user can both.
        Delegation.expectDenied(Delegation.grant(ua.token(), c.id(), u.userId(), UA), "D3");
        Delegation.granted(c.admin(), c.id(), u.userId(), UA);
        Delegation.expectDenied(Delegation.revoke(ua.token(), c.id(), u.userId(), UA), "D3");
        assertEquals(Set.of(UA), Delegation.roles(c.admin(), c.id(), u.userId()));
        Delegation.revoke(c.admin(), c.id(), u.userId(), UA).expect(204);

        // PAYROLL_CALCULATOR: granted by the main user with USER_ADMIN, not revocable by a plain USER_ADMIN (D6).
        Delegation.granted(c.admin(), c.id(), u.userId(), PC);
        Delegation.expectDenied(Delegation.revoke(ua.token(), c.id(), u.userId(), PC), "D6");
        Delegation.revoke(fmuUa.token(), c.id(), u.userId(), PC).expect(204);

        // FIRM_MAIN_USER: only another FIRM_MAIN_USER (or support) revokes it, not USER_ADMIN, not the main user.
        Delegation.supportGrantsFirmMainUser(c.id(), u.userId());
        Delegation.expectDenied(Delegation.revoke(ua.token(), c.id(), u.userId(), FMU), "D9");
        Delegation.expectDenied(Delegation.revoke(c.admin(), c.id(), u.userId(), FMU), "D9");
        Delegation.revoke(fmu.token(), c.id(), u.userId(), FMU).expect(204);
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    @Test
    void D9_auditorIsRevokedOnlyByAUserAdmin() {
        Delegation.designateAuditors(auditors.id());
        Person t = auditorCandidate();
        Delegation.granted(c.admin(), c.id(), t.userId(), AUD);
        Delegation.expectDenied(Delegation.revoke(fmu.token(), c.id(), t.userId(), AUD), "D7");
        Delegation.revoke(ua.token(), c.id(), t.userId(), AUD).expect(204);
    }

    @Test
    void revokingARoleNotHeldIs404() {
        Person u = member();
        Delegation.granted(c.admin(), c.id(), u.userId(), SUP);
        Delegation.revoke(c.admin(), c.id(), u.userId(), BK).expectProblem(404, "not-found");
        Delegation.revoke(c.admin(), c.id(), u.userId(), SUP).expect(204);
        Delegation.revoke(c.admin(), c.id(), u.userId(), SUP).expectProblem(404, "not-found");
    }

    @Test
    void D2_aMemberWithoutAdministrativeRoleNeitherGrantsNorRevokes() {
        Person bk = Delegation.person(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), bk.userId(), BK);
        Person u = member();
        Delegation.granted(c.admin(), c.id(), u.userId(), SUP);
        Delegation.expectDenied(Delegation.grant(bk.token(), c.id(), u.userId(), BK), "D2");
        Delegation.expectDenied(Delegation.revoke(bk.token(), c.id(), u.userId(), SUP), "D2");
        assertEquals(Set.of(SUP), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    // ---------------------------------------------------------------- D16

    @Test
    void D16_grantsStayWhenTheGrantorLosesUserAdmin() {
        Person a = Delegation.person(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), a.userId(), UA);
        Person u = member();
        String rid = Delegation.requestId("d16");
        Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), a.token(), Api.object("role", BK), rid).expect(201);

        Delegation.revoke(c.admin(), c.id(), a.userId(), UA).expect(204);
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), a.userId()));

        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(Set.of(BK), Delegation.roles(m), "revocation does not cascade");
        assertEquals(a.id(), Delegation.requireGrant(m, BK).getJsonNumber("grantedBy").longValue());
        JsonObject e = Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D3", a.userId());
        assertEquals(a.id(), e.getJsonNumber("actorId").longValue());
        assertTrue(e.getString("after").contains("\"grantedBy\":" + a.id()), e.toString());

        // A holds nothing now: A grants nothing any more, while A's grant stays.
        Delegation.expectDenied(Delegation.grant(a.token(), c.id(), member().userId(), BK), "D2");
        assertEquals(Set.of(BK), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    @Test
    void D16_grantsStayWhenTheGrantorsMembershipIsRemoved() {
        Person a = Delegation.outsider(auditors, c.admin(), c.id(), true);
        Delegation.granted(c.admin(), c.id(), a.userId(), UA);
        Person u = member();
        Delegation.granted(a.token(), c.id(), u.userId(), SUP);
        Api.delete(Delegation.memberPath(c.id(), a.userId()), c.admin()).expect(200);
        Api.get(Delegation.memberPath(c.id(), a.userId()), c.admin()).expectProblem(404, "not-found");
        JsonObject m = Delegation.membership(c.admin(), c.id(), u.userId());
        assertEquals(a.id(), Delegation.requireGrant(m, SUP).getJsonNumber("grantedBy").longValue());
    }

    // ---------------------------------------------------------------- D15, D7

    @Test
    void D15_anAuditorGetsNeitherBookkeeperNorUserAdmin() {
        Delegation.designateAuditors(auditors.id());
        Person t = auditorCandidate();
        Delegation.granted(c.admin(), c.id(), t.userId(), AUD);
        JsonObject before = Delegation.membership(c.admin(), c.id(), t.userId());
        for (String role : List.of(BK, UA)) {
            String rid = Delegation.requestId("d15");
            JsonObject p = Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), t.userId()),
                    c.admin(), Api.object("role", role), rid), "D15");
            assertTrue(p.getString("detail").contains(AUD), p.toString());
            Delegation.expectDeniedEvent(c.admin(), c.id(), t.userId(), rid, "D15", f.userId());
        }
        Delegation.expectDenied(Delegation.grant(fmuUa.token(), c.id(), t.userId(), UA), "D15");
        assertEquals(before, Delegation.membership(c.admin(), c.id(), t.userId()));
        // Other roles are not exclusive with AUDITOR.
        Delegation.granted(c.admin(), c.id(), t.userId(), SUP);

        // And the other way round: a bookkeeper does not become the auditor.
        Person b = auditorCandidate();
        Delegation.granted(c.admin(), c.id(), b.userId(), BK);
        Delegation.expectDenied(Delegation.grant(c.admin(), c.id(), b.userId(), AUD), "D15");
        assertEquals(Set.of(BK), Delegation.roles(c.admin(), c.id(), b.userId()));
    }

    @Test
    void D7_auditorOnlyToUsersWhosePrimaryCompanyIsTheAuditorsOrganisation() {
        Delegation.designateAuditors(auditors.id());
        Person inside = member();
        String rid = Delegation.requestId("d7");
        JsonObject p = Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), inside.userId()),
                c.admin(), Api.object("role", AUD), rid), "D7");
        assertTrue(p.getString("detail").contains("auditors"), p.toString());
        Delegation.expectDeniedEvent(c.admin(), c.id(), inside.userId(), rid, "D7", f.userId());
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), inside.userId()));

        Person t = auditorCandidate();
        JsonObject g = Delegation.granted(ua.token(), c.id(), t.userId(), AUD);
        assertEquals(ua.id(), g.getJsonNumber("grantedBy").longValue());
        Delegation.granted(fmuUa.token(), c.id(), auditorCandidate().userId(), AUD);
        // Only a holder of USER_ADMIN grants AUDITOR: a FIRM_MAIN_USER without it does not.
        Delegation.expectDenied(Delegation.grant(fmu.token(), c.id(), auditorCandidate().userId(), AUD), "D7");

        // The designation decides: once another company is the auditors' organisation, the old one's people are out.
        Person oldOrg = auditorCandidate();
        Company other = Delegation.company(false, false);
        Delegation.designateAuditors(other.id());
        try {
            Delegation.expectDenied(Delegation.grant(c.admin(), c.id(), oldOrg.userId(), AUD), "D7");
            Person newOrg = Delegation.outsider(other, c.admin(), c.id(), false);
            Delegation.granted(c.admin(), c.id(), newOrg.userId(), AUD);
        } finally {
            Delegation.designateAuditors(auditors.id());
        }
    }

    @Test
    void D7_aPrimaryCompanyMovedToTheAuditorsOrganisationMakesAnAuditorCandidate() {
        Delegation.designateAuditors(auditors.id());
        // D14: support moves a member's primary company to the auditors' organisation at its USER_ADMIN's request.
        Person u = Delegation.member(c.admin(), c.id());
        Delegation.expectDenied(Delegation.grant(c.admin(), c.id(), u.userId(), AUD), "D7");
        // The auditors' organisation cannot see u (D2): u is to it as one that does not exist (2.1).
        Api.put(Delegation.memberPath(auditors.id(), u.userId()), auditors.admin(), "{}").expectProblem(404, "not-found");
        // The auditors' organisation cannot see u (D11): authorise u there by c's main user, who is made an admin there.
        Person bridge = Delegation.outsider(auditors, c.admin(), c.id(), true);
        Delegation.granted(c.admin(), c.id(), bridge.userId(), UA);
        Delegation.granted(auditors.admin(), auditors.id(), bridge.userId(), UA);
        Api.put(Delegation.memberPath(auditors.id(), u.userId()), bridge.token(), "{}").expect(201);
        Delegation.movePrimary(u, auditors.id(), auditors.firstUser().userId());
        Delegation.granted(c.admin(), c.id(), u.userId(), AUD);
    }

    // ---------------------------------------------------------------- D6

    @Test
    void D6_payrollCalculatorOnlyByFirmMainUserOrMainUserWhoAlsoHoldUserAdmin() {
        Delegation.expectDenied(Delegation.grant(ua.token(), c.id(), member().userId(), PC), "D6");
        Delegation.expectDenied(Delegation.grant(fmu.token(), c.id(), member().userId(), PC), "D6");
        Delegation.granted(fmuUa.token(), c.id(), member().userId(), PC);
        Delegation.granted(c.admin(), c.id(), member().userId(), PC);
    }

    @Test
    void D6_D8_theMainUserWithUserAdminGrantsPayrollCalculatorAndAFormerMainUserNoLonger() {
        Company k = Delegation.company(false, true);
        Person m = Delegation.person(k.admin(), k.id());
        Delegation.granted(k.admin(), k.id(), m.userId(), UA);
        Delegation.expectDenied(Delegation.grant(m.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), PC), "D6");
        Delegation.expectDenied(Delegation.grant(m.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), UA), "D3");

        JsonObject company = Api.put(Api.V1 + "/companies/" + k.id() + "/main-user", k.admin(), Api.object("userId", m.userId()))
                .expect(200).json();
        assertEquals(m.id(), company.getJsonNumber("mainUserId").longValue());
        Delegation.granted(m.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), PC);
        Delegation.granted(m.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), UA);
        // The first user still holds USER_ADMIN but is no longer the main user.
        Delegation.expectDenied(Delegation.grant(k.admin(), k.id(), Delegation.member(k.admin(), k.id()).userId(), PC), "D6");
        Delegation.expectDenied(Delegation.grant(k.admin(), k.id(), Delegation.member(k.admin(), k.id()).userId(), UA), "D3");

        // A main user holding FIRM_MAIN_USER but not USER_ADMIN does not grant PAYROLL_CALCULATOR either (D6).
        Person firmMain = Delegation.person(k.admin(), k.id());
        Delegation.supportGrantsFirmMainUser(k.id(), firmMain.userId());
        Api.put(Api.V1 + "/companies/" + k.id() + "/main-user", m.token(), Api.object("userId", firmMain.userId()))
                .expect(200);
        Delegation.expectDenied(Delegation.grant(firmMain.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), PC),
                "D6");
        Delegation.granted(firmMain.token(), k.id(), Delegation.member(k.admin(), k.id()).userId(), BK);
    }

    @Test
    void D6_payrollRolesAreUnavailableWherePayrollIsDisabled() {
        Company off = Delegation.company(false, false);
        Person u = Delegation.member(off.admin(), off.id());
        for (String role : List.of(PC, SUP, PDH)) {
            String rid = Delegation.requestId("d6");
            JsonObject p = Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(off.id(), u.userId()),
                    off.admin(), Api.object("role", role), rid), "D6");
            assertTrue(p.getString("detail").contains("payroll"), p.toString());
            Delegation.expectDeniedEvent(off.admin(), off.id(), u.userId(), rid, "D6", off.firstUser().userId());
        }
        assertEquals(Set.of(), Delegation.roles(off.admin(), off.id(), u.userId()));
        Api.put(Delegation.memberPath(off.id(), u.userId()), off.admin(), Api.object("payrollProfile", "ALL_RIGHTS"))
                .expectProblem(400, "invalid-input");
        // The company's other roles are there.
        Delegation.granted(off.admin(), off.id(), u.userId(), BK);
    }
}
