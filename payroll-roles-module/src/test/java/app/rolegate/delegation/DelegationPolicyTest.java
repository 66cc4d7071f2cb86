package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.AUD;
import static app.rolegate.delegation.Fixtures.BK;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.PC;
import static app.rolegate.delegation.Fixtures.PDH;
import static app.rolegate.delegation.Fixtures.SUP;
import static app.rolegate.delegation.Fixtures.TODAY;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Focused checks of SPEC section 2 beyond the one-role rows of the decision tables. */
class DelegationPolicyTest {
    static final long AUDITORS_ORGANISATION = 900;
    static final long ACTOR = 10;
    static final long OTHER_ACTOR = 11;
    static final long MAIN_USER = 30;
    static final long SOURCE = 40;

    private final DelegationPolicy policy = Fixtures.policy();
    private final CompanyFacts payroll = Fixtures.company(1, "Payroll Oy", true, MAIN_USER);
    private final CompanyFacts noPayroll = Fixtures.company(2, "Plain Oy", false, MAIN_USER);
    /** A user of the auditors' organisation, authorised to the client companies. */
    private final TargetFacts auditor = Fixtures.account(20, AUDITORS_ORGANISATION);
    /** A user whose primary company is the client company itself. */
    private final TargetFacts local = Fixtures.account(21, 1);

    private ActorFacts actor(Set<String> roles, CompanyFacts c) {
        return Fixtures.in(Fixtures.person(ACTOR), c, roles);
    }

    private static MemberFacts holding(TargetFacts u, Set<String> roles) {
        return Fixtures.member(u, roles.toArray(String[]::new));
    }

    private Decision grant(DelegationPolicy p, Set<String> actorRoles, CompanyFacts c, TargetFacts target,
            Set<String> targetRoles, String role) {
        return Calls.grant(p, actor(actorRoles, c), target.userId(), holding(target, targetRoles), GrantAsk.of(role),
                Optional.of(AUDITORS_ORGANISATION), null, TODAY);
    }

    private Decision grant(Set<String> actorRoles, CompanyFacts c, TargetFacts target, Set<String> targetRoles,
            String role) {
        return grant(policy, actorRoles, c, target, targetRoles, role);
    }

    private Decision revoke(Set<String> actorRoles, CompanyFacts c, TargetFacts target, Set<String> targetRoles,
            String role) {
        return Calls.revoke(policy, actor(actorRoles, c), target.userId(), holding(target, targetRoles), role,
                Optional.of(AUDITORS_ORGANISATION), TODAY);
    }

    private Decision copy(Set<String> actorRoles, CompanyFacts c, TargetFacts target, Set<String> targetRoles,
            Set<String> sourceRoles) {
        return Calls.copy(policy, actor(actorRoles, c), target.userId(), holding(target, targetRoles),
                holding(Fixtures.account(SOURCE, c.id()), sourceRoles), Optional.of(AUDITORS_ORGANISATION), TODAY);
    }

    /** Platform support's exceptional grant, requested by the company's main user. */
    private Decision supportGrant(CompanyFacts c, MemberFacts target, String role) {
        RequesterFacts mainUser = new RequesterFacts(Fixtures.userId(MAIN_USER), true, true, false);
        return Calls.grant(policy, Fixtures.outside(Fixtures.support(ACTOR), c.id(), c), target.user().userId(), target,
                new GrantAsk(role, null, null, null, mainUser.userId()), Optional.of(AUDITORS_ORGANISATION), mainUser,
                TODAY);
    }

    private static void assertDenied(RuleId rule, Decision d) {
        assertFalse(d.allowed(), () -> "expected a refusal by " + rule + ", got " + d);
        assertEquals(rule, d.rule(), d::toString);
    }

    private static void assertAllowed(RuleId rule, Decision d) {
        assertTrue(d.allowed(), d::toString);
        assertEquals(rule, d.rule(), d::toString);
    }

    // ---- D17 a cost centre scope names a cost centre of the company ----

    @Test
    void D17_costCentreScopeNamingAnUnknownCostCentre_invalid() {
        GrantAsk ask = new GrantAsk(SUP, GrantScope.COST_CENTRE, "K-NOWHERE", Validity.untilFurtherNotice(), null);
        Decision d = policy.costCentreKnown(ask, false);
        assertDenied(RuleId.D17, d);
        assertEquals(Decision.Outcome.INVALID, d.outcome(), d::toString);
        assertTrue(d.reason().contains("K-NOWHERE"), d::toString);
    }

    @Test
    void D17_costCentreScopeNamingAKnownCostCentre_orNoCostCentre_allowed() {
        assertTrue(policy.costCentreKnown(new GrantAsk(SUP, GrantScope.COST_CENTRE, "K1",
                Validity.untilFurtherNotice(), null), true).allowed());
        assertTrue(policy.costCentreKnown(new GrantAsk(BK, null, null, Validity.untilFurtherNotice(), null), false)
                .allowed());
    }

    // ---- D15 separation of duty ----

    @Test
    void D15_grantBookkeeperToAuditor_denied() {
        assertDenied(RuleId.D15, grant(Set.of(FMU, UA), payroll, auditor, Set.of(AUD), BK));
    }

    @Test
    void D15_grantBookkeeperToNonAuditor_allowed() {
        assertAllowed(RuleId.D4, grant(Set.of(FMU, UA), payroll, auditor, Set.of(SUP), BK));
        assertAllowed(RuleId.D3, grant(Set.of(UA), payroll, auditor, Set.of(), BK));
    }

    @Test
    void D15_grantUserAdminToAuditor_denied() {
        assertDenied(RuleId.D15, grant(Set.of(FMU, UA), payroll, auditor, Set.of(AUD), UA));
    }

    @Test
    void D15_grantAuditorToBookkeeperOrUserAdmin_denied() {
        assertDenied(RuleId.D15, grant(Set.of(UA), payroll, auditor, Set.of(BK), AUD));
        assertDenied(RuleId.D15, grant(Set.of(FMU, UA), payroll, auditor, Set.of(UA), AUD));
        assertAllowed(RuleId.D3, grant(Set.of(UA), payroll, auditor, Set.of(SUP), AUD));
    }

    /** SPEC revision 2: D15 now also keeps AUDITOR and FIRM_MAIN_USER apart by default. */
    @Test
    void D15_auditorAndFirmMainUser_excludedByDefault() {
        assertDenied(RuleId.D15, grant(Set.of(FMU, UA), payroll, auditor, Set.of(FMU), AUD));
        assertDenied(RuleId.D15, supportGrant(payroll, holding(auditor, Set.of(AUD)), FMU));
        assertDenied(RuleId.D15, copy(Set.of(FMU, UA), payroll, auditor, Set.of(AUD), Set.of(FMU)));
    }

    @Test
    void D15_auditorMayHoldOtherRoles() {
        for (String other : List.of(SUP, PDH, PC)) {
            assertAllowed(RuleId.D4, grant(Set.of(FMU, UA), payroll, auditor, Set.of(AUD), other));
        }
    }

    @Test
    void D15_copyThatWouldJoinAuditorAndBookkeeper_denied() {
        assertDenied(RuleId.D15, copy(Set.of(FMU, UA), payroll, auditor, Set.of(AUD), Set.of(BK, SUP)));
    }

    /**
     * The system's grants keep separation too. The old engine decided each automatic grant; the policy
     * decides D13's propagation as a whole, all or nothing, against the configured pairs.
     */
    @Test
    void D15_automaticGrantsKeepSeparationToo() {
        DelegationPolicy custom = Fixtures.policy("BOOKKEEPER+PAYROLL_CALCULATOR");
        CompanyFacts firm = Fixtures.firm(5, "Firm Oy", ACTOR);
        ActorFacts inFirm = Fixtures.in(Fixtures.person(ACTOR), firm, Set.of(FMU, UA));
        ClientOpening opening = new ClientOpening(inFirm, inFirm, null, false, true, null,
                List.of(new ClientOpening.Propagated(Fixtures.account(ACTOR, 5), Validity.untilFurtherNotice())));
        CompanyFacts client = new CompanyFacts(0, "New Oy", false, 5L, true, false, null);
        assertDenied(RuleId.D15, Calls.openClient(custom, opening, client));
        assertAllowed(RuleId.D13, Calls.openClient(policy, opening, client));
    }

    @Test
    void D15_pairsAreConfiguration() {
        DelegationPolicy custom = Fixtures.policy("BOOKKEEPER+PAYROLL_CALCULATOR");
        assertAllowed(RuleId.D4, grant(custom, Set.of(FMU, UA), payroll, auditor, Set.of(AUD), BK));
        assertDenied(RuleId.D15, grant(custom, Set.of(FMU, UA), payroll, local, Set.of(PC), BK));
        assertDenied(RuleId.D15, grant(custom, Set.of(FMU, UA), payroll, local, Set.of(BK), PC));
    }

    /** SPEC revision 2: the default pairs include AUDITOR+FIRM_MAIN_USER. */
    @Test
    void D15_configParse_defaultPairs() {
        assertEquals(Fixtures.DEFAULT_SOD, SeparationOfDuty.DEFAULT_PAIRS);
        assertEquals(List.of("AUDITOR+BOOKKEEPER", "AUDITOR+USER_ADMIN", "AUDITOR+FIRM_MAIN_USER"),
                SeparationOfDuty.of(SeparationOfDuty.DEFAULT_PAIRS).describePairs());
    }

    @Test
    void D15_configParse_toleratesSpacesAndSkipsMalformedEntries() {
        SeparationOfDuty sod = SeparationOfDuty.of(" AUDITOR + BOOKKEEPER ,, A+B+C, +X, Y+ ,AUDITOR+USER_ADMIN");
        assertEquals(List.of("AUDITOR+BOOKKEEPER", "AUDITOR+USER_ADMIN"), sod.describePairs());
        assertTrue(sod.check(Set.of(AUD, BK)).isPresent());
        assertTrue(sod.check(Set.of(UA, AUD, SUP)).isPresent());
        assertTrue(sod.check(Set.of(UA, BK, SUP)).isEmpty());
    }

    @Test
    void D15_configParse_emptyMeansNoPairs() {
        SeparationOfDuty sod = SeparationOfDuty.of("");
        assertEquals(List.of(), sod.describePairs());
        assertTrue(sod.check(Set.of(AUD, BK, UA)).isEmpty());
        assertAllowed(RuleId.D4, grant(Fixtures.policy(""), Set.of(FMU, UA), payroll, auditor, Set.of(AUD), BK));
    }

    @Test
    void D15_checkNamesTheRuleAndThePair() {
        Denial d = SeparationOfDuty.of(Fixtures.DEFAULT_SOD).check(Set.of(BK, AUD)).orElseThrow();
        assertEquals(RuleId.D15, d.rule());
        assertTrue(d.reason().contains("AUDITOR") && d.reason().contains("BOOKKEEPER"), d.reason());
    }

    /** D17: a grant whose validity has wholly passed blocks neither D15 nor granting the role again. */
    @Test
    void D15_D17_expiredGrantBlocksNothing() {
        MemberFacts expiredAuditor = Fixtures.member(auditor, List.of(Fixtures.expired(AUD)), PayrollProfile.ALL_RIGHTS);
        assertAllowed(RuleId.D4, Calls.grant(policy, actor(Set.of(FMU, UA), payroll), auditor.userId(), expiredAuditor,
                GrantAsk.of(BK), Optional.of(AUDITORS_ORGANISATION), null, TODAY));
        assertAllowed(RuleId.D4, Calls.grant(policy, actor(Set.of(FMU, UA), payroll), auditor.userId(), expiredAuditor,
                GrantAsk.of(AUD), Optional.of(AUDITORS_ORGANISATION), null, TODAY));
        // A grant that starts tomorrow is held already: it blocks both.
        MemberFacts futureAuditor = Fixtures.member(auditor, List.of(Fixtures.future(AUD)), PayrollProfile.ALL_RIGHTS);
        assertDenied(RuleId.D15, Calls.grant(policy, actor(Set.of(FMU, UA), payroll), auditor.userId(), futureAuditor,
                GrantAsk.of(BK), Optional.of(AUDITORS_ORGANISATION), null, TODAY));
        assertEquals(Decision.Outcome.CONFLICT, Calls.grant(policy, actor(Set.of(FMU, UA), payroll), auditor.userId(),
                futureAuditor, GrantAsk.of(AUD), Optional.of(AUDITORS_ORGANISATION), null, TODAY).outcome());
    }

    // ---- D5 copying: all or nothing ----

    @Test
    void D5_copyWithOneRoleUserAdminMayNotGrant_deniesWholeCopy_namingD3() {
        Decision d = copy(Set.of(UA), payroll, local, Set.of(), Set.of(BK, SUP, UA));
        assertDenied(RuleId.D3, d);
        assertTrue(d.reason().contains(UA), d.reason());
    }

    @Test
    void D5_copyWithAuditorForTargetOutsideAuditorsOrganisation_deniesWholeCopy_namingD7() {
        Decision d = copy(Set.of(FMU, UA), payroll, local, Set.of(), Set.of(BK, SUP, AUD));
        assertDenied(RuleId.D7, d);
        assertTrue(d.reason().contains(AUD), d.reason());
    }

    @Test
    void D5_copyWithPayrollCalculatorByFirmMainUserWithoutUserAdmin_deniesWholeCopy_namingD6() {
        Decision d = copy(Set.of(FMU), payroll, local, Set.of(), Set.of(UA, BK, PC));
        assertDenied(RuleId.D6, d);
        assertTrue(d.reason().contains(PC), d.reason());
    }

    @Test
    void D5_copyWithFirmMainUserByPlainUserAdmin_deniesWholeCopy_namingD5() {
        Decision d = copy(Set.of(UA), payroll, local, Set.of(), Set.of(BK, FMU));
        assertDenied(RuleId.D5, d);
        assertTrue(d.reason().contains(FMU), d.reason());
    }

    @Test
    void D5_copyWithPayrollRoleWherePayrollDisabled_deniesWholeCopy_namingD6() {
        assertDenied(RuleId.D6, copy(Set.of(FMU, UA), noPayroll, local, Set.of(), Set.of(UA, BK, SUP)));
    }

    @Test
    void D5_copyOfEverythingTheActorMayGive_allowed() {
        assertAllowed(RuleId.D5, copy(Set.of(FMU, UA), payroll, local, Set.of(), Set.of(FMU, UA, BK, PC, SUP, PDH)));
        assertAllowed(RuleId.D5, copy(Set.of(UA), payroll, auditor, Set.of(), Set.of(AUD, SUP, PDH)));
    }

    @Test
    void D5_copyOfFirmMainUser_byUserAdminWhoIsMainUser_allowed() {
        CompanyFacts mine = Fixtures.company(3, "Main Oy", true, ACTOR);
        assertAllowed(RuleId.D5, copy(Set.of(UA), mine, local, Set.of(), Set.of(FMU, UA, BK, PC)));
        CompanyFacts theirs = Fixtures.company(3, "Main Oy", true, OTHER_ACTOR);
        assertDenied(RuleId.D5, copy(Set.of(UA), theirs, local, Set.of(), Set.of(FMU)));
    }

    @Test
    void D5_copyOfNoRoles_allowedToAnAdministrator() {
        assertAllowed(RuleId.D5, copy(Set.of(UA), payroll, local, Set.of(), Set.of()));
    }

    @Test
    void D5_copyByNonAdministrator_deniedD2() {
        assertDenied(RuleId.D2, copy(Set.of(BK), payroll, local, Set.of(), Set.of(SUP)));
    }

    /** SPEC revision 2: only what counts for the source today is copied; the source's expired grants give nothing. */
    @Test
    void D5_copyTakesOnlyWhatCountsForTheSourceToday() {
        MemberFacts source = Fixtures.member(Fixtures.account(SOURCE, 1),
                List.of(Fixtures.live(BK), Fixtures.expired(FMU), Fixtures.future(UA)), PayrollProfile.ALL_RIGHTS);
        // A plain USER_ADMIN could give neither FIRM_MAIN_USER (D5) nor USER_ADMIN (D3): neither counts today.
        assertAllowed(RuleId.D5, Calls.copy(policy, actor(Set.of(UA), payroll), local.userId(), holding(local, Set.of()),
                source, Optional.of(AUDITORS_ORGANISATION), TODAY));
        // The source's expired BOOKKEEPER does not meet the target's AUDITOR (D15).
        MemberFacts expiredBookkeeper = Fixtures.member(Fixtures.account(SOURCE, 1), List.of(Fixtures.expired(BK)),
                PayrollProfile.ALL_RIGHTS);
        assertAllowed(RuleId.D5, Calls.copy(policy, actor(Set.of(UA), payroll), auditor.userId(),
                holding(auditor, Set.of(AUD)), expiredBookkeeper, Optional.of(AUDITORS_ORGANISATION), TODAY));
    }

    @Test
    void D5_firmMainUserIsNeverGrantedDirectly() {
        CompanyFacts mine = Fixtures.company(3, "Main Oy", true, ACTOR);
        for (Set<String> roles : List.of(Set.of(UA), Set.of(FMU), Set.of(FMU, UA))) {
            assertDenied(RuleId.D5, grant(roles, mine, local, Set.of(), FMU));
        }
    }

    @Test
    void D5_platformSupportGrantsFirmMainUserAsException() {
        assertAllowed(RuleId.D5, supportGrant(payroll, holding(local, Set.of()), FMU));
    }

    /** Only support makes exceptional grants: anyone else naming a requester is refused under D5. */
    @Test
    void D5_exceptionalGrantByAnyoneButSupport_denied() {
        RequesterFacts mainUser = new RequesterFacts(Fixtures.userId(MAIN_USER), true, true, false);
        for (String role : List.of(FMU, PC)) {
            Decision d = Calls.grant(policy, actor(Set.of(FMU, UA), payroll), local.userId(), holding(local, Set.of()),
                    new GrantAsk(role, null, null, null, mainUser.userId()), Optional.of(AUDITORS_ORGANISATION),
                    mainUser, TODAY);
            assertDenied(RuleId.D5, d);
        }
    }

    // ---- D6 payroll roles ----

    @ParameterizedTest
    @ValueSource(strings = {PC, SUP, PDH})
    void D6_payrollRolesUnavailableWherePayrollDisabled(String role) {
        CompanyFacts c = Fixtures.company(3, "No Payroll Oy", false, ACTOR);
        assertDenied(RuleId.D6, grant(Set.of(FMU, UA), c, local, Set.of(), role));
        assertDenied(RuleId.D6, copy(Set.of(FMU, UA), c, local, Set.of(), Set.of(role)));
        // The system's grants: D13 gives no payroll role in a client without payroll.
        assertFalse(policy.rolesForFirmMainUsersIn(c).containsKey(role), role);
    }

    @ParameterizedTest
    @ValueSource(strings = {UA, BK})
    void D6_coreRolesDoNotDependOnPayroll(String role) {
        assertAllowed(RuleId.D4, grant(Set.of(FMU, UA), noPayroll, local, Set.of(), role));
    }

    @Test
    void D6_payrollCalculator_byMainUserNeedsUserAdminToo() {
        CompanyFacts mine = Fixtures.company(3, "Main Oy", true, ACTOR);
        assertAllowed(RuleId.D3, grant(Set.of(UA), mine, local, Set.of(), PC));
        assertDenied(RuleId.D6, grant(Set.of(FMU), mine, local, Set.of(), PC));
        CompanyFacts theirs = Fixtures.company(3, "Main Oy", true, OTHER_ACTOR);
        assertDenied(RuleId.D6, grant(Set.of(UA), theirs, local, Set.of(), PC));
    }

    /** D6 (revision 2): the grant succeeds and warns when the holder's payroll profile is not ALL_RIGHTS. */
    @Test
    void D6_payrollCalculatorGrant_warnsWithoutPayrollAllRights() {
        for (PayrollProfile p : PayrollProfile.values()) {
            Decision d = Calls.grant(policy, actor(Set.of(FMU, UA), payroll), local.userId(),
                    Fixtures.member(local, List.of(), p), GrantAsk.of(PC), Optional.of(AUDITORS_ORGANISATION), null,
                    TODAY);
            assertAllowed(RuleId.D4, d);
            assertEquals(p != PayrollProfile.ALL_RIGHTS, !d.warnings().isEmpty(), () -> p + ": " + d);
            if (p != PayrollProfile.ALL_RIGHTS) {
                assertTrue(d.warnings().get(0).contains("ALL_RIGHTS"), d.warnings()::toString);
            }
        }
    }

    /** D6 (revision 2): taking payroll ALL_RIGHTS from a payroll calculator is allowed, with a warning. */
    @Test
    void D6_profileChangeTakingAllRightsFromPayrollCalculator_warns() {
        ActorFacts a = actor(Set.of(UA), payroll);
        Decision d = Calls.changeMembership(policy, a, local.userId(), holding(local, Set.of(PC)), null,
                PayrollProfile.BROWSE, false, TODAY);
        assertAllowed(RuleId.D2, d);
        assertFalse(d.warnings().isEmpty(), d::toString);
        Decision noHolder = Calls.changeMembership(policy, a, local.userId(), holding(local, Set.of(SUP)), null,
                PayrollProfile.BROWSE, false, TODAY);
        assertAllowed(RuleId.D2, noHolder);
        assertTrue(noHolder.warnings().isEmpty(), noHolder::toString);
    }

    /** SPEC revision 2: support may set PAYROLL_CALCULATOR on request ("vid behov kan rollen ställas in av supporten"). */
    @Test
    void D6_platformSupportGrantsPayrollCalculatorOnRequest() {
        assertAllowed(RuleId.D5, supportGrant(payroll, holding(local, Set.of()), PC));
        assertDenied(RuleId.D6, supportGrant(noPayroll, holding(local, Set.of()), PC));
    }

    // ---- D7 auditor ----

    @Test
    void D7_auditorOrganisationNotDesignated_denied() {
        Decision d = Calls.grant(policy, actor(Set.of(FMU, UA), payroll), auditor.userId(), holding(auditor, Set.of()),
                GrantAsk.of(AUD), Optional.empty(), null, TODAY);
        assertDenied(RuleId.D7, d);
    }

    @Test
    void D7_auditorOnlyToAuditorOrganisationMembers_denied() {
        assertDenied(RuleId.D7, grant(Set.of(UA), payroll, local, Set.of(), AUD));
        assertAllowed(RuleId.D3, grant(Set.of(UA), payroll, auditor, Set.of(), AUD));
    }

    @Test
    void D7_auditorGrantedOnlyByUserAdmin() {
        assertDenied(RuleId.D7, grant(Set.of(FMU), payroll, auditor, Set.of(), AUD));
    }

    // ---- D9 revoking ----

    @Test
    void D9_revokeFirmMainUser_byPlatformSupport_allowed() {
        Decision d = Calls.revoke(policy, Fixtures.outside(Fixtures.support(ACTOR), 1, payroll), local.userId(),
                holding(local, Set.of(FMU)), FMU, Optional.of(AUDITORS_ORGANISATION), TODAY);
        assertAllowed(RuleId.D9, d);
    }

    @Test
    void D9_revokeFirmMainUser_byUserAdminOnly_denied() {
        assertDenied(RuleId.D9, revoke(Set.of(UA), payroll, local, Set.of(FMU), FMU));
    }

    @Test
    void D9_revokeFirmMainUser_byMainUserWithUserAdmin_denied() {
        CompanyFacts mine = Fixtures.company(3, "Main Oy", true, ACTOR);
        assertDenied(RuleId.D9, revoke(Set.of(UA), mine, local, Set.of(FMU), FMU));
    }

    @Test
    void D9_revokeFirmMainUser_byAnotherFirmMainUser_allowed() {
        assertAllowed(RuleId.D9, revoke(Set.of(FMU), payroll, local, Set.of(FMU, UA), FMU));
    }

    /**
     * Support revokes only what it may grant. SPEC revision 2 made PAYROLL_CALCULATOR one of those
     * (D6), so support now revokes it (D9 by symmetry); the other roles stay D2.
     */
    @ParameterizedTest
    @ValueSource(strings = {UA, BK, AUD, PC, SUP, PDH})
    void D9_platformSupportRevokesOnlyWhatItGrants(String role) {
        Decision d = Calls.revoke(policy, Fixtures.outside(Fixtures.support(ACTOR), 1, payroll), auditor.userId(),
                holding(auditor, Set.of(role)), role, Optional.of(AUDITORS_ORGANISATION), TODAY);
        if (PC.equals(role)) {
            assertAllowed(RuleId.D9, d);
        } else {
            assertDenied(RuleId.D2, d);
        }
    }

    @Test
    void D9_revokeIsSymmetricToGrant_userAdmin() {
        assertDenied(RuleId.D3, revoke(Set.of(UA), payroll, local, Set.of(UA), UA));
        assertAllowed(RuleId.D9, revoke(Set.of(UA), payroll, local, Set.of(BK), BK));
        assertDenied(RuleId.D6, revoke(Set.of(UA), payroll, local, Set.of(PC), PC));
        assertAllowed(RuleId.D9, revoke(Set.of(UA), payroll, auditor, Set.of(AUD), AUD));
    }

    /**
     * D9: revoking is allowed to whoever could grant the role. A USER_ADMIN could grant AUDITOR; that
     * the holder's primary company is no longer the auditors' organisation (D14 moved it, or another
     * organisation was designated) is a condition for receiving the role, and must not make a held
     * AUDITOR grant irremovable.
     */
    @Test
    void D9_revokeAuditorFromUserNoLongerInAuditorsOrganisation_allowedToUserAdmin() {
        assertAllowed(RuleId.D9, revoke(Set.of(UA), payroll, local, Set.of(AUD), AUD));
        Decision noOrganisation = Calls.revoke(policy, actor(Set.of(UA), payroll), auditor.userId(),
                holding(auditor, Set.of(AUD)), AUD, Optional.empty(), TODAY);
        assertAllowed(RuleId.D9, noOrganisation);
    }

    @Test
    void D9_payrollRolesLeftOverAfterPayrollWasDisabled_canBeRevoked() {
        assertAllowed(RuleId.D9, revoke(Set.of(UA), noPayroll, local, Set.of(SUP), SUP));
        assertAllowed(RuleId.D9, revoke(Set.of(FMU, UA), noPayroll, local, Set.of(PC), PC));
    }

    @Test
    void D9_revokeByNonAdministrator_deniedD2() {
        assertDenied(RuleId.D2, revoke(Set.of(AUD, SUP), payroll, local, Set.of(BK), BK));
    }

    /** D17: an expired grant may still be removed (it is held, though it blocks nothing). */
    @Test
    void D9_revokeOfAnExpiredGrant_allowed() {
        Decision d = Calls.revoke(policy, actor(Set.of(UA), payroll), local.userId(),
                Fixtures.member(local, List.of(Fixtures.expired(BK)), PayrollProfile.ALL_RIGHTS), BK,
                Optional.of(AUDITORS_ORGANISATION), TODAY);
        assertAllowed(RuleId.D9, d);
    }

    // ---- D13 the system's grants in a new client ----

    @Test
    void D13_firmMainUsersGetFirmMainUserUserAdminBookkeeper_andPayrollCalculatorWherePayroll() {
        CompanyFacts withPayroll = new CompanyFacts(0, "New Oy", false, 5L, true, false, null);
        CompanyFacts without = new CompanyFacts(0, "New Oy", false, 5L, false, false, null);
        assertEquals(Set.of(FMU, UA, BK, PC), policy.rolesForFirmMainUsersIn(withPayroll).keySet());
        assertEquals(Set.of(FMU, UA, BK), policy.rolesForFirmMainUsersIn(without).keySet());
    }

    /** Only a FIRM_MAIN_USER of an accounting firm sets off D13's automatic grants; no other user, nor support. */
    @Test
    void D13_automaticGrantsByAnyoneElse_denied() {
        CompanyFacts firm = Fixtures.firm(5, "Firm Oy", ACTOR);
        CompanyFacts client = new CompanyFacts(0, "New Oy", false, 5L, true, false, null);
        for (Set<String> roles : List.of(Set.<String>of(), Set.of(UA), Set.of(UA, BK))) {
            ActorFacts inFirm = Fixtures.in(Fixtures.person(ACTOR), firm, roles);
            ClientOpening o = new ClientOpening(inFirm, inFirm, null, false, true, null, List.of());
            assertDenied(RuleId.D13, Calls.openClient(policy, o, client));
        }
        ActorFacts support = Fixtures.outside(Fixtures.support(ACTOR), 5, firm);
        assertDenied(RuleId.D13, Calls.openClient(policy,
                new ClientOpening(support, support, null, false, true, null, List.of()), client));
    }

    // ---- D1 own membership ----

    @Test
    void D1_notEvenPlatformSupportOnItsOwnMembership() {
        MemberFacts own = Fixtures.member(Fixtures.supportAccount(ACTOR, 1), List.of(Fixtures.live(FMU)),
                PayrollProfile.ALL_RIGHTS);
        assertDenied(RuleId.D1, supportGrant(payroll, own, PC));
        assertDenied(RuleId.D1, Calls.revoke(policy, Fixtures.outside(Fixtures.support(ACTOR), 1, payroll), "support",
                own, FMU, Optional.of(AUDITORS_ORGANISATION), TODAY));
        // Typed in another case, it is the same user id.
        assertDenied(RuleId.D1, Calls.revoke(policy, Fixtures.outside(Fixtures.support(ACTOR), 1, payroll), "SUPPORT",
                own, FMU, Optional.of(AUDITORS_ORGANISATION), TODAY));
    }

    /** SPEC revision 2: platform support's own account holds no role in any company, whoever grants it. */
    @Test
    void D1_supportsAccountHoldsNoRole() {
        MemberFacts supportAccount = Fixtures.member(Fixtures.supportAccount(99, 1), List.of(), PayrollProfile.ALL_RIGHTS);
        for (String role : List.of(BK, UA, SUP)) {
            assertDenied(RuleId.D1, Calls.grant(policy, actor(Set.of(FMU, UA), payroll), "support", supportAccount,
                    GrantAsk.of(role), Optional.of(AUDITORS_ORGANISATION), null, TODAY));
        }
        assertDenied(RuleId.D1, Calls.copy(policy, actor(Set.of(FMU, UA), payroll), "support", supportAccount,
                holding(Fixtures.account(SOURCE, 1), Set.of(BK)), Optional.of(AUDITORS_ORGANISATION), TODAY));
    }

    /**
     * D1 is decided on the user id as typed, before the lookup: every spelling that the lookup resolves to
     * the actor (letter case, padding, the Kelvin sign that lower-cases to "k") is the actor.
     */
    @Test
    void D1_ownUserIdInAnySpelling_denied() {
        ActorFacts a = Fixtures.in(Actor.user(ACTOR, "kim.k", false), payroll, Set.of(FMU, UA));
        MemberFacts own = holding(new TargetFacts(ACTOR, "kim.k", 1, null, true, false, false), Set.of(FMU, UA));
        for (String typed : List.of("kim.k", "KIM.K", " Kim.K ", "\u212Aim.k")) {
            assertDenied(RuleId.D1, Calls.grant(policy, a, typed, own, GrantAsk.of(BK), Optional.of(AUDITORS_ORGANISATION),
                    null, TODAY));
            assertDenied(RuleId.D1, Calls.revoke(policy, a, typed, own, UA, Optional.of(AUDITORS_ORGANISATION), TODAY));
            assertDenied(RuleId.D1, Calls.changeMembership(policy, a, typed, own, null, PayrollProfile.BROWSE, false,
                    TODAY));
        }
    }

    @Test
    void D1_copyOntoOneself_denied() {
        TargetFacts self = Fixtures.account(ACTOR, 1);
        assertDenied(RuleId.D1, copy(Set.of(FMU, UA), payroll, self, Set.of(FMU, UA), Set.of(BK)));
    }

    @Test
    void D1_copyingOnesOwnRightsToSomeoneElse_isNotD1() {
        Decision d = Calls.copy(policy, actor(Set.of(FMU, UA), payroll), local.userId(), holding(local, Set.of()),
                holding(Fixtures.account(ACTOR, 1), Set.of(FMU, UA)), Optional.of(AUDITORS_ORGANISATION), TODAY);
        assertAllowed(RuleId.D5, d);
    }

    // ---- D2 and the role catalogue ----

    /** A service client holds no membership: for it every company is 2.1's 404 (D2), and it calls only the check. */
    @Test
    void D2_serviceClientGrantsNothing() {
        ActorFacts client = Fixtures.outside(Actor.serviceClient("portal"), 1, payroll);
        for (String role : ALL_ROLES) {
            Decision d = Calls.grant(policy, client, local.userId(), holding(local, Set.of()), GrantAsk.of(role),
                    Optional.of(AUDITORS_ORGANISATION), null, TODAY);
            assertDenied(RuleId.D2, d);
            assertEquals(Decision.Outcome.HIDDEN, d.outcome());
        }
        assertDenied(RuleId.CHECK, policy.notServiceClient(Actor.serviceClient("portal")));
    }

    /** 2.1: authorisation is decided before the target is looked up, so the answer never depends on it. */
    @Test
    void D2_decidedBeforeTheTargetIsLookedUp() {
        for (Set<String> roles : List.of(Set.<String>of(), Set.of(BK), Set.of(AUD, SUP))) {
            ActorFacts a = actor(roles, payroll);
            for (String role : ALL_ROLES) {
                Decision known = Calls.grant(policy, a, local.userId(), holding(local, Set.of()), GrantAsk.of(role),
                        Optional.of(AUDITORS_ORGANISATION), null, TODAY);
                Decision unknown = Calls.grant(policy, a, "nobody", null, GrantAsk.of(role),
                        Optional.of(AUDITORS_ORGANISATION), null, TODAY);
                assertDenied(RuleId.D2, known);
                assertEquals(known, unknown);
            }
        }
        ActorFacts outsider = Fixtures.outside(Fixtures.person(ACTOR), 1, payroll);
        ActorFacts noCompany = Fixtures.outside(Fixtures.person(ACTOR), 77, null);
        assertEquals(Decision.Outcome.HIDDEN, policy.administerMember(outsider, local.userId()).outcome());
        assertEquals(policy.administerMember(outsider, local.userId()).outcome(),
                policy.administerMember(noCompany, local.userId()).outcome());
    }

    @Test
    void SPEC1_unknownRole_isBadInputNamingRole() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grant(Set.of(FMU, UA), payroll, local, Set.of(), "OWNER"));
        assertEquals("role", e.field());
        assertThrows(InvalidInputException.class, () -> policy.role(null));
    }

    @Test
    void SPEC1_everyRoleOfTheRoleTable_isKnown() {
        assertEquals(new TreeSet<>(ALL_ROLES), new TreeSet<>(policy.roles().keySet()));
    }

    /**
     * SPEC 4.1 and 2: the grant dialog offers exactly what A may grant (grantable-roles), with the rule for
     * the rest; it agrees with the grant itself for every role, actor and target (support's requester is
     * asked for when it grants, so support's answer is compared with a grant its main user requested).
     */
    @Test
    void D3_D4_D5_D6_D7_D15_grantableAgreesWithTheGrant() {
        List<MemberFacts> targets = List.of(holding(local, Set.of()), holding(auditor, Set.of()),
                holding(auditor, Set.of(AUD)), holding(local, Set.of(BK, SUP)), holding(local, Set.of(FMU)),
                Fixtures.member(local, List.of(Fixtures.expired(UA)), PayrollProfile.NONE));
        RequesterFacts mainUser = new RequesterFacts(Fixtures.userId(MAIN_USER), true, true, false);
        int compared = 0;
        for (CompanyFacts c : List.of(payroll, noPayroll, Fixtures.company(3, "Main Oy", true, ACTOR))) {
            List<ActorFacts> actors = List.of(actor(Set.of(UA), c), actor(Set.of(FMU), c), actor(Set.of(FMU, UA), c),
                    Fixtures.outside(Fixtures.support(ACTOR), c.id(), c));
            for (ActorFacts a : actors) {
                for (MemberFacts t : targets) {
                    for (DelegationPolicy.Grantable g : policy.grantable(a, t, Optional.of(AUDITORS_ORGANISATION), TODAY)) {
                        String role = g.role().code();
                        RequesterFacts req = a.support() ? mainUser : null;
                        Decision grant = Calls.grant(policy, a, t.user().userId(), t,
                                new GrantAsk(role, null, null, null, req == null ? null : req.userId()),
                                Optional.of(AUDITORS_ORGANISATION), req, TODAY);
                        assertEquals(grant.outcome(), g.decision().outcome(), () -> role + " for " + a + " on " + t);
                        assertEquals(grant.rule(), g.decision().rule(), () -> role + " for " + a + " on " + t);
                        assertEquals(t.holdsLive(role, TODAY), g.held(), role);
                        compared++;
                    }
                }
            }
        }
        assertEquals(3 * 4 * targets.size() * ALL_ROLES.size(), compared);
    }

    /** D17: only SUPERVISOR and PERSONAL_DATA_HANDLER follow employees (the grant-scopes table has the rest). */
    @Test
    void D17_scopesFollowTheRoleTable() {
        for (String role : ALL_ROLES) {
            boolean follows = SUP.equals(role) || PDH.equals(role);
            assertEquals(follows, Arrays.stream(GrantScope.values()).allMatch(s -> policy.role(role).scopes().contains(s)),
                    role);
        }
    }
}
