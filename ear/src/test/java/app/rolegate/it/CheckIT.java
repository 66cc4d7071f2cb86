package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Delegation.AUD;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.PC;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * POST /check (SPEC 3) against the real server: permissions from profiles, overrides and roles, the
 * reasons, who may ask, bad input, and that a change (revoking a role, ending a membership, deactivating
 * the user, losing the primary company) is answered on the very next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckIT {
    private Company c; // payroll and CRM on
    private Company auditors;
    private String admin; // main user with USER_ADMIN

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        admin = c.admin();
        auditors = Delegation.company(false, false);
    }

    private Person member(Object... terms) {
        return Delegation.member(admin, c.id(), Delegation.terms(terms));
    }

    private JsonObject verdict(String userId, String permission) {
        return Delegation.checked(admin, userId, c.id(), permission);
    }

    private void assertAllowed(boolean expected, String userId, String permission) {
        JsonObject v = verdict(userId, permission);
        assertEquals(expected, v.getBoolean("allowed"), permission + " for " + userId + ": " + v);
    }

    private static String reasons(JsonObject v) {
        return v.getJsonArray("reasons").toString();
    }

    @Test
    void accountingReadByProfileOrByAuditor() {
        assertAllowed(true, member("accountingProfile", "ALL_RIGHTS").userId(), "accounting.read");
        assertAllowed(true, member("accountingProfile", "COMPANY_USER").userId(), "accounting.read");
        Person search = member("accountingProfile", "SEARCH");
        JsonObject denied = verdict(search.userId(), "accounting.read");
        assertFalse(denied.getBoolean("allowed"));
        assertTrue(reasons(denied).contains("SEARCH"), reasons(denied));
        assertAllowed(true, search.userId(), "accounting.search");
        assertAllowed(false, member().userId(), "accounting.search");

        Delegation.designateAuditors(auditors.id());
        Person auditor = Delegation.outsider(auditors, admin, c.id(), false);
        assertAllowed(false, auditor.userId(), "accounting.read");
        Delegation.granted(admin, c.id(), auditor.userId(), AUD);
        JsonObject v = verdict(auditor.userId(), "accounting.read");
        assertTrue(v.getBoolean("allowed"), v.toString());
        assertTrue(reasons(v).contains(AUD), reasons(v));
        assertAllowed(false, auditor.userId(), "accounting.edit");
        assertAllowed(true, auditor.userId(), "audit.read");
    }

    @Test
    void accountingEditAndLedgers() {
        Person all = member("accountingProfile", "ALL_RIGHTS");
        JsonObject v = verdict(all.userId(), "accounting.edit");
        assertTrue(v.getBoolean("allowed"));
        assertTrue(reasons(v).contains("ALL_RIGHTS"), reasons(v));
        // COMPANY_USER: as ALL_RIGHTS but read-only in base accounting (SPEC 3, revision 2): the ledgers, not the books.
        Person companyUser = member("accountingProfile", "COMPANY_USER");
        assertAllowed(false, companyUser.userId(), "accounting.edit");
        assertAllowed(true, companyUser.userId(), "sales-ledger.edit");
        assertAllowed(true, companyUser.userId(), "purchase-ledger.edit");
        Person sales = member("accountingProfile", "SALES_LEDGER");
        assertAllowed(true, sales.userId(), "sales-ledger.edit");
        assertAllowed(false, sales.userId(), "purchase-ledger.edit");
        Person ledger = member("accountingProfile", "LEDGER");
        assertAllowed(true, ledger.userId(), "sales-ledger.edit");
        assertAllowed(true, ledger.userId(), "purchase-ledger.edit");
        assertAllowed(false, ledger.userId(), "accounting.edit");
    }

    @Test
    void aCustomOverrideWinsOverTheProfile() {
        Person u = member("accountingProfile", "ALL_RIGHTS", "overrides", Delegation.terms("accounting.edit", "NONE"));
        JsonObject v = verdict(u.userId(), "accounting.edit");
        assertFalse(v.getBoolean("allowed"), v.toString());
        assertTrue(reasons(v).contains("override"), reasons(v));
        assertAllowed(true, u.userId(), "accounting.read"); // other keys keep the profile

        Person none = member("accountingProfile", "NONE", "overrides", Delegation.terms("accounting.read", "READ",
                "crm.admin", "EDIT"));
        assertAllowed(true, none.userId(), "accounting.read");
        assertAllowed(false, none.userId(), "accounting.edit");
        assertAllowed(true, none.userId(), "crm.admin");

        // Changing the override through PUT member changes the next answer.
        Api.put(Delegation.memberPath(c.id(), u.userId()), admin, Api.object("overrides", Delegation.terms())).expect(200);
        assertAllowed(true, u.userId(), "accounting.edit");
    }

    @Test
    void usersManageByUserAdminOrFirmMainUser() {
        assertAllowed(true, c.firstUser().userId(), "users.manage");
        Person fmu = Delegation.member(admin, c.id());
        Delegation.supportGrantsFirmMainUser(c.id(), fmu.userId());
        JsonObject v = verdict(fmu.userId(), "users.manage");
        assertTrue(v.getBoolean("allowed"));
        assertTrue(reasons(v).contains("FIRM_MAIN_USER"), reasons(v));
        JsonObject no = verdict(member("accountingProfile", "ALL_RIGHTS").userId(), "users.manage");
        assertFalse(no.getBoolean("allowed"));
        assertTrue(reasons(no).contains(UA), reasons(no));
    }

    @Test
    void aGrantCountsOnlyWithinItsValidity() {
        Person u = member();
        Delegation.grantWith(admin, c.id(), u.userId(), Api.object("role", BK, "validFrom", LocalDate.now().plusDays(1)))
                .expect(201);
        assertAllowed(false, u.userId(), "accounting.advanced");
        // D17: a grant wholly in the past is refused; that an ended grant counts for nothing is RoleCountsIT's.
        Person v = member();
        Delegation.grantWith(admin, c.id(), v.userId(), Api.object("role", BK, "validFrom", LocalDate.now().minusDays(10),
                "validTo", LocalDate.now().minusDays(1))).expectInvalid("validTo");
        assertAllowed(false, v.userId(), "accounting.advanced");
        Person w = member();
        Delegation.grantWith(admin, c.id(), w.userId(), Api.object("role", BK, "validTo", LocalDate.now())).expect(201);
        assertAllowed(true, w.userId(), "accounting.advanced");
    }

    @Test
    void accountingAdvancedByBookkeeper() {
        Person u = member("accountingProfile", "ALL_RIGHTS");
        assertAllowed(false, u.userId(), "accounting.advanced");
        Delegation.granted(admin, c.id(), u.userId(), BK);
        JsonObject v = verdict(u.userId(), "accounting.advanced");
        assertTrue(v.getBoolean("allowed"));
        assertTrue(reasons(v).contains(BK), reasons(v));
    }

    @Test
    void payrollCalculateNeedsPayrollCalculatorAndPayrollProfileAllRights() {
        Person both = member("payrollProfile", "ALL_RIGHTS");
        assertAllowed(false, both.userId(), "payroll.calculate");
        Delegation.granted(admin, c.id(), both.userId(), PC);
        assertAllowed(true, both.userId(), "payroll.calculate");

        Person browse = member("payrollProfile", "BROWSE");
        Delegation.granted(admin, c.id(), browse.userId(), PC);
        JsonObject v = verdict(browse.userId(), "payroll.calculate");
        assertFalse(v.getBoolean("allowed"));
        assertTrue(reasons(v).contains("ALL_RIGHTS"), reasons(v));
        assertAllowed(true, browse.userId(), "payroll.read");
        assertAllowed(false, member().userId(), "payroll.read");
    }

    @Test
    void crmLevels() {
        Map<String, List<Boolean>> expected = Map.of(
                "NONE", List.of(false, false, false, false),
                "BROWSE", List.of(true, false, false, false),
                "PROCESSING", List.of(true, true, false, false),
                "MANAGER", List.of(true, true, true, false),
                "ADMINISTRATION", List.of(true, true, true, true));
        List<String> permissions = List.of("crm.read", "crm.process", "crm.templates", "crm.admin");
        expected.forEach((profile, answers) -> {
            Person u = member("crmProfile", profile);
            for (int i = 0; i < permissions.size(); i++) {
                assertAllowed(answers.get(i), u.userId(), permissions.get(i));
            }
        });
    }

    @Test
    void auditReadByAuditorOrUserAdmin() {
        assertAllowed(true, c.firstUser().userId(), "audit.read");
        Person bk = member("accountingProfile", "ALL_RIGHTS");
        Delegation.granted(admin, c.id(), bk.userId(), BK);
        assertAllowed(false, bk.userId(), "audit.read");
    }

    @Test
    void whoMayAsk() {
        Person u = Delegation.person(admin, c.id(), Delegation.terms("accountingProfile", "ALL_RIGHTS"));
        Person other = member("accountingProfile", "ALL_RIGHTS");
        // U about U.
        assertTrue(Delegation.checked(u.token(), u.userId(), c.id(), "accounting.read").getBoolean("allowed"));
        // Not about others, while U holds no administrative role.
        Delegation.check(u.token(), other.userId(), c.id(), "accounting.read").expectProblem(403, "access-denied");
        // USER_ADMIN, FIRM_MAIN_USER, AUDITOR of C about anyone in C.
        Person ua = Delegation.person(admin, c.id());
        Delegation.granted(admin, c.id(), ua.userId(), UA);
        Person fmu = Delegation.person(admin, c.id());
        Delegation.supportGrantsFirmMainUser(c.id(), fmu.userId());
        Delegation.designateAuditors(auditors.id());
        Person auditor = Delegation.outsider(auditors, admin, c.id(), true);
        Delegation.granted(admin, c.id(), auditor.userId(), AUD);
        for (Person asker : List.of(ua, fmu, auditor)) {
            assertTrue(Delegation.checked(asker.token(), other.userId(), c.id(), "accounting.read").getBoolean("allowed"),
                    asker.userId());
        }
        // A BOOKKEEPER is no asker, nor is support; the USER_ADMIN of another company learns nothing of C (2.1).
        Person bk = Delegation.person(admin, c.id());
        Delegation.granted(admin, c.id(), bk.userId(), BK);
        Delegation.check(bk.token(), other.userId(), c.id(), "accounting.read").expectProblem(403, "access-denied");
        Delegation.check(auditors.admin(), other.userId(), c.id(), "accounting.read").expectProblem(404, "not-found");
        Delegation.check(Delegation.support(), other.userId(), c.id(), "accounting.read").expectProblem(403, "access-denied");
        // The auditor asks in C, not in the auditors' organisation where it holds nothing.
        Delegation.check(auditor.token(), auditors.firstUser().userId(), auditors.id(), "accounting.read")
                .expectProblem(403, "access-denied");
    }

    /** The asker's roles count as the subject's do: valid grant, valid membership, on the day asked. */
    @Test
    void anAskersRoleCountsOnlyWithinItsValidity() {
        Person other = member("accountingProfile", "ALL_RIGHTS");
        Person early = Delegation.person(admin, c.id());
        Delegation.grantWith(admin, c.id(), early.userId(), Api.object("role", UA, "validFrom",
                LocalDate.now().plusDays(1))).expect(201);
        Delegation.check(early.token(), other.userId(), c.id(), "accounting.read").expectProblem(403, "access-denied");

        Person current = Delegation.person(admin, c.id());
        Delegation.grantWith(admin, c.id(), current.userId(), Api.object("role", UA, "validTo", LocalDate.now()))
                .expect(201);
        assertTrue(Delegation.checked(current.token(), other.userId(), c.id(), "accounting.read").getBoolean("allowed"));
        // Its membership in C, its primary company, ended yesterday: the account is refused every request (2.1, D9).
        Api.put(Delegation.memberPath(c.id(), current.userId()) + "?confirmPrimary=true", admin, Api.object("validTo",
                LocalDate.now().minusDays(1))).expect(200);
        Delegation.check(current.token(), other.userId(), c.id(), "accounting.read").expectProblem(401, "unauthorized");
    }

    @Test
    void anAdministratorLearnsNothingOfAccountsOutsideTheCompany() {
        String outside = auditors.firstUser().userId(); // exists, and is no member of C
        String unknown = "nobody-" + outside;
        JsonObject aboutOutside = verdict(outside, "accounting.read");
        JsonObject aboutUnknown = verdict(unknown, "accounting.read");
        assertFalse(aboutOutside.getBoolean("allowed"), aboutOutside.toString());
        assertFalse(aboutUnknown.getBoolean("allowed"), aboutUnknown.toString());
        // The same answer but for the name asked about: no way to tell which account exists.
        assertEquals(reasons(aboutOutside).replace(outside, "X"), reasons(aboutUnknown).replace(unknown, "X"));
        // A portal's service client is trusted platform-wide: an unknown account is a 404 for it.
        String portal = Api.post(V1 + "/auth/token", null, Api.object("clientId", "it-portal", "clientSecret",
                Api.supportPassword())).expect(200).json().getString("accessToken");
        Delegation.check(portal, unknown, c.id(), "accounting.read").expectProblem(404, "not-found");
        assertFalse(Delegation.checked(portal, outside, c.id(), "accounting.read").getBoolean("allowed"));
    }

    @Test
    void badInput() {
        Person u = member("accountingProfile", "ALL_RIGHTS");
        JsonObject p = Delegation.check(admin, u.userId(), c.id(), "accounting.teleport").expectProblem(400, "invalid-input");
        assertTrue(p.getString("detail").contains("accounting.teleport"), p.toString());
        Api.post(V1 + "/check", admin, Api.object("userId", u.userId(), "companyId", c.id())).expectProblem(400, "invalid-input");
        Api.post(V1 + "/check", admin, Api.object("userId", u.userId(), "companyId", "one", "permission", "accounting.read"))
                .expectProblem(400, "invalid-input");
        Api.post(V1 + "/check", admin, Api.object("userId", u.userId(), "companyId", c.id(), "permission",
                "accounting.read", "extra", true)).expectProblem(400, "invalid-input");
        Api.post(V1 + "/check", admin, Api.object("userId", u.userId(), "companyId", c.id(), "permission", "time.approve"))
                .expectProblem(400, "invalid-input");
        Api.post(V1 + "/check", null, Api.object("userId", u.userId(), "companyId", c.id(), "permission", "accounting.read"))
                .expectProblem(401, "unauthorized");
    }

    @Test
    void revokingARoleChangesTheVeryNextAnswer() {
        Person u = member();
        Delegation.granted(admin, c.id(), u.userId(), BK);
        assertAllowed(true, u.userId(), "accounting.advanced");
        Delegation.revoke(admin, c.id(), u.userId(), BK).expect(204);
        assertAllowed(false, u.userId(), "accounting.advanced");
    }

    @Test
    void endingTheMembershipChangesTheVeryNextAnswer() {
        Person u = member("accountingProfile", "ALL_RIGHTS");
        assertAllowed(true, u.userId(), "accounting.read");
        Api.put(Delegation.memberPath(c.id(), u.userId()) + "?confirmPrimary=true", admin,
                Api.object("validTo", LocalDate.now().minusDays(1))).expect(200);
        JsonObject v = verdict(u.userId(), "accounting.read");
        assertFalse(v.getBoolean("allowed"), v.toString());
        assertTrue(reasons(v).contains("not valid"), reasons(v));
        Api.put(Delegation.memberPath(c.id(), u.userId()), admin, Api.object("validTo", null)).expect(200);
        assertAllowed(true, u.userId(), "accounting.read");
    }

    @Test
    void aValidityStartingTomorrowDoesNotCountToday() {
        Person u = member("accountingProfile", "ALL_RIGHTS");
        Api.put(Delegation.memberPath(c.id(), u.userId()) + "?confirmPrimary=true", admin,
                Api.object("validFrom", LocalDate.now().plusDays(1))).expect(200);
        assertAllowed(false, u.userId(), "accounting.read");
    }

    @Test
    void deactivatingTheUserChangesTheVeryNextAnswer() {
        Person u = Delegation.person(admin, c.id(), Delegation.terms("accountingProfile", "ALL_RIGHTS"));
        assertTrue(Delegation.checked(u.token(), u.userId(), c.id(), "accounting.read").getBoolean("allowed"));
        JsonObject after = Api.patch(V1 + "/users/" + u.userId(), admin, Api.object("active", false)).expect(200).json();
        assertFalse(after.getBoolean("active"));
        JsonObject v = verdict(u.userId(), "accounting.read");
        assertFalse(v.getBoolean("allowed"), v.toString());
        assertTrue(reasons(v).contains("not active"), reasons(v));
        // The user's own token, still unexpired, is refused now.
        Delegation.check(u.token(), u.userId(), c.id(), "accounting.read").expectProblem(401, "unauthorized");
        Api.patch(V1 + "/users/" + u.userId(), admin, Api.object("active", true)).expect(200);
        assertAllowed(true, u.userId(), "accounting.read");
    }

    @Test
    void D9_losingTheMembershipInThePrimaryCompanyChangesTheVeryNextAnswer() {
        Person u = Delegation.outsider(auditors, admin, c.id(), false,
                Delegation.terms("accountingProfile", "ALL_RIGHTS"));
        assertAllowed(true, u.userId(), "accounting.read");
        Api.delete(Delegation.memberPath(auditors.id(), u.userId()) + "?confirmPrimary=true", auditors.admin()).expect(200);
        JsonObject v = verdict(u.userId(), "accounting.read");
        assertFalse(v.getBoolean("allowed"), v.toString());
        assertTrue(reasons(v).contains("primary"), reasons(v));
    }
}
