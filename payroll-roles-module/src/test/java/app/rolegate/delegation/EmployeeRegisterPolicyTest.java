package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.BK;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.Actor;
import app.rolegate.platform.RuleId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The policy's decisions about the employee register (SPEC 5.1-5.3): who administers it (D2 and 2.1), who links
 * an account to an employee record (D1, D2, D10), who sets an activation policy (D1, D18), and what a clocking
 * terminal's look-up finds (D2, 2.1). Each rule allowed and denied.
 */
class EmployeeRegisterPolicyTest {
    private static final long C = 1;
    private static final long ELSEWHERE = 2;
    private final DelegationPolicy policy = Fixtures.policy();
    private final CompanyFacts company = Fixtures.company(C, "Client Oy", true, null);
    private final Actor actor = Fixtures.person(10);

    private ActorFacts with(String... roles) {
        return Fixtures.in(actor, company, Set.of(roles));
    }

    private static void assertDecision(Decision.Outcome outcome, RuleId rule, Decision d) {
        assertEquals(outcome, d.outcome(), d.toString());
        assertEquals(rule, d.rule(), d.toString());
    }

    @Test
    void D2_theRegisterIsTheAdministrators_andHiddenFromNonMembers() {
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.administerRegister(with(UA)));
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.administerRegister(with(FMU)));
        assertDecision(Decision.Outcome.DENY, RuleId.D2, policy.administerRegister(with(BK)));
        Decision outside = policy.administerRegister(Fixtures.outside(actor, C, company));
        assertDecision(Decision.Outcome.HIDDEN, RuleId.D2, outside);
        assertTrue(outside.companyHidden());
        assertEquals(Decision.Outcome.HIDDEN, policy.administerRegister(Fixtures.outside(actor, 99, null)).outcome());
        // Platform support administers no company's register.
        assertDecision(Decision.Outcome.DENY, RuleId.D2, policy.administerRegister(Fixtures.outside(Fixtures.support(5),
                C, company)));
    }

    @Test
    void D1_nobodyLinksTheirOwnAccount_inAnySpelling_beforeOrAfterTheLookup() {
        assertDecision(Decision.Outcome.DENY, RuleId.D1, policy.administerEmployeeLink(with(UA), "USER10"));
        assertDecision(Decision.Outcome.DENY, RuleId.D1, policy.employeeLink(with(UA), Fixtures.account(10, C), true,
                true));
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.administerEmployeeLink(with(UA), "user20"));
        assertDecision(Decision.Outcome.DENY, RuleId.D2, policy.administerEmployeeLink(with(BK), "user20"));
        assertEquals(Decision.Outcome.HIDDEN, policy.administerEmployeeLink(Fixtures.outside(actor, C, company),
                "user20").outcome());
    }

    @Test
    void D18_onlyAnAccountOwnedByTheCompanyIsLinked_itsEmploymentThenDecidesItsActivation() {
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.employeeLink(with(UA), Fixtures.account(20, C), true,
                true));
        assertDecision(Decision.Outcome.DENY, RuleId.D18, policy.employeeLink(with(UA), Fixtures.account(20, ELSEWHERE),
                true, true));
        // Removing a link gives nothing: the company it is authorised to may remove it.
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.employeeLink(with(UA), Fixtures.account(20, ELSEWHERE),
                true, false));
        // Not a member of C: the administrator does not see the account (2.1); nor support's account.
        assertEquals(Decision.Outcome.HIDDEN, policy.employeeLink(with(UA), Fixtures.account(20, C), false, true)
                .outcome());
        assertEquals(Decision.Outcome.HIDDEN, policy.employeeLink(with(UA), Fixtures.supportAccount(20, C), true, true)
                .outcome());
    }

    @Test
    void D10_theRegisterChangesAnAccountsEmailOnlyWhereTheAccountsCreatorActs() {
        TargetFacts byActor = new TargetFacts(20, "user20", C, actor.accountId(), true, false, false);
        TargetFacts bySomeoneElse = new TargetFacts(20, "user20", C, 77L, true, false, false);
        assertDecision(Decision.Outcome.ALLOW, RuleId.D10, policy.emailFromEmployee(with(UA), byActor, "new@x.example",
                "old@x.example"));
        assertDecision(Decision.Outcome.DENY, RuleId.D10, policy.emailFromEmployee(with(UA), bySomeoneElse,
                "new@x.example", "old@x.example"));
        // Nothing changes: no e-mail on the record, or the same one.
        assertDecision(Decision.Outcome.ALLOW, RuleId.D10, policy.emailFromEmployee(with(UA), bySomeoneElse, null,
                "old@x.example"));
        assertDecision(Decision.Outcome.ALLOW, RuleId.D10, policy.emailFromEmployee(with(UA), bySomeoneElse,
                "old@x.example", "old@x.example"));
    }

    @Test
    void D18_theActivationPolicyIsSetByWhoeverMayDeactivate_neverOnOneself() {
        assertDecision(Decision.Outcome.ALLOW, RuleId.D18, policy.setActivationPolicy(with(UA), Fixtures.account(20, C),
                true));
        assertDecision(Decision.Outcome.DENY, RuleId.D18, policy.setActivationPolicy(with(FMU), Fixtures.account(20, C),
                true));
        assertDecision(Decision.Outcome.DENY, RuleId.D1, policy.setActivationPolicy(with(UA), Fixtures.account(10, C),
                true));
        assertDecision(Decision.Outcome.ALLOW, RuleId.D18, policy.setActivationPolicy(Fixtures.outside(
                Fixtures.support(5), C, company), Fixtures.account(20, C), true));
        assertEquals(Decision.Outcome.HIDDEN, policy.setActivationPolicy(with(UA), Fixtures.account(20, C), false)
                .outcome());
    }

    @Test
    void D2_aLookupFindsOnlyAnAccountTheCallerSees_andUnknownReadsAsInvisible() {
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.lookup(actor, Fixtures.account(20, C), true));
        assertEquals(Decision.Outcome.HIDDEN, policy.lookup(actor, Fixtures.account(20, C), false).outcome());
        Decision unknown = policy.lookup(actor, null, false);
        assertEquals(Decision.Outcome.HIDDEN, unknown.outcome());
        assertEquals(RuleId.D2, unknown.rule());
        assertDecision(Decision.Outcome.ALLOW, RuleId.D2, policy.lookup(actor, Fixtures.account(10, C), false));
        assertDecision(Decision.Outcome.DENY, RuleId.CHECK, policy.lookup(Actor.serviceClient("terminal"),
                Fixtures.account(20, C), true));
    }
}
