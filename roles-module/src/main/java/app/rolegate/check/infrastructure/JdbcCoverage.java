package app.rolegate.check.infrastructure;

import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.Coverage;
import app.rolegate.check.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The employee register's side of the check ({@link Coverage}) in one statement of plain JDBC, like the
 * check's other reads: X's record in the company with the company's tolerance days ('E'), X's home cost centre
 * history ('H'), the subject's linked employee record if it is one of the company's ('U'), and the closure row
 * that puts X below that record ('D'). Every part is an index lookup: the hierarchy's depth and the number of
 * employees below the holder cost nothing (the closure table has a row per ancestor and descendant).
 */
@ApplicationScoped
public class JdbcCoverage implements Coverage {
    private static final String FACTS = "SELECT 'E', CAST(c.permission_tolerance_days AS BIGINT),"
            + " CAST(NULL AS VARCHAR(30)), CAST(NULL AS DATE)"
            + " FROM employee e JOIN company c ON c.id = e.company_id WHERE e.id = ? AND e.company_id = ?"
            + " UNION ALL SELECT 'H', CAST(NULL AS BIGINT), h.cost_centre, h.valid_from FROM home_cost_centre h"
            + " WHERE h.employee_id = ?"
            + " UNION ALL SELECT 'U', u.employee_id, CAST(NULL AS VARCHAR(30)), CAST(NULL AS DATE) FROM app_user u"
            + " JOIN employee ue ON ue.id = u.employee_id WHERE u.id = ? AND ue.company_id = ?"
            + " UNION ALL SELECT 'D', CAST(eh.depth AS BIGINT), CAST(NULL AS VARCHAR(30)), CAST(NULL AS DATE)"
            + " FROM app_user hu JOIN employee_hierarchy eh ON eh.ancestor_id = hu.employee_id"
            + " WHERE hu.id = ? AND eh.descendant_id = ? AND eh.depth > 0";

    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @Override
    public EmployeeFacts employee(CompanyFacts company, long subjectAccountId, String employeeId) {
        Long id = parse(employeeId);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FACTS)) {
            long x = id == null ? -1 : id; // -1 matches no row: ids are positive
            s.setLong(1, x);
            s.setLong(2, company.id());
            s.setLong(3, x);
            s.setLong(4, subjectAccountId);
            s.setLong(5, company.id());
            s.setLong(6, subjectAccountId);
            s.setLong(7, x);
            boolean found = false;
            int tolerance = 0;
            Long holder = null;
            Integer depth = null;
            List<EmployeeFacts.Home> history = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    switch (r.getString(1)) {
                        case "E" -> {
                            found = true;
                            tolerance = (int) r.getLong(2);
                        }
                        case "H" -> {
                            Date from = r.getDate(4);
                            history.add(new EmployeeFacts.Home(r.getString(3), from.toLocalDate()));
                        }
                        case "U" -> holder = r.getLong(2);
                        default -> depth = (int) r.getLong(2);
                    }
                }
            }
            return found ? new EmployeeFacts(employeeId, id, company.name(), tolerance, history, holder, depth)
                    : EmployeeFacts.notInCompany(employeeId, company.name(), holder);
        } catch (SQLException e) {
            // A server error, never an answer: the web layer reports it as 500.
            throw new IllegalStateException("the employee facts of the check could not be read", e);
        }
    }

    /** An employee id as the API answers it: a positive whole number; anything else names nobody. */
    private static Long parse(String employeeId) {
        if (employeeId == null) {
            return null;
        }
        try {
            long v = Long.parseLong(employeeId.strip());
            return v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
