package app.rolegate.activation.infrastructure;

import app.rolegate.user.ActivationPolicy;
import app.rolegate.activation.EmploymentFacts;
import app.rolegate.activation.EmploymentPeriod;
import app.rolegate.activation.UserEmployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The employment facts in one query over the employee register's tables (V010, V011):
 * {@code app_user (id, employee_id, deactivate_days_after_end, reactivate_days_before_start,
 * platform_support)} and {@code employment_period (employee_id, start_date, end_date)}; a user with a policy
 * and a linked employee record but no employment comes with no periods.
 */
@ApplicationScoped
public class JdbcEmploymentFacts implements EmploymentFacts {
    static final String QUERY = "SELECT u.id, u.deactivate_days_after_end, u.reactivate_days_before_start,"
            + " e.start_date, e.end_date FROM app_user u LEFT JOIN employment_period e ON e.employee_id = u.employee_id"
            + " WHERE u.employee_id IS NOT NULL AND u.platform_support = FALSE"
            + " AND (u.deactivate_days_after_end IS NOT NULL OR u.reactivate_days_before_start IS NOT NULL)"
            + " ORDER BY u.id, e.start_date";

    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @Override
    public List<UserEmployment> withPolicy() {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Builder> users = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(QUERY); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    Builder b = users.computeIfAbsent(id, k -> new Builder(k, integer(r, 2), integer(r, 3)));
                    Date start = r.getDate(4);
                    if (start != null) {
                        Date end = r.getDate(5);
                        b.periods.add(new EmploymentPeriod(start.toLocalDate(), end == null ? null : end.toLocalDate()));
                    }
                }
            }
            return users.values().stream().map(Builder::build).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("the employment facts could not be read", e);
        }
    }

    private static Integer integer(ResultSet r, int column) {
        try {
            int v = r.getInt(column);
            return r.wasNull() ? null : v;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Builder {
        final long id;
        final ActivationPolicy policy;
        final List<EmploymentPeriod> periods = new ArrayList<>();

        Builder(long id, Integer n, Integer m) {
            this.id = id;
            this.policy = new ActivationPolicy(n, m);
        }

        UserEmployment build() {
            return new UserEmployment(id, policy, periods);
        }
    }
}
