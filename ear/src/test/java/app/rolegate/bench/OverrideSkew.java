package app.rolegate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What made the long-running server slow (docs/PERFORMANCE.md, "Speed that lasts"), shown on embedded
 * Derby alone: the lookup of a membership's custom overrides ({@code membership_override} by
 * {@code membership_id}, as the check and {@code /me} read it) is compiled on an empty table, the table then
 * fills with overrides, and the same statement and a fresh one run again. Derby's automatic index statistics
 * (istat) decide the plan: when few memberships hold many overrides each, the optimizer takes a table scan for
 * every lookup, also of memberships that have none. Not a test; prints the plan and the time per lookup.
 *
 * <pre>java -cp ear/target/test-classes:&lt;derby, derbyshared, derbytools jars&gt; app.rolegate.bench.OverrideSkew</pre>
 */
public final class OverrideSkew {
    private OverrideSkew() {
    }

    /** A shape of the table: so many memberships with so many overrides each. */
    private record Shape(String label, int memberships, int overridesEach) {
    }

    public static void main(String[] args) throws Exception {
        Shape[] shapes = {
            new Shape("many memberships, a few overrides each", 20_000, 3),
            new Shape("5 memberships with 4,000 overrides each (no limit, as before revision 2)", 5, 4_000),
            new Shape("5 memberships with 200 each (the limit now)", 5, 200),
            new Shape("100 memberships with 200 each", 100, 200),
        };
        Path dir = Files.createTempDirectory("override-skew");
        System.out.printf("%-75s %-11s %9s %-11s %9s%n", "table", "plan", "ms", "fresh plan", "ms");
        for (int i = 0; i < shapes.length; i++) {
            run(shapes[i], "jdbc:derby:" + dir.resolve("db" + i) + ";create=true");
        }
    }

    private static void run(Shape shape, String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE membership_override (membership_id BIGINT NOT NULL, function_key VARCHAR(100)"
                    + " NOT NULL, access_level VARCHAR(10) NOT NULL, PRIMARY KEY (membership_id, function_key))");
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            String sql = "SELECT function_key, access_level FROM membership_override WHERE membership_id = ?";
            PreparedStatement early = c.prepareStatement(sql);
            lookups(early, 300);
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO membership_override VALUES (?, ?, 'EDIT')")) {
                for (int m = 0; m < shape.memberships(); m++) {
                    for (int k = 0; k < shape.overridesEach(); k++) {
                        ins.setLong(1, m);
                        ins.setString(2, "fn.k" + k);
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            lookups(early, 200); // lets the stale-plan check and the statistics thread see the new size
            double earlyMs = lookups(early, 2_000);
            String earlyPlan = plan(c);
            PreparedStatement fresh = c.prepareStatement(sql + " ");
            double freshMs = lookups(fresh, 2_000);
            System.out.printf("%-75s %-11s %9.3f %-11s %9.3f%n", shape.label(), earlyPlan, earlyMs, plan(c), freshMs);
        }
    }

    /** Looks up memberships that have no overrides; the time per lookup in ms. */
    private static double lookups(PreparedStatement q, int n) throws SQLException {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            q.setLong(1, 1_000_000L + i);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    // read it all
                }
            }
        }
        return (System.nanoTime() - t0) / (double) n / 1e6;
    }

    private static String plan(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            r.next();
            String p = r.getString(1);
            return p == null ? "?" : p.contains("Table Scan") ? "table scan" : p.contains("Index Scan") ? "index scan" : "?";
        }
    }
}
