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
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.PayrollProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("line " + line + " has no column " + column);
            }
            return v;
        }

        boolean yes(String column) {
            return switch (get(column)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException(this + ": " + column + " must be yes or no");
            };
        }

        @Override
        public String toString() {
            return "payroll-employee-permissions.csv:" + line + " " + cells.values();
        }
    }

    static List<Row> read() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PayrollEmployeePermissionsTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
            String[] header = null;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                assertEquals(header.length, cells.length, TABLE + ":" + n);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], cells[i].strip());
                }
                rows.add(new Row(n, m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Stream<Row> rows() {
        return read().stream();
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
        for (Row r : read()) {
            assertTrue(seen.add(String.join(",", r.cells().values().stream().limit(7).toList())), r::toString);
        }
    }
}
