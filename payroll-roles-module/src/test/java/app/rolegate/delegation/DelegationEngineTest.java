package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.AUD;
import static app.rolegate.delegation.Fixtures.BK;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.PC;
import static app.rolegate.delegation.Fixtures.PDH;
import static app.rolegate.delegation.Fixtures.SUP;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.RuleId;
import app.rolegate.user.UserAccount;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Focused checks of SPEC section 2 beyond the one-role rows of the decision table. */
class DelegationEngineTest {
    static final long AUDITORS_ORGANISATION = 900;
    static final long ACTOR = 10;
    static final long OTHER_ACTOR = 11;

    private final DelegationEngine engine = Fixtures.engine();
    private final Company payroll = Fixtures.company(1, "Payroll Oy", true);
    private final Company noPayroll = Fixtures.company(2, "Plain Oy", false);
    /** A user of the auditors' organisation, authorised to the client companies. */
    private final UserAccount auditor = Fixtures.user(20, AUDITORS_ORGANISATION);
    /** A user whose primary company is the client company itself. */
    private final UserAccount local = Fixtures.user(21, 1);

    private GrantRequest direct(Set<String> actorRoles, Company c, UserAccount target, Set<String> targetRoles) {
        return Fixtures.request(Fixtures.person(ACTOR), actorRoles, c, target, targetRoles, AUDITORS_ORGANISATION,
                GrantOrigin.DIRECT);
    }

    private GrantRequest copy(Set<String> actorRoles, Company c, UserAccount target, Set<String> targetRoles) {
        return Fixtures.request(Fixtures.person(ACTOR), actorRoles, c, target, targetRoles, AUDITORS_ORGANISATION,
                GrantOrigin.COPY);
    }

    private static void assertDenied(RuleId rule, Decision d) {
        assertFalse(d.allowed(), () -> "expected a denial by " + rule + ", got " + d);
        assertEquals(rule, d.rule(), d::toString);
    }

    private static void assertAllowed(RuleId rule, Decision d) {
        assertTrue(d.allowed(), d::toString);
        assertEquals(rule, d.rule(), d::toString);
    }

    // ---- D15 separation of duty ----

    @Test
    void D15_grantBookkeeperToAuditor_denied() {
        assertDenied(RuleId.D15, engine.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), BK));
    }

    @Test
    void D15_grantBookkeeperToNonAuditor_allowed() {
        assertAllowed(RuleId.D4, engine.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(SUP)), BK));
        assertAllowed(RuleId.D3, engine.decideGrant(direct(Set.of(UA), payroll, auditor, Set.of()), BK));
    }

    @Test
    void D15_grantUserAdminToAuditor_denied() {
        assertDenied(RuleId.D15, engine.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), UA));
    }

    @Test
    void D15_grantAuditorToBookkeeperOrUserAdmin_denied() {
        assertDenied(RuleId.D15, engine.decideGrant(direct(Set.of(UA), payroll, auditor, Set.of(BK)), AUD));
        assertDenied(RuleId.D15, engine.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(UA)), AUD));
        assertAllowed(RuleId.D3, engine.decideGrant(direct(Set.of(UA), payroll, auditor, Set.of(SUP)), AUD));
    }

    @Test
    void D15_auditorMayHoldOtherRoles() {
        for (String other : List.of(SUP, PDH, PC)) {
            assertAllowed(RuleId.D4, engine.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), other));
        }
    }

    @Test
    void D15_copyThatWouldJoinAuditorAndBookkeeper_denied() {
        Decision d = engine.decideCopy(copy(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), Set.of(BK, SUP));
        assertDenied(RuleId.D15, d);
    }

    @Test
    void D15_automaticGrantsKeepSeparationToo() {
        GrantRequest r = Fixtures.request(Actor.system(), Set.of(), payroll, auditor, Set.of(AUD),
                AUDITORS_ORGANISATION, GrantOrigin.AUTOMATIC);
        assertDenied(RuleId.D15, engine.decideGrant(r, BK));
        assertDenied(RuleId.D15, engine.decideGrant(r, UA));
    }

    @Test
    void D15_pairsAreConfiguration() {
        DelegationEngine custom = Fixtures.engine("BOOKKEEPER+PAYROLL_CALCULATOR");
        assertAllowed(RuleId.D4, custom.decideGrant(direct(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), BK));
        assertDenied(RuleId.D15, custom.decideGrant(direct(Set.of(FMU, UA), payroll, local, Set.of(PC)), BK));
        assertDenied(RuleId.D15, custom.decideGrant(direct(Set.of(FMU, UA), payroll, local, Set.of(BK)), PC));
    }

    @Test
    void D15_configParse_defaultPairs() {
        assertEquals(List.of("AUDITOR+BOOKKEEPER", "AUDITOR+USER_ADMIN"),
                Fixtures.separationOfDuty(Fixtures.DEFAULT_SOD).describePairs());
    }

    @Test
    void D15_configParse_toleratesSpacesAndSkipsMalformedEntries() {
        SeparationOfDuty sod = Fixtures.separationOfDuty(" AUDITOR + BOOKKEEPER ,, A+B+C, +X, Y+ ,AUDITOR+USER_ADMIN");
        assertEquals(List.of("AUDITOR+BOOKKEEPER", "AUDITOR+USER_ADMIN"), sod.describePairs());
        assertTrue(sod.check(Set.of(AUD, BK)).isPresent());
        assertTrue(sod.check(Set.of(UA, AUD, SUP)).isPresent());
        assertTrue(sod.check(Set.of(UA, BK, SUP)).isEmpty());
    }

    @Test
    void D15_configParse_emptyMeansNoPairs() {
        SeparationOfDuty sod = Fixtures.separationOfDuty("");
        assertEquals(List.of(), sod.describePairs());
        assertTrue(sod.check(Set.of(AUD, BK, UA)).isEmpty());
        assertAllowed(RuleId.D4, Fixtures.engine("").decideGrant(
                direct(Set.of(FMU, UA), payroll, auditor, Set.of(AUD)), BK));
    }

    @Test
    void D15_checkNamesTheRuleAndThePair() {
        Denial d = Fixtures.separationOfDuty(Fixtures.DEFAULT_SOD).check(Set.of(BK, AUD)).orElseThrow();
        assertEquals(RuleId.D15, d.rule());
        assertTrue(d.reason().contains("AUDITOR") && d.reason().contains("BOOKKEEPER"), d.reason());
    }

    // ---- D5 copying: all or nothing ----

    @Test
    void D5_copyWithOneRoleUserAdminMayNotGrant_deniesWholeCopy_namingD3() {
        Decision d = engine.decideCopy(copy(Set.of(UA), payroll, local, Set.of()), Set.of(BK, SUP, UA));
        assertDenied(RuleId.D3, d);
        assertTrue(d.reason().contains(UA), d.reason());
    }

    @Test
    void D5_copyWithAuditorForTargetOutsideAuditorsOrganisation_deniesWholeCopy_namingD7() {
        Decision d = engine.decideCopy(copy(Set.of(FMU, UA), payroll, local, Set.of()), Set.of(BK, SUP, AUD));
        assertDenied(RuleId.D7, d);
        assertTrue(d.reason().contains(AUD), d.reason());
    }

    @Test
    void D5_copyWithPayrollCalculatorByFirmMainUserWithoutUserAdmin_deniesWholeCopy_namingD6() {
        Decision d = engine.decideCopy(copy(Set.of(FMU), payroll, local, Set.of()), Set.of(UA, BK, PC));
        assertDenied(RuleId.D6, d);
        assertTrue(d.reason().contains(PC), d.reason());
    }

    @Test
    void D5_copyWithFirmMainUserByPlainUserAdmin_deniesWholeCopy_namingD5() {
        Decision d = engine.decideCopy(copy(Set.of(UA), payroll, local, Set.of()), Set.of(BK, FMU));
        assertDenied(RuleId.D5, d);
        assertTrue(d.reason().contains(FMU), d.reason());
    }

    @Test
    void D5_copyWithPayrollRoleWherePayrollDisabled_deniesWholeCopy_namingD6() {
        Decision d = engine.decideCopy(copy(Set.of(FMU, UA), noPayroll, local, Set.of()), Set.of(UA, BK, SUP));
        assertDenied(RuleId.D6, d);
    }

    @Test
    void D5_copyOfEverythingTheActorMayGive_allowed() {
        Decision d = engine.decideCopy(copy(Set.of(FMU, UA), payroll, local, Set.of()), Set.of(FMU, UA, BK, PC, SUP, PDH));
        assertAllowed(RuleId.D5, d);
        assertAllowed(RuleId.D5, engine.decideCopy(copy(Set.of(UA), payroll, auditor, Set.of()), Set.of(AUD, SUP, PDH)));
    }

    @Test
    void D5_copyOfFirmMainUser_byUserAdminWhoIsMainUser_allowed() {
        Company c = Fixtures.company(3, "Main Oy", true);
        c.assignMainUser(ACTOR);
        assertAllowed(RuleId.D5, engine.decideCopy(copy(Set.of(UA), c, local, Set.of()), Set.of(FMU, UA, BK, PC)));
        c.assignMainUser(OTHER_ACTOR);
        assertDenied(RuleId.D5, engine.decideCopy(copy(Set.of(UA), c, local, Set.of()), Set.of(FMU)));
    }

    @Test
    void D5_copyOfNoRoles_allowedToAnAdministrator() {
        assertAllowed(RuleId.D5, engine.decideCopy(copy(Set.of(UA), payroll, local, Set.of()), Set.of()));
    }

    @Test
    void D5_copyByNonAdministrator_deniedD2() {
        assertDenied(RuleId.D2, engine.decideCopy(copy(Set.of(BK), payroll, local, Set.of()), Set.of(SUP)));
    }

    @Test
    void D5_firmMainUserIsNeverGrantedDirectly() {
        Company c = Fixtures.company(3, "Main Oy", true);
        c.assignMainUser(ACTOR);
        for (Set<String> roles : List.of(Set.of(UA), Set.of(FMU), Set.of(FMU, UA))) {
            assertDenied(RuleId.D5, engine.decideGrant(direct(roles, c, local, Set.of()), FMU));
        }
    }

    @Test
    void D5_platformSupportGrantsFirmMainUserAsException() {
        GrantRequest r = Fixtures.request(Fixtures.support(ACTOR), Set.of(), payroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.PLATFORM_SUPPORT);
        assertAllowed(RuleId.D5, engine.decideGrant(r, FMU));
    }

    @Test
    void D5_exceptionalGrantByAnyoneButSupport_denied() {
        GrantRequest r = Fixtures.request(Fixtures.person(ACTOR), Set.of(FMU, UA), payroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.PLATFORM_SUPPORT);
        assertDenied(RuleId.D5, engine.decideGrant(r, FMU));
    }

    // ---- D6 payroll roles ----

    @ParameterizedTest
    @ValueSource(strings = {PC, SUP, PDH})
    void D6_payrollRolesUnavailableWherePayrollDisabled(String role) {
        Company c = Fixtures.company(3, "No Payroll Oy", false);
        c.assignMainUser(ACTOR);
        assertDenied(RuleId.D6, engine.decideGrant(direct(Set.of(FMU, UA), c, local, Set.of()), role));
        assertDenied(RuleId.D6, engine.decideCopy(copy(Set.of(FMU, UA), c, local, Set.of()), Set.of(role)));
        GrantRequest automatic = Fixtures.request(Actor.system(), Set.of(), c, local, Set.of(), AUDITORS_ORGANISATION,
                GrantOrigin.AUTOMATIC);
        assertDenied(RuleId.D6, engine.decideGrant(automatic, role));
    }

    @ParameterizedTest
    @ValueSource(strings = {UA, BK})
    void D6_coreRolesDoNotDependOnPayroll(String role) {
        assertAllowed(RuleId.D4, engine.decideGrant(direct(Set.of(FMU, UA), noPayroll, local, Set.of()), role));
    }

    @Test
    void D6_payrollCalculator_byMainUserNeedsUserAdminToo() {
        Company c = Fixtures.company(3, "Main Oy", true);
        c.assignMainUser(ACTOR);
        assertAllowed(RuleId.D3, engine.decideGrant(direct(Set.of(UA), c, local, Set.of()), PC));
        assertDenied(RuleId.D6, engine.decideGrant(direct(Set.of(FMU), c, local, Set.of()), PC));
        c.assignMainUser(OTHER_ACTOR);
        assertDenied(RuleId.D6, engine.decideGrant(direct(Set.of(UA), c, local, Set.of()), PC));
    }

    // ---- D7 auditor ----

    @Test
    void D7_auditorOrganisationNotDesignated_denied() {
        GrantRequest r = Fixtures.request(Fixtures.person(ACTOR), Set.of(FMU, UA), payroll, auditor, Set.of(),
                null, GrantOrigin.DIRECT);
        assertDenied(RuleId.D7, engine.decideGrant(r, AUD));
    }

    @Test
    void D7_auditorOnlyToAuditorOrganisationMembers_denied() {
        assertDenied(RuleId.D7, engine.decideGrant(direct(Set.of(UA), payroll, local, Set.of()), AUD));
        assertAllowed(RuleId.D3, engine.decideGrant(direct(Set.of(UA), payroll, auditor, Set.of()), AUD));
    }

    @Test
    void D7_auditorGrantedOnlyByUserAdmin() {
        assertDenied(RuleId.D7, engine.decideGrant(direct(Set.of(FMU), payroll, auditor, Set.of()), AUD));
    }

    // ---- D9 revoking ----

    @Test
    void D9_revokeFirmMainUser_byPlatformSupport_allowed() {
        GrantRequest r = Fixtures.request(Fixtures.support(ACTOR), Set.of(), payroll, local, Set.of(FMU),
                AUDITORS_ORGANISATION, GrantOrigin.DIRECT);
        assertAllowed(RuleId.D9, engine.decideRevoke(r, FMU));
    }

    @Test
    void D9_revokeFirmMainUser_byUserAdminOnly_denied() {
        assertDenied(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), payroll, local, Set.of(FMU)), FMU));
    }

    @Test
    void D9_revokeFirmMainUser_byMainUserWithUserAdmin_denied() {
        Company c = Fixtures.company(3, "Main Oy", true);
        c.assignMainUser(ACTOR);
        assertDenied(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), c, local, Set.of(FMU)), FMU));
    }

    @Test
    void D9_revokeFirmMainUser_byAnotherFirmMainUser_allowed() {
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(FMU), payroll, local, Set.of(FMU, UA)), FMU));
    }

    @ParameterizedTest
    @ValueSource(strings = {UA, BK, AUD, PC, SUP, PDH})
    void D9_platformSupportRevokesNoOtherRole(String role) {
        GrantRequest r = Fixtures.request(Fixtures.support(ACTOR), Set.of(), payroll, auditor, Set.of(role),
                AUDITORS_ORGANISATION, GrantOrigin.DIRECT);
        assertDenied(RuleId.D2, engine.decideRevoke(r, role));
    }

    @Test
    void D9_revokeIsSymmetricToGrant_userAdmin() {
        assertDenied(RuleId.D3, engine.decideRevoke(direct(Set.of(UA), payroll, local, Set.of(UA)), UA));
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), payroll, local, Set.of(BK)), BK));
        assertDenied(RuleId.D6, engine.decideRevoke(direct(Set.of(UA), payroll, local, Set.of(PC)), PC));
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), payroll, auditor, Set.of(AUD)), AUD));
    }

    /**
     * D9: revoking is allowed to whoever could grant the role. A USER_ADMIN could grant AUDITOR; that
     * the holder's primary company is no longer the auditors' organisation (D14 moved it, or another
     * organisation was designated) is a condition for receiving the role, and must not make a held
     * AUDITOR grant irremovable.
     */
    @Test
    void D9_revokeAuditorFromUserNoLongerInAuditorsOrganisation_allowedToUserAdmin() {
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), payroll, local, Set.of(AUD)), AUD));
        GrantRequest noOrganisation = Fixtures.request(Fixtures.person(ACTOR), Set.of(UA), payroll, auditor,
                Set.of(AUD), null, GrantOrigin.DIRECT);
        assertAllowed(RuleId.D9, engine.decideRevoke(noOrganisation, AUD));
    }

    @Test
    void D9_payrollRolesLeftOverAfterPayrollWasDisabled_canBeRevoked() {
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(UA), noPayroll, local, Set.of(SUP)), SUP));
        assertAllowed(RuleId.D9, engine.decideRevoke(direct(Set.of(FMU, UA), noPayroll, local, Set.of(PC)), PC));
    }

    @Test
    void D9_revokeByNonAdministrator_deniedD2() {
        assertDenied(RuleId.D2, engine.decideRevoke(direct(Set.of(AUD, SUP), payroll, local, Set.of(BK)), BK));
    }

    // ---- D13 automatic grants ----

    @ParameterizedTest
    @ValueSource(strings = {UA, FMU, BK})
    void D13_automaticGrantBySystem_allowed(String role) {
        GrantRequest r = Fixtures.request(Actor.system(), Set.of(), payroll, local, Set.of(), AUDITORS_ORGANISATION,
                GrantOrigin.AUTOMATIC);
        // The system's own grants (first user, D13 propagation) are allowed and name no delegation rule (D1 note).
        assertAllowed(null, engine.decideGrant(r, role));
    }

    @Test
    void D13_automaticPayrollCalculatorBySystem_onlyWherePayrollEnabled() {
        GrantRequest on = Fixtures.request(Actor.system(), Set.of(), payroll, local, Set.of(), AUDITORS_ORGANISATION,
                GrantOrigin.AUTOMATIC);
        assertAllowed(null, engine.decideGrant(on, PC));
        GrantRequest off = Fixtures.request(Actor.system(), Set.of(), noPayroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.AUTOMATIC);
        assertDenied(RuleId.D6, engine.decideGrant(off, PC));
    }

    @ParameterizedTest
    @ValueSource(strings = {UA, FMU})
    void D13_automaticGrantByAUser_denied(String role) {
        GrantRequest r = Fixtures.request(Fixtures.person(ACTOR), Set.of(FMU, UA), payroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.AUTOMATIC);
        Decision d = engine.decideGrant(r, role);
        assertDenied(RuleId.D2, d);
        GrantRequest bySupport = Fixtures.request(Fixtures.support(ACTOR), Set.of(), payroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.AUTOMATIC);
        assertFalse(engine.decideGrant(bySupport, role).allowed());
    }

    // ---- D1 own membership ----

    @Test
    void D1_notEvenPlatformSupportOnItsOwnMembership() {
        UserAccount supportAccount = Fixtures.user(ACTOR, 1);
        GrantRequest r = Fixtures.request(Fixtures.support(ACTOR), Set.of(), payroll, supportAccount, Set.of(FMU),
                AUDITORS_ORGANISATION, GrantOrigin.PLATFORM_SUPPORT);
        assertDenied(RuleId.D1, engine.decideGrant(r, FMU));
        assertDenied(RuleId.D1, engine.decideRevoke(r.withOrigin(GrantOrigin.DIRECT), FMU));
    }

    @Test
    void D1_copyOntoOneself_denied() {
        UserAccount self = Fixtures.user(ACTOR, 1);
        assertDenied(RuleId.D1, engine.decideCopy(copy(Set.of(FMU, UA), payroll, self, Set.of(FMU, UA)), Set.of(BK)));
    }

    @Test
    void D1_copyingOnesOwnRightsToSomeoneElse_isNotD1() {
        assertAllowed(RuleId.D5, engine.decideCopy(copy(Set.of(FMU, UA), payroll, local, Set.of()), Set.of(FMU, UA)));
    }

    // ---- D2 and the role catalogue ----

    @Test
    void D2_serviceClientGrantsNothing() {
        GrantRequest r = Fixtures.request(Actor.serviceClient("portal"), Set.of(), payroll, local, Set.of(),
                AUDITORS_ORGANISATION, GrantOrigin.DIRECT);
        for (String role : ALL_ROLES) {
            assertDenied(RuleId.D2, engine.decideGrant(r, role));
        }
    }

    @Test
    void unknownRole_isBadInputNamingRole() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.decideGrant(direct(Set.of(FMU, UA), payroll, local, Set.of()), "OWNER"));
        assertEquals("role", e.field());
        assertThrows(InvalidInputException.class, () -> engine.role(null));
    }

    @Test
    void everyRoleOfSpecSection1_isKnown() {
        assertEquals(new TreeSet<>(ALL_ROLES), new TreeSet<>(engine.roles().keySet()));
    }
}
