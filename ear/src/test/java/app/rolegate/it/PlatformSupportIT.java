package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Delegation.BK;
import static app.rolegate.it.Delegation.FMU;
import static app.rolegate.it.Delegation.SUP;
import static app.rolegate.it.Delegation.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Platform support and the delegation rules: its exceptional FIRM_MAIN_USER grant (D5, origin
 * PLATFORM_SUPPORT), nothing else in a company where it holds nothing (D2), revoking FIRM_MAIN_USER
 * (D9), and never on its own membership (D1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformSupportIT {
    private Company c;
    private Person support;
    private long operatorCompany; // support's own (primary) company

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        support = Delegation.supportPerson();
        JsonObject me = Api.get(V1 + "/me", Delegation.support()).expect(200).json();
        operatorCompany = me.getJsonNumber("primaryCompanyId").longValue();
        assertTrue(me.getJsonArray("memberships").stream()
                .anyMatch(m -> m.asJsonObject().getJsonNumber("companyId").longValue() == operatorCompany), me.toString());
    }

    @Test
    void D5_supportsExceptionalFirmMainUserGrant() {
        Person u = Delegation.person(c.admin(), c.id());
        String rid = Delegation.requestId("support-fmu");
        // Only at the written request of the company's main user or a USER_ADMIN of it, named in requestedBy.
        Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(), Api.object("role", FMU),
                null).expectInvalid("requestedBy");
        Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(),
                Api.object("role", FMU, "requestedBy", Delegation.member(c.admin(), c.id()).userId()), null), "D5");
        JsonObject g = Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(),
                Api.object("role", FMU, "requestedBy", c.firstUser().userId().toUpperCase()), rid).expect(201).json();
        assertEquals("PLATFORM_SUPPORT", g.getString("origin"));
        assertEquals(c.firstUser().userId(), g.getString("requestedBy"), "recorded as stored, not as typed");
        assertEquals(support.id(), g.getJsonNumber("grantedBy").longValue());

        JsonObject held = Delegation.requireGrant(Delegation.membership(c.admin(), c.id(), u.userId()), FMU);
        assertEquals("PLATFORM_SUPPORT", held.getString("origin"));
        assertEquals(support.id(), held.getJsonNumber("grantedBy").longValue());
        Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D5", "support");

        // The role is real: u now grants what a FIRM_MAIN_USER grants (D4), e.g. USER_ADMIN.
        Person v = Delegation.member(c.admin(), c.id());
        Delegation.granted(u.token(), c.id(), v.userId(), UA);
        // Still no direct route for anybody else (D5), not even the main user.
        Delegation.expectDenied(Delegation.grant(c.admin(), c.id(), Delegation.member(c.admin(), c.id()).userId(), FMU), "D5");
        // Support's exceptional grant works in an accounting firm too.
        Company firm = Delegation.company(true, false);
        Delegation.supportGrantsFirmMainUser(firm.id(), Delegation.member(firm.admin(), firm.id()).userId());
    }

    @Test
    void D2_supportGrantsNoOtherRoleWhereItHoldsNothing() {
        Person u = Delegation.member(c.admin(), c.id());
        for (String role : List.of(UA, BK, SUP, Delegation.AUD, Delegation.PDH)) {
            String rid = Delegation.requestId("support-d2");
            Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(),
                    Api.object("role", role), rid), "D2");
            Delegation.expectDeniedEvent(c.admin(), c.id(), u.userId(), rid, "D2", "support");
        }
        Delegation.granted(c.admin(), c.id(), u.userId(), BK);
        Delegation.expectDenied(Delegation.revoke(Delegation.support(), c.id(), u.userId(), BK), "D2");
        assertEquals(Set.of(BK), Delegation.roles(c.admin(), c.id(), u.userId()));
    }

    @Test
    void D6_supportSetsPayrollCalculatorOnRequest_withTheWarningWhereAllRightsIsMissing() {
        Person u = Delegation.member(c.admin(), c.id());
        Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(),
                Api.object("role", Delegation.PC), null).expectInvalid("requestedBy");
        JsonObject g = Delegation.send("POST", Delegation.rolesPath(c.id(), u.userId()), Delegation.support(),
                Api.object("role", Delegation.PC, "requestedBy", c.firstUser().userId()), null).expect(201).json();
        assertEquals("PLATFORM_SUPPORT", g.getString("origin"));
        assertTrue(g.getJsonArray("warnings").getString(0).contains("ALL_RIGHTS"), g.toString());
        // Payroll roles exist only where payroll is enabled, support's grants included (D6).
        Company noPayroll = Delegation.company(false, false);
        Delegation.expectDenied(Delegation.send("POST", Delegation.rolesPath(noPayroll.id(),
                Delegation.member(noPayroll.admin(), noPayroll.id()).userId()), Delegation.support(),
                Api.object("role", Delegation.PC, "requestedBy", noPayroll.firstUser().userId()), null), "D6");
    }

    @Test
    void D9_supportRevokesFirmMainUser() {
        Person u = Delegation.member(c.admin(), c.id());
        Person firmMain = Delegation.member(c.admin(), c.id());
        Delegation.supportGrantsFirmMainUser(c.id(), firmMain.userId());
        Delegation.copy(c.admin(), c.id(), u.userId(), firmMain.userId()).expect(200); // FMU by copy this time
        assertEquals("COPY", Delegation.requireGrant(Delegation.membership(c.admin(), c.id(), u.userId()), FMU)
                .getString("origin"));
        String rid = Delegation.requestId("support-revoke");
        Delegation.send("DELETE", Delegation.rolesPath(c.id(), u.userId()) + "/" + FMU, Delegation.support(), null, rid)
                .expect(204);
        assertEquals(Set.of(), Delegation.roles(c.admin(), c.id(), u.userId()));
        Delegation.expectAllowedEvent(c.admin(), c.id(), u.userId(), rid, "D9", "support");
        Delegation.revoke(Delegation.support(), c.id(), firmMain.userId(), FMU).expect(204);
        Delegation.revoke(Delegation.support(), c.id(), firmMain.userId(), FMU).expectProblem(404, "not-found");
    }

    @Test
    void D1_supportDoesNotTouchItsOwnMembership() {
        String self = support.userId();
        // Its one exceptional power does not apply to itself.
        Delegation.expectDenied(Delegation.grant(Delegation.support(), operatorCompany, self, FMU), "D1");
        Delegation.expectDenied(Delegation.grant(Delegation.support(), operatorCompany, self, UA), "D1");
        Delegation.expectDenied(Delegation.revoke(Delegation.support(), operatorCompany, self, FMU), "D1");
        Delegation.expectDenied(Delegation.copy(Delegation.support(), operatorCompany, self, self), "D1");
        // Nor its profiles, validity, or the membership itself.
        Delegation.expectDenied(Api.put(Delegation.memberPath(operatorCompany, self), Delegation.support(),
                Api.object("accountingProfile", "ALL_RIGHTS")), "D1");
        Delegation.expectDenied(Api.delete(Delegation.memberPath(operatorCompany, self) + "?confirmPrimary=true",
                Delegation.support()), "D1");
        JsonObject me = Api.get(V1 + "/me", Delegation.support()).expect(200).json();
        JsonObject own = me.getJsonArray("memberships").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getJsonNumber("companyId").longValue() == operatorCompany).findFirst().orElseThrow();
        assertEquals("NONE", own.getString("accountingProfile"));
        assertEquals(0, own.getJsonArray("roles").size(), own.toString());
    }
}
