package app.rolegate.container;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the database directly with JDBC on the application's own data source, apart from JPA: what
 * a test sees here is what was committed, not what a persistence context remembers.
 */
@ApplicationScoped
public class Db {
    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @PersistenceUnit(unitName = "rolegate")
    EntityManagerFactory emf;

    /** The transaction's persistence context: the one the application's beans use in the same transaction. */
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    /** The persistence unit's factory (a method: the field of a client proxy is not the bean's). */
    public EntityManagerFactory emf() {
        return emf;
    }

    /** Sends the current transaction's pending changes to the database now (taking their row locks). */
    public void flush() {
        em.flush();
    }

    /** The tables the application writes. */
    static final List<String> TABLES = List.of("company", "platform_setting", "app_user", "membership",
            "membership_override", "role_grant", "audit_event");

    /** Row counts of every table the application writes, by table. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, count("SELECT COUNT(*) FROM " + t)));
        return counts;
    }

    /** The highest audit event id so far (0 when there is none): a mark to read later events from. */
    public long lastAuditId() {
        return count("SELECT COALESCE(MAX(id), 0) FROM audit_event");
    }

    /** Audit events after the mark, oldest first. */
    public List<Event> eventsAfter(long mark) {
        return rows("SELECT action, outcome, rule_id, actor_name, company_id, target_id FROM audit_event"
                + " WHERE id > ? ORDER BY id", mark).stream()
                .map(r -> new Event((String) r.get(0), (String) r.get(1), (String) r.get(2), (String) r.get(3),
                        r.get(4) == null ? null : ((Number) r.get(4)).longValue(), (String) r.get(5)))
                .toList();
    }

    /** One audit event as stored. */
    public record Event(String action, String outcome, String rule, String actor, Long companyId, String target) {
        /** Action, outcome and rule: what most assertions compare. */
        public String summary() {
            return action + " " + outcome + (rule == null ? "" : " " + rule);
        }
    }

    /** The single number a COUNT query answers. */
    public long count(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    /** One column of every row. */
    public List<Object> column(String sql, Object... params) {
        return rows(sql, params).stream().map(r -> r.get(0)).toList();
    }

    /**
     * Runs one INSERT, UPDATE or DELETE, committed at once (outside a transaction the connection
     * auto-commits): for the states no service call can make, such as a grant whose validity has passed
     * (D17 refuses one). Returns how many rows it touched.
     */
    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /** The before and after states of the audit events after the mark, oldest first. */
    public List<States> statesAfter(long mark) {
        return rows("SELECT id, action, target_id, before_state, after_state FROM audit_event WHERE id > ?"
                + " ORDER BY id", mark).stream().map(r -> new States(((Number) r.get(0)).longValue(), (String) r.get(1),
                        (String) r.get(2), (String) r.get(3), (String) r.get(4))).toList();
    }

    /** One audit event's before and after states as stored (null where it has none). */
    public record States(long id, String action, String target, String before, String after) {
    }

    /** Every row, each as its column values in order. */
    public List<List<Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<Object>> result = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** Derby's driver takes no java.time values: a LocalDate goes as a java.sql.Date. */
    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p);
        }
    }

    /** A DATE column's value as a LocalDate (null stays null). */
    public static LocalDate date(Object column) {
        return column == null ? null : ((java.sql.Date) column).toLocalDate();
    }
}
