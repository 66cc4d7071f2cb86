package app.rolegate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.grant.GrantScope;
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
 * Runs every row of {@code tables/coverage.csv} (SPEC 3 "covering X", 5.2) against {@link CoverageRule}: whether
 * the grant covers, and which date rule its reason names. The CSV's header comment explains the columns.
 */
class CoverageTableTest {
    static final String TABLE = "/tables/coverage.csv";
    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final long X = 500;
    static final long HOLDER = 100;

    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("line " + line + " has no column " + column);
            }
            return v;
        }

        @Override
        public String toString() {
            return "coverage.csv:" + line + " " + cells.values();
        }
    }

    static List<Row> read() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CoverageTableTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
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
                assertEquals(header.length, cells.length, "coverage.csv:" + n + " has " + cells.length + " cells");
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
    void coverage_decisionTable(Row row) {
        GrantScope scope = GrantScope.valueOf(row.get("scope"));
        String k = row.get("costCentre");
        GrantFacts grant = new GrantFacts("SUPERVISOR", scope, "-".equals(k) ? null : k, null, null);
        EmployeeFacts x = facts(row);
        CoverageRule.Covered c = CoverageRule.covers(grant, x, DAY);
        boolean expected = switch (row.get("expected")) {
            case "covers" -> true;
            case "not" -> false;
            default -> throw new IllegalArgumentException(row.toString());
        };
        assertEquals(expected, c.covers(), () -> row + ": " + c.reason());
        assertFalse(c.reason() == null || c.reason().isBlank(), row::toString);
        if (expected) {
            assertTrue(c.reason().contains("SUPERVISOR (scope " + scope), () -> row + " names no grant: " + c.reason());
        }
        String rule = row.get("dateRule");
        String fragment = switch (rule) {
            case "home" -> "the home cost centre on " + DAY + " is " + k;
            case "tolerance-new" -> " to " + k + " on ";
            case "tolerance-old" -> "from " + k + " to ";
            case "company" -> "covers every employee of";
            case "hierarchy" -> "below the holder's employee record " + HOLDER;
            case "-" -> "";
            default -> throw new IllegalArgumentException(row + ": unknown dateRule " + rule);
        };
        assertTrue(c.reason().contains(fragment), () -> row + ": the reason names no " + rule + " rule: " + c.reason());
        if (rule.startsWith("tolerance")) {
            assertTrue(c.reason().contains("tolerance of " + row.get("tolerance") + " days"), c::reason);
        }
    }

    private static EmployeeFacts facts(Row row) {
        List<EmployeeFacts.Home> history = new ArrayList<>();
        if (!"-".equals(row.get("history"))) {
            for (String entry : row.get("history").split(";")) {
                String[] parts = entry.split("@");
                history.add(new EmployeeFacts.Home(parts[0], DAY.plusDays(Long.parseLong(parts[1].replace("+", "")))));
            }
        }
        int t = Integer.parseInt(row.get("tolerance"));
        String relation = row.get("relation");
        Long holder = "unlinked".equals(relation) ? null : HOLDER;
        if ("self".equals(relation)) {
            holder = X;
        }
        Integer depth = switch (relation) {
            case "below1" -> 1;
            case "below10" -> 10;
            default -> null; // self, above, beside: no closure row puts X below U's record
        };
        if ("out".equals(row.get("employee"))) {
            return EmployeeFacts.notInCompany(Long.toString(X), "Client Oy", holder);
        }
        return new EmployeeFacts(Long.toString(X), X, "Client Oy", t, history, holder, depth);
    }

    /** Every row a distinct situation, and the window's four edges present for t = 3 and t = 0 on both sides. */
    @Test
    void coverageTable_isWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Row r : read()) {
            String key = String.join(",", r.cells().values().stream().limit(6).toList());
            assertTrue(seen.add(key), () -> "duplicate row " + r);
        }
        for (String edge : List.of("K2,in,K1@-400;K2@+4,3", "K2,in,K1@-400;K2@+3,3", "K1,in,K1@-400;K2@-3,3",
                "K1,in,K1@-400;K2@-4,3", "K2,in,K1@-400;K2@0,0", "K1,in,K1@-400;K2@0,0")) {
            assertTrue(seen.stream().anyMatch(s -> s.contains(edge)), "no row for " + edge);
        }
    }
}
