package app.rolegate.delegation;

import static app.rolegate.delegation.Fixtures.ALL_ROLES;
import static app.rolegate.delegation.Fixtures.FMU;
import static app.rolegate.delegation.Fixtures.UA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.Actor;
import app.rolegate.user.UserAccount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Runs every row of {@code decision-table.csv} (SPEC section 2, D1-D15) against the engine: the
 * decision's allowed flag and the rule it names. The CSV's header comment explains the columns.
 */
class DecisionTableTest {
    static final String TABLE = "/decision-table.csv";
    static final List<String> ACTORS = List.of("NONE", "USER_ADMIN", "USER_ADMIN+MAIN_USER", "FIRM_MAIN_USER",
            "FIRM_MAIN_USER+USER_ADMIN", "BOOKKEEPER", "AUDITOR", "PAYROLL_CALCULATOR", "PLATFORM_SUPPORT", "SELF");

    static final long C = 1;
    static final long AUDITORS_ORGANISATION = 900;
    static final long ACTOR_ID = 10;
    static final long TARGET_ID = 20;
    static final long SOMEONE_ELSE_MAIN_USER = 30;

    private final DelegationEngine engine = Fixtures.engine();

    @ParameterizedTest(name = "{6} {0} {1} {2} payroll={3} targetInAuditorOrg={4} -> {5}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void D1toD15_decisionTable(String actor, String operation, String role, String payroll, String targetInAuditorOrg,
            String expected, String rule) {
        Company company = Fixtures.company(C, "Client Oy", "on".equals(payroll));
        boolean self = "SELF".equals(actor);
        boolean support = "PLATFORM_SUPPORT".equals(actor);
        Set<String> actorRoles = actorRoles(actor);
        company.assignMainUser("USER_ADMIN+MAIN_USER".equals(actor) ? ACTOR_ID : SOMEONE_ELSE_MAIN_USER);

        long targetPrimary = "yes".equals(targetInAuditorOrg) ? AUDITORS_ORGANISATION : C;
        UserAccount target = Fixtures.user(self ? ACTOR_ID : TARGET_ID, targetPrimary);
        Actor a = support ? Fixtures.support(ACTOR_ID) : Fixtures.person(ACTOR_ID);

        Set<String> targetRoles = new HashSet<>(self ? actorRoles : Set.of());
        if ("revoke".equals(operation)) {
            targetRoles.add(role);
        }
        GrantOrigin origin = switch (operation) {
            case "grant" -> support && "FIRM_MAIN_USER".equals(role) ? GrantOrigin.PLATFORM_SUPPORT : GrantOrigin.DIRECT;
            case "revoke" -> GrantOrigin.DIRECT;
            case "copy" -> GrantOrigin.COPY;
            default -> throw new IllegalArgumentException(operation);
        };
        GrantRequest r = Fixtures.request(a, actorRoles, company, target, targetRoles, AUDITORS_ORGANISATION, origin);

        Decision d = switch (operation) {
            case "grant" -> engine.decideGrant(r, role);
            case "revoke" -> engine.decideRevoke(r, role);
            default -> engine.decideCopy(r, Set.of(role));
        };
        String row = String.join(",", actor, operation, role, payroll, targetInAuditorOrg, expected, rule);
        String got = (d.allowed() ? "ALLOW" : "DENY") + " " + d.rule() + " (" + d.reason() + ")";
        assertEquals("ALLOW".equals(expected), d.allowed(), () -> "row " + row + ": got " + got);
        assertEquals(rule, String.valueOf(d.rule()), () -> "row " + row + ": got " + got);
    }

    static Set<String> actorRoles(String actor) {
        return switch (actor) {
            case "NONE", "PLATFORM_SUPPORT" -> Set.of();
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
    void decisionTable_hasExactlyOneRowPerCombination() throws IOException {
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            assertEquals("actor,operation,role,payroll,targetInAuditorOrg,expected,rule", lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                assertEquals(7, f.length, line);
                assertTrue(ACTORS.contains(f[0]), line);
                assertTrue(List.of("grant", "revoke", "copy").contains(f[1]), line);
                assertTrue(ALL_ROLES.contains(f[2]), line);
                assertTrue(List.of("on", "off").contains(f[3]), line);
                assertTrue(List.of("yes", "no").contains(f[4]), line);
                assertTrue(List.of("ALLOW", "DENY").contains(f[5]), line);
                assertTrue(f[6].matches("D([1-9]|1[0-6])"), line);
                assertTrue(seen.add(String.join(",", f[0], f[1], f[2], f[3], f[4])), "duplicate row " + line);
            }
        }
        assertEquals(ACTORS.size() * 3 * ALL_ROLES.size() * 2 * 2, seen.size());
    }
}
