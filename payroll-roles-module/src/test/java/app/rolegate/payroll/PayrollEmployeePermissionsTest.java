package app.rolegate.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.check.CheckContext;
import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.CheckFacts.MembershipFacts;
import app.rolegate.check.EmployeeFacts;
import app.rolegate.check.Verdict;
import app.rolegate.delegation.Tables;
import app.rolegate.delegation.Tables.Row;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.PayrollProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@code check-tables/payroll-employee-permissions.csv} (SPEC 3, revision 2: payroll.payslip.read,
 * time.approve, personal-data.edit) against {@link PayrollPermissions}, with coverage decided by CoverageRule.
 */
class PayrollEmployeePermissionsTest {
    static final String TABLE = "/check-tables/payroll-employee-permissions.csv";
    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final long X = 500;
    static final CompanyFacts C = new CompanyFacts(1, "Client Oy", true, false);

    private final PayrollPermissions permissions = new PayrollPermissions();

    static Stream<Row> rows() {
        return Tables.read(TABLE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void payrollEmployeePermissions_decisionTable(Row row) {
        List<GrantFacts> grants = new ArrayList<>();
        grant(grants, PayrollRoles.SUPERVISOR, row.get("supervisor"));
        grant(grants, PayrollRoles.PERSONAL_DATA_HANDLER, row.get("handler"));
        if (row.yes("calculator")) {
            grants.add(new GrantFacts(PayrollRoles.PAYROLL_CALCULATOR, GrantScope.COMPANY, null, null, null));
        }
        long holder = row.yes("own") ? X : 100;
        EmployeeFacts x = "in".equals(row.get("employee"))
                ? new EmployeeFacts(Long.toString(X), X, C.name(), 3, List.of(new EmployeeFacts.Home("K1",
                        DAY.minusDays(10))), holder, null)
                : EmployeeFacts.notInCompany(Long.toString(X), C.name(), holder);
        MembershipFacts m = new MembershipFacts(1, null, null, AccountingProfile.NONE,
                PayrollProfile.valueOf(row.get("profile")), null, Map.of());
        CheckContext ctx = new CheckContext("u", C, m, grants, Long.toString(X), DAY, () -> x);
        Verdict v = permissions.evaluate(row.get("permission"), ctx);
        assertEquals("allow".equals(row.get("expected")), v.allowed(), () -> row + ": " + v.reasons());
        assertFalse(v.reasons().isEmpty(), row::toString);
        String first = v.reasons().get(0);
        String fragment = switch (row.get("because")) {
            case "own" -> "own employee record";
            case "profile" -> "payroll profile " + row.get("profile") + " allows";
            case "supervisor" -> "SUPERVISOR (scope COST_CENTRE K1) covers";
            case "approver" -> "payroll profile APPROVER with PERSONAL_DATA_HANDLER (scope COST_CENTRE K1) covers";
            case "handler" -> "PERSONAL_DATA_HANDLER (scope COST_CENTRE K1) covers";
            case "calculator" -> "PAYROLL_CALCULATOR";
            case "-" -> "";
            default -> throw new IllegalArgumentException(row.toString());
        };
        assertTrue(first.contains(fragment), () -> row + ": " + v.reasons());
    }

    private static void grant(List<GrantFacts> grants, String role, String coverage) {
        switch (coverage) {
            case "none" -> {
            }
            case "covering" -> grants.add(new GrantFacts(role, GrantScope.COST_CENTRE, "K1", null, null));
            case "not" -> grants.add(new GrantFacts(role, GrantScope.COST_CENTRE, "K9", null, null));
            default -> throw new IllegalArgumentException(coverage);
        }
    }

    @Test
    void payrollEmployeePermissionsTable_hasNoDuplicateRows() {
        Set<String> seen = new HashSet<>();
        for (Row r : Tables.read(TABLE)) {
            assertTrue(seen.add(String.join(",", r.cells().values().stream().limit(7).toList())), r::toString);
        }
    }
}
