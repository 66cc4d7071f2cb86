package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.PC;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@code decision-table.csv} (SPEC section 2, D1-D17, and 2.1) against the policy, in the
 * order the services ask it: the decision's outcome and the rule it names. The CSV's header comment
 * explains the columns.
 */
class DecisionTableTest {
    static final String TABLE = "/decision-table.csv";
    static final List<String> ACTORS = List.of("NONE", "USER_ADMIN", "USER_ADMIN+MAIN_USER", "FIRM_MAIN_USER",
            "FIRM_MAIN_USER+USER_ADMIN", "BOOKKEEPER", "AUDITOR", "PAYROLL_CALCULATOR", "PLATFORM_SUPPORT", "SELF", "OUTSIDER");

    static final long C = 1;
    static final long AUDITORS_ORGANISATION = 900;
    static final long ACTOR_ID = 10;
    static final long TARGET_ID = 20;
    static final long SOMEONE_ELSE_MAIN_USER = 30;
    static final long SOURCE_ID = 40;

    private final DelegationPolicy policy = Fixtures.policy();

    static Stream<Tables.Row> rows() {
        return Tables.read(TABLE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void D1toD17_decisionTable(Tables.Row row) {
        String actor = row.get("actor");
        String operation = row.get("operation");
        String role = row.get("role");
        boolean payroll = "on".equals(row.get("payroll"));
        boolean self = "SELF".equals(actor);
        boolean support = "PLATFORM_SUPPORT".equals(actor);
        CompanyFacts company = Fixtures.company(C, "Client Oy", payroll,
                "USER_ADMIN+MAIN_USER".equals(actor) ? ACTOR_ID : SOMEONE_ELSE_MAIN_USER);

        Actor a = support ? Fixtures.support(ACTOR_ID) : Fixtures.person(ACTOR_ID);
        Set<String> actorRoles = actorRoles(actor);
        // Platform support is a member of no company; it sees every company all the same.
        ActorFacts facts = support || "OUTSIDER".equals(actor) ? Fixtures.outside(a, C, company)
                : Fixtures.in(a, company, actorRoles);

        long targetPrimary = "yes".equals(row.get("targetInAuditorOrg")) ? AUDITORS_ORGANISATION : C;
        TargetFacts target = Fixtures.account(self ? ACTOR_ID : TARGET_ID, targetPrimary);
        List<String> held = new ArrayList<>(self ? actorRoles : Set.of());
        if ("revoke".equals(operation) && !held.contains(role)) {
            held.add(role);
        }
        // Where payroll is on, the target's payroll profile is NONE: a PAYROLL_CALCULATOR grant warns (D6).
        MemberFacts member = Fixtures.member(target, held.stream().map(Fixtures::live).toList(),
                payroll ? PayrollProfile.NONE : null);
        Optional<Long> auditors = Optional.of(AUDITORS_ORGANISATION);
        // Support's exceptional grants are requested by C's main user (D5, D6).
        RequesterFacts requester = support
                ? new RequesterFacts(Fixtures.userId(SOMEONE_ELSE_MAIN_USER), true, true, false) : null;

        Decision d = switch (operation) {
            case "grant" -> Calls.grant(policy, facts, target.userId(), member,
                    new GrantAsk(role, null, null, null, requester == null ? null : requester.userId()), auditors,
                    requester, Fixtures.TODAY);
            case "revoke" -> Calls.revoke(policy, facts, target.userId(), member, role, auditors, Fixtures.TODAY);
            case "copy" -> Calls.copy(policy, facts, target.userId(), member,
                    Fixtures.member(Fixtures.account(SOURCE_ID, C), role), auditors, Fixtures.TODAY);
            default -> throw new IllegalArgumentException(operation);
        };
        Tables.check(row, d);
        // D6: an allowed grant of PAYROLL_CALCULATOR to a holder without payroll ALL_RIGHTS warns; nothing else does.
        if (d.allowed() && Tables.knownFor(row) == null) {
            boolean warns = "grant".equals(operation) && PC.equals(role);
            assertEquals(warns, !d.warnings().isEmpty(), () -> "row " + row + " warnings " + d.warnings());
        }
    }

    static Set<String> actorRoles(String actor) {
        return switch (actor) {
            case "NONE", "PLATFORM_SUPPORT", "OUTSIDER" -> Set.of();
            case "SELF" -> Set.of(FMU, UA);
            default -> {
                Set<String> s = new HashSet<>(Set.of(actor.split("\\+")));
                s.remove("MAIN_USER");
                yield s;
            }
        };
    }

    /** The table is complete: one row for every actor x operation x role x payroll x auditor-org combination. */
    @Test
    void decisionTable_hasExactlyOneRowPerCombination() {
        List<Tables.Row> rows = Tables.read(TABLE);
        assertEquals(List.of("actor", "operation", "role", "payroll", "targetInAuditorOrg", "expected", "rule"),
                rows.get(0).columns());
        Set<String> seen = new HashSet<>();
        for (Tables.Row r : rows) {
            assertTrue(ACTORS.contains(r.get("actor")), r::toString);
            assertTrue(List.of("grant", "revoke", "copy").contains(r.get("operation")), r::toString);
            assertTrue(ALL_ROLES.contains(r.get("role")), r::toString);
            assertTrue(List.of("on", "off").contains(r.get("payroll")), r::toString);
            assertTrue(List.of("yes", "no").contains(r.get("targetInAuditorOrg")), r::toString);
            assertTrue(seen.add(r.key()), () -> "duplicate row " + r);
        }
        Tables.assertWellFormed(TABLE);
        assertEquals(ACTORS.size() * 3 * ALL_ROLES.size() * 2 * 2, seen.size());
    }
}
