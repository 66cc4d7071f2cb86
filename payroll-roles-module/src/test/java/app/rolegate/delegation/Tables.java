package app.rolegate.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.RuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the decision tables (CSV under {@code src/test/resources/tables/}; lines starting with # are
 * comments, the first other line is the header) and checks a decision against a row: its outcome,
 * its rule, and where the table has them the field named by a 400 and whether a warning came.
 *
 * <p>A row listed in {@code known-disagreements.csv} is a place where the policy answers otherwise
 * than the SPEC says. The row keeps the SPEC's answer; the test expects the policy's current answer
 * from that file, so the build stays green while the finding is judged, and fails once the policy
 * agrees with the SPEC, so that the entry is removed.
 */
public final class Tables {
    static final String DIR = "/tables/";
    /** The family tables, each run by its own parameterized test. */
    static final List<String> FAMILIES = List.of("grants-to-holders.csv", "copy-several-roles.csv",
            "main-user-interplay.csv", "support-requests.csv", "grant-scopes.csv", "membership-change.csv",
            "membership-removal.csv", "all-companies.csv", "main-user.csv", "account-change.csv", "authorise.csv",
            "client-opening.csv", "company-creation.csv", "check-askers.csv", "audit-reading.csv");

    private Tables() {
    }

    /** One data line of a table. */
    public record Row(String table, int line, List<String> columns, Map<String, String> cells, String text) {

        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException(table + ":" + line + " has no column " + column);
            }
            return v;
        }

        boolean has(String column) {
            return cells.containsKey(column);
        }

        public boolean yes(String column) {
            String v = get(column);
            if (!v.equals("yes") && !v.equals("no")) {
                throw new IllegalArgumentException(table + ":" + line + " " + column + " must be yes or no: " + v);
            }
            return v.equals("yes");
        }

        /** The situation the row describes: every column before {@code expected}. */
        String key() {
            return String.join(",", columns.subList(0, columns.indexOf("expected")).stream().map(cells::get).toList());
        }

        @Override
        public String toString() {
            return table + ":" + line + " " + text;
        }
    }

    /** A table by its file name under {@link #DIR}, or by its full resource path when that starts with /. */
    public static List<Row> read(String resource) {
        String path = resource.startsWith("/") ? resource : DIR + resource;
        String table = path.substring(path.lastIndexOf('/') + 1);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (InputStream in = Objects.requireNonNull(Tables.class.getResourceAsStream(path), path);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(table + ":" + n + " has " + cells.size() + " cells, the header "
                            + header.size() + ": " + line);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(table, n, header, m, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A disagreement: the policy's current answer to a row whose SPEC answer differs. */
    record Known(String table, String key, String outcome, String rule, String reading) {
    }

    static Map<String, Known> known() {
        Map<String, Known> result = new LinkedHashMap<>();
        for (Row r : read("known-disagreements.csv")) {
            String key = r.get("situation").replace(';', ',');
            result.put(r.get("table") + "|" + key, new Known(r.get("table"), key, r.get("policyOutcome"),
                    r.get("policyRule"), r.get("reading")));
        }
        return result;
    }

    private static Map<String, Known> known;

    static synchronized Known knownFor(Row row) {
        if (known == null) {
            known = known();
        }
        return known.get(row.table() + "|" + row.key());
    }

    static RuleId rule(String cell) {
        return "-".equals(cell) ? null : RuleId.valueOf(cell);
    }

    /** Asserts the decision is the row's, or for a known disagreement the policy's answer recorded for it. */
    static void check(Row row, Decision d) {
        assertNotNull(d, row::toString);
        String got = "got " + d.outcome() + " " + d.rule() + (d.field() == null ? "" : " field=" + d.field())
                + (d.warnings().isEmpty() ? "" : " warnings=" + d.warnings()) + " (" + d.reason() + ")";
        Known k = knownFor(row);
        if (k != null) {
            assertEquals(k.outcome() + " " + k.rule(), d.outcome() + " " + (d.rule() == null ? "-" : d.rule()),
                    () -> "row " + row + " is listed in known-disagreements.csv with the policy's answer " + k.outcome()
                            + " " + k.rule() + "; the SPEC says " + row.get("expected") + " " + row.get("rule")
                            + ". If the policy now agrees with the SPEC, remove the entry. " + got);
            return;
        }
        assertEquals(row.get("expected"), d.outcome().name(), () -> "row " + row + ": " + got);
        assertEquals(rule(row.get("rule")), d.rule(), () -> "row " + row + ": " + got);
        if (row.has("field") && !"-".equals(row.get("field"))) {
            assertEquals(row.get("field"), d.field(), () -> "row " + row + ": " + got);
        }
        if (row.has("warning")) {
            assertEquals(row.yes("warning"), !d.warnings().isEmpty(), () -> "row " + row + " (warning): " + got);
        }
    }

    /** Well-formed: outcome and rule spelled right, a field only for INVALID, no situation twice. */
    static void assertWellFormed(String resource) {
        List<Row> rows = read(resource);
        assertTrue(!rows.isEmpty(), resource + " has rows");
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Row r : rows) {
            String expected = r.get("expected");
            assertTrue(List.of("ALLOW", "DENY", "HIDDEN", "INVALID", "CONFLICT").contains(expected), r::toString);
            String rule = r.get("rule");
            assertTrue("-".equals(rule) || Arrays.stream(RuleId.values()).anyMatch(x -> x.name().equals(rule)),
                    r::toString);
            assertEquals("CONFLICT".equals(expected), "-".equals(rule), () -> "only a CONFLICT names no rule: " + r);
            if (r.has("field")) {
                assertEquals("INVALID".equals(expected), !"-".equals(r.get("field")),
                        () -> "a field is named exactly for INVALID: " + r);
            }
            if (r.has("warning") && r.yes("warning")) {
                assertEquals("ALLOW", expected, () -> "only an allowed change warns: " + r);
            }
            assertTrue(keys.add(r.key()), () -> "the same situation twice: " + r);
        }
    }
}
