package app.rolegate.bench;

import app.rolegate.user.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a migrated Rolegate database with a large platform, straight through JDBC (the server must
 * be stopped when the database is embedded Derby): one accounting firm and its client companies,
 * users spread over them with several memberships each, a USER_ADMIN and main user per company,
 * bookkeepers, and a firm main user ({@code bench.fmu}) in every company with FIRM_MAIN_USER,
 * USER_ADMIN and BOOKKEEPER. Every user's password is {@code bench-password}.
 *
 * <p>Layout, so that the load driver can pick valid targets without reading the database: user
 * {@code bench.u<i>} (i from 0) has primary company {@code base + i % companies} and memberships in
 * {@code base + (i % companies + k * 1009) % companies} for k below memberships-per-user.
 *
 * <p>The firm (payroll enabled) also gets an employee register for the check's coverage (SPEC 3, 5.2): a
 * chain of {@value #CHAIN} employees, each the manager of the next (the last is {@value #DEPTH} levels below
 * the first), and a supervisor's record with {@value #WIDE} employees below it. {@code bench.u0} is linked to
 * the chain's top and {@code bench.u<companies>} to the supervisor's record; both hold SUPERVISOR over the
 * hierarchy in the firm. Employee ids start at the first free one (printed; 1 in a new database): the chain
 * first, then the supervisor's record, then the {@value #WIDE} below it.
 */
public final class BenchDataGenerator {
    static final int STEP = 1009;
    static final int DEPTH = 10;
    static final int CHAIN = DEPTH + 1;
    static final int WIDE = 1000;
    static final String PASSWORD = "bench-password";

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--jdbc-url", "jdbc:derby:ear/target/liberty/wlp/usr/servers/rolegate/data/rolegate");
        int companies = Integer.parseInt(arg(args, "--companies", "10000"));
        int users = Integer.parseInt(arg(args, "--users", "100000"));
        int perUser = Integer.parseInt(arg(args, "--memberships-per-user", "10"));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, arg(args, "--user", null), arg(args, "--password", null))) {
            c.setAutoCommit(false);
            new BenchDataGenerator().generate(c, companies, users, perUser);
        }
        if (url.startsWith("jdbc:derby:")) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    void generate(Connection c, int companies, int users, int perUser) throws SQLException {
        if (perUser > 1 && (long) perUser * STEP % companies == 0) {
            throw new IllegalArgumentException("memberships per user must keep companies distinct");
        }
        Timestamp now = Timestamp.from(Instant.now());
        long companyBase = next(c, "company");
        long userBase = next(c, "app_user");
        long membershipId = next(c, "membership");
        long grantId = next(c, "role_grant");
        String hash = PasswordHasher.hash(PASSWORD.toCharArray(), 1000); // cheap hash: logins are not what is measured
        long firm = companyBase;
        long fmu = userBase + users; // after the bench.u users

        try (PreparedStatement ps = c.prepareStatement("INSERT INTO company (id, name, business_id, accounting_firm,"
                + " accounting_firm_id, payroll_enabled, crm_enabled, permission_tolerance_days, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 1)")) {
            for (int i = 0; i < companies; i++) {
                long id = companyBase + i;
                ps.setLong(1, id);
                ps.setString(2, i == 0 ? "Bench Accounting Firm" : "Bench Client " + i);
                ps.setString(3, "BENCH-" + i);
                ps.setBoolean(4, i == 0);
                if (i == 0) {
                    ps.setNull(5, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(5, firm);
                }
                ps.setBoolean(6, i % 2 == 0);
                ps.setBoolean(7, i % 3 == 0);
                ps.setTimestamp(8, now);
                batch(ps, i);
            }
            ps.executeBatch();
        }
        c.commit();
        System.out.printf("companies: %d%n", companies);

        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (id, user_id, user_id_key, first_name,"
                + " last_name, email, show_instruction_videos, active, idp_status, password_hash, primary_company_id,"
                + " platform_support, created_at, version, ui_language) VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, 'NONE', ?,"
                + " ?, FALSE, ?, 1, 'en')")) {
            for (int i = 0; i <= users; i++) {
                boolean isFmu = i == users;
                String userId = isFmu ? "bench.fmu" : "bench.u" + i;
                ps.setLong(1, userBase + i);
                ps.setString(2, userId);
                ps.setString(3, userId);
                ps.setString(4, isFmu ? "Firm" : "User");
                ps.setString(5, isFmu ? "Main" : "Number " + i);
                ps.setString(6, userId + "@bench.example");
                ps.setString(7, hash);
                ps.setLong(8, isFmu ? firm : companyBase + i % companies);
                ps.setTimestamp(9, now);
                batch(ps, i);
            }
            ps.executeBatch();
        }
        c.commit();
        System.out.printf("users: %d%n", users + 1);

        long memberships = 0;
        long grants = 0;
        int wideUser = companies; // primary company: the firm, with a membership there (k = 0)
        long chainHolderMembership = -1;
        long wideHolderMembership = -1;
        try (PreparedStatement m = c.prepareStatement("INSERT INTO membership (id, user_id, company_id,"
                + " accounting_profile, created_at, version) VALUES (?, ?, ?, ?, ?, 1)");
                PreparedStatement g = c.prepareStatement("INSERT INTO role_grant (id, membership_id, role, scope_type,"
                + " granted_at, origin, version) VALUES (?, ?, ?, 'COMPANY', ?, ?, 1)")) {
            for (int i = 0; i < users; i++) {
                int primary = i % companies;
                for (int k = 0; k < perUser; k++) {
                    int company = (primary + k * STEP) % companies;
                    long mid = membershipId++;
                    if (k == 0 && i == 0) {
                        chainHolderMembership = mid;
                    } else if (k == 0 && i == wideUser) {
                        wideHolderMembership = mid;
                    }
                    m.setLong(1, mid);
                    m.setLong(2, userBase + i);
                    m.setLong(3, companyBase + company);
                    m.setString(4, k % 3 == 0 ? "ALL_RIGHTS" : k % 3 == 1 ? "COMPANY_USER" : "SEARCH");
                    m.setTimestamp(5, now);
                    batch(m, ++memberships);
                    // The first user of each company (i < companies, k = 0) administers it.
                    if (k == 0 && i < companies) {
                        grant(g, grantId++, mid, "USER_ADMIN", "AUTOMATIC", now);
                        grants++;
                    } else if (k == 1 && i % 5 == 0) {
                        grant(g, grantId++, mid, "BOOKKEEPER", "DIRECT", now);
                        grants++;
                    }
                    if (grants % 1000 == 0) {
                        m.executeBatch(); // a grant's membership must be written first
                        g.executeBatch();
                    }
                }
                if (i % 20_000 == 0) {
                    m.executeBatch();
                    g.executeBatch();
                    c.commit();
                    System.out.printf("  memberships so far: %d%n", memberships);
                }
            }
            for (int company = 0; company < companies; company++) {
                long mid = membershipId++;
                m.setLong(1, mid);
                m.setLong(2, fmu);
                m.setLong(3, companyBase + company);
                m.setString(4, "ALL_RIGHTS");
                m.setTimestamp(5, now);
                batch(m, ++memberships);
                for (String role : new String[] {"FIRM_MAIN_USER", "USER_ADMIN", "BOOKKEEPER"}) {
                    grant(g, grantId++, mid, role, "AUTOMATIC", now);
                    grants++;
                }
                if (company % 1000 == 0) {
                    m.executeBatch();
                    g.executeBatch();
                }
            }
            m.executeBatch();
            g.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE company SET main_user_id = ? WHERE id = ?")) {
            for (int i = 0; i < companies; i++) {
                ps.setLong(1, userBase + i); // user i has primary company i and USER_ADMIN there
                ps.setLong(2, companyBase + i);
                batch(ps, i);
            }
            ps.executeBatch();
        }
        c.commit();
        long employeeBase = next(c, "employee");
        grantId = register(c, firm, employeeBase, userBase, userBase + wideUser, chainHolderMembership,
                wideHolderMembership, grantId, now);
        grants += 2;
        restart(c, "company", companyBase + companies);
        restart(c, "app_user", userBase + users + 1);
        restart(c, "membership", membershipId);
        restart(c, "role_grant", grantId);
        restart(c, "employee", employeeBase + CHAIN + 1 + WIDE);
        c.commit();
        System.out.printf("memberships: %d%ngrants: %d%nfirst company id: %d (the firm); bench.fmu is user %d%n",
                memberships, grants, companyBase, fmu);
        System.out.printf("employees: %d (first id %d): chain %d-%d (bench.u0 at the top), supervisor's record %d"
                + " (bench.u%d) with %d below%n", CHAIN + 1 + WIDE, employeeBase, employeeBase,
                employeeBase + CHAIN - 1, employeeBase + CHAIN, wideUser, WIDE);
    }

    /**
     * The firm's employee register, closure rows included (as the application keeps them: a row per employee
     * and each ancestor, and itself at depth 0), the two holders' links and their SUPERVISOR grants.
     */
    private static long register(Connection c, long firm, long employeeBase, long chainHolder, long wideHolder,
            long chainHolderMembership, long wideHolderMembership, long grantId, Timestamp now) throws SQLException {
        try (PreparedStatement k = c.prepareStatement("INSERT INTO cost_centre (company_id, code, name, created_at,"
                + " version) VALUES (?, 'BENCH', 'Bench', ?, 1)")) {
            k.setLong(1, firm);
            k.setTimestamp(2, now);
            k.executeUpdate();
        }
        int count = CHAIN + 1 + WIDE;
        long wideTop = employeeBase + CHAIN;
        try (PreparedStatement e = c.prepareStatement("INSERT INTO employee (id, company_id, employee_number, first_name,"
                + " last_name, manager_id, created_at, version) VALUES (?, ?, ?, 'Bench', ?, ?, ?, 1)");
                PreparedStatement p = c.prepareStatement("INSERT INTO employment_period (employee_id, start_date)"
                        + " VALUES (?, DATE('2020-01-01'))");
                PreparedStatement h = c.prepareStatement("INSERT INTO home_cost_centre (employee_id, valid_from,"
                        + " cost_centre) VALUES (?, DATE('2020-01-01'), 'BENCH')")) {
            for (int i = 0; i < count; i++) {
                long id = employeeBase + i;
                Long manager = i == 0 || i == CHAIN ? null : i < CHAIN ? id - 1 : wideTop;
                e.setLong(1, id);
                e.setLong(2, firm);
                e.setString(3, "B" + i);
                e.setString(4, "Employee " + i);
                if (manager == null) {
                    e.setNull(5, java.sql.Types.BIGINT);
                } else {
                    e.setLong(5, manager);
                }
                e.setTimestamp(6, now);
                e.executeUpdate(); // one by one: a manager's row must exist before its reports'
                p.setLong(1, id);
                batch(p, i + 1);
                h.setLong(1, id);
                batch(h, i + 1);
            }
            p.executeBatch();
            h.executeBatch();
        }
        try (PreparedStatement x = c.prepareStatement("INSERT INTO employee_hierarchy (ancestor_id, descendant_id, depth)"
                + " VALUES (?, ?, ?)")) {
            int n = 0;
            for (int i = 0; i < CHAIN; i++) {
                for (int j = 0; j <= i; j++) {
                    closure(x, employeeBase + j, employeeBase + i, i - j, ++n);
                }
            }
            closure(x, wideTop, wideTop, 0, ++n);
            for (int i = 1; i <= WIDE; i++) {
                closure(x, wideTop + i, wideTop + i, 0, ++n);
                closure(x, wideTop, wideTop + i, 1, ++n);
            }
            x.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE app_user SET employee_id = ? WHERE id = ?");
                PreparedStatement g = c.prepareStatement("INSERT INTO role_grant (id, membership_id, role, scope_type,"
                        + " granted_at, origin, version) VALUES (?, ?, 'SUPERVISOR', 'HIERARCHY', ?, 'DIRECT', 1)")) {
            long[][] links = {{employeeBase, chainHolder, chainHolderMembership}, {wideTop, wideHolder,
                wideHolderMembership}};
            for (long[] l : links) {
                u.setLong(1, l[0]);
                u.setLong(2, l[1]);
                u.executeUpdate();
                g.setLong(1, grantId++);
                g.setLong(2, l[2]);
                g.setTimestamp(3, now);
                g.executeUpdate();
            }
        }
        c.commit();
        return grantId;
    }

    private static void closure(PreparedStatement x, long ancestor, long descendant, int depth, long n)
            throws SQLException {
        x.setLong(1, ancestor);
        x.setLong(2, descendant);
        x.setInt(3, depth);
        batch(x, n);
    }

    private static void grant(PreparedStatement g, long id, long membership, String role, String origin, Timestamp at)
            throws SQLException {
        g.setLong(1, id);
        g.setLong(2, membership);
        g.setString(3, role);
        g.setTimestamp(4, at);
        g.setString(5, origin);
        g.addBatch();
    }

    private static void batch(PreparedStatement ps, long n) throws SQLException {
        ps.addBatch();
        if (n % 1000 == 0) {
            ps.executeBatch();
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    /** Moves the identity generator past the ids written here, so that the server's own inserts do not collide. */
    private static void restart(Connection c, String table, long next) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
