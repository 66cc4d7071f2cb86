package app.rolegate.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC 5.3, 5.4 with D1, D2, D10, D18 and 2.1: who administers the identity-provider link, the outbox and the job. */
class IdpLinkPolicyTest {
    private static final DelegationPolicy POLICY = new DelegationPolicy(List.of(), SeparationOfDuty.of(""));
    private static final CompanyFacts COMPANY = new CompanyFacts(10, "Alpha Oy", false, null, true, true, 1L);
    private static final Actor ADMIN = Actor.user(1, "anna", false);
    private static final Actor SUPPORT = Actor.user(99, "support", true);
    /** Created by anna. */
    private static final TargetFacts BERT = new TargetFacts(2, "bert", 10, 1L, true, false, false);

    private static ActorFacts in(Actor a, boolean member, String... roles) {
        return new ActorFacts(a, 10, COMPANY, member, Set.of(roles));
    }

    @Test
    void D2_anAdministratorOfTheCompany_mayAct_onAMember() {
        ActorFacts a = in(ADMIN, true, CoreRoles.USER_ADMIN);
        assertTrue(POLICY.administerIdpLink(a, "bert").allowed());
        assertEquals(RuleId.D2, POLICY.idpLinkTarget(a, BERT, true).rule());
        assertTrue(POLICY.administerIdpLink(in(ADMIN, true, CoreRoles.FIRM_MAIN_USER), "bert").allowed());
    }

    @Test
    void D2_aMemberWithoutTheRoles_isDenied_support_too() {
        Decision d = POLICY.administerIdpLink(in(Actor.user(3, "cecil", false), true), "bert");
        assertEquals(Decision.Outcome.DENY, d.outcome());
        assertEquals(RuleId.D2, d.rule());
        Decision s = POLICY.administerIdpLink(in(SUPPORT, false), "bert");
        assertEquals(Decision.Outcome.DENY, s.outcome());
        assertEquals(RuleId.D2, s.rule());
    }

    @Test
    void twoOne_aNonMember_orAnUnknownCompany_orAUserWhoIsNoMember_isHidden() {
        Decision outsider = POLICY.administerIdpLink(in(Actor.user(4, "dan", false), false), "bert");
        assertEquals(Decision.Outcome.HIDDEN, outsider.outcome());
        assertTrue(outsider.companyHidden());
        Decision unknown = POLICY.administerIdpLink(new ActorFacts(ADMIN, 77, null, false, Set.of()), "bert");
        assertEquals(Decision.Outcome.HIDDEN, unknown.outcome());
        ActorFacts a = in(ADMIN, true, CoreRoles.USER_ADMIN);
        assertEquals(Decision.Outcome.HIDDEN, POLICY.idpLinkTarget(a, BERT, false).outcome());
        assertEquals(Decision.Outcome.HIDDEN, POLICY.idpLinkTarget(a, null, false).outcome());
    }

    @Test
    void D1_nobodyOnTheirOwnAccount_anySpelling_andNeverSupportsAccount() {
        ActorFacts a = in(ADMIN, true, CoreRoles.USER_ADMIN);
        assertEquals(RuleId.D1, POLICY.administerIdpLink(a, "ANNA").rule());
        TargetFacts anna = new TargetFacts(1, "anna", 10, null, true, false, false);
        assertEquals(RuleId.D1, POLICY.idpLinkTarget(a, anna, true).rule());
        TargetFacts support = new TargetFacts(99, "support", 10, null, true, true, false);
        assertEquals(RuleId.D1, POLICY.idpLinkTarget(a, support, true).rule());
        assertTrue(POLICY.administerIdpLink(a, null).allowed(), "a bulk call names no user");
    }

    @Test
    void D10_theSavedAddress_byAnyAdministrator_anotherOnlyByTheCreator() {
        Actor other = Actor.user(5, "eva", false);
        assertTrue(POLICY.idpAddress(other, BERT, true).allowed());
        Decision d = POLICY.idpAddress(other, BERT, false);
        assertEquals(Decision.Outcome.DENY, d.outcome());
        assertEquals(RuleId.D10, d.rule());
        assertEquals(RuleId.D10, POLICY.idpAddress(ADMIN, BERT, false).rule());
        assertTrue(POLICY.idpAddress(ADMIN, BERT, false).allowed());
    }

    @Test
    void theOutbox_administratorsWithoutBodies_supportWhole() {
        Decision admin = POLICY.readOutbox(in(ADMIN, true, CoreRoles.USER_ADMIN));
        assertTrue(admin.allowed());
        assertFalse(DelegationPolicy.readsMailsWhole(admin));
        Decision support = POLICY.readOutbox(in(SUPPORT, false));
        assertTrue(support.allowed());
        assertTrue(DelegationPolicy.readsMailsWhole(support));
        assertEquals(RuleId.D2, POLICY.readOutbox(in(Actor.user(3, "cecil", false), true)).rule());
        assertEquals(Decision.Outcome.HIDDEN, POLICY.readOutbox(in(Actor.user(4, "dan", false), false)).outcome());
    }

    @Test
    void D18_theJobRunsAsTheSystem_aPersonOnlyAsSupport() {
        assertEquals(RuleId.D18, POLICY.runEmploymentJob(Actor.system()).rule());
        assertTrue(POLICY.runEmploymentJob(SUPPORT).allowed());
        Decision admin = POLICY.runEmploymentJob(ADMIN);
        assertEquals(Decision.Outcome.DENY, admin.outcome());
        assertEquals(RuleId.SUPPORT, admin.rule());
        assertFalse(POLICY.runEmploymentJob(Actor.serviceClient("client:portal")).allowed());
        // The job's changes are D18's: allowed to the system, never on platform support's account.
        TargetFacts support = new TargetFacts(99, "support", 10, null, true, true, false);
        assertTrue(POLICY.deactivate(new ActorFacts(Actor.system(), 10, COMPANY, false, Set.of()), BERT).allowed());
        assertFalse(POLICY.deactivate(new ActorFacts(Actor.system(), 10, COMPANY, false, Set.of()), support).allowed());
    }
}
