package app.rolegate.check.infrastructure;

import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.CheckFacts.MembershipFacts;
import app.rolegate.check.CheckFacts.Subject;
import app.rolegate.check.CheckFactsRepository;
import app.rolegate.grant.GrantScope;
import app.rolegate.grant.RoleCounts;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.user.UserAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The check's reads in plain JDBC on one pooled connection: the check is the hot path, and JPA's
 * per-query machinery cost more than the two indexed statements themselves (measured, see
 * docs/PERFORMANCE.md). One statement for the company, the user, the membership and the
 * primary-company membership; one for the membership's grants and overrides together with the
 * asker's effective roles in the company.
 */
@ApplicationScoped
public class JdbcCheckFactsRepository implements CheckFactsRepository {
    private static final String SUBJECT = "SELECT c.id, c.name, c.payroll_enabled, c.crm_enabled,"
            + " u.id, u.user_id, u.active, u.primary_company_id,"
            + " m.id, m.valid_from, m.valid_to, m.accounting_profile, m.payroll_profile, m.crm_profile,"
            + " pm.id, pm.valid_from, pm.valid_to"
            + " FROM company c"
            + " LEFT JOIN app_user u ON u.user_id_key = ?"
            + " LEFT JOIN membership m ON m.user_id = u.id AND m.company_id = c.id"
            + " LEFT JOIN membership pm ON pm.user_id = u.id AND pm.company_id = u.primary_company_id"
            + " WHERE c.id = ?";
    /**
     * 'G' rows: the subject's grants; 'O' rows: its overrides; 'A' rows: the asker's roles that count
     * on the day ({@link RoleCounts#SQL}, the definition the administration's JPQL shares); an 'M' row:
     * the asker's membership in the company, with its validity.
     */
    private static final String GRANTS_OVERRIDES_ASKER =
            "SELECT 'G', role, scope_type, cost_centre, valid_from, valid_to FROM role_grant WHERE membership_id = ?"
            + " UNION ALL SELECT 'O', function_key, access_level, CAST(NULL AS VARCHAR(30)), CAST(NULL AS DATE),"
            + " CAST(NULL AS DATE) FROM membership_override WHERE membership_id = ?"
            + " UNION ALL SELECT 'A', g.role, CAST(NULL AS VARCHAR(15)), CAST(NULL AS VARCHAR(30)),"
            + " CAST(NULL AS DATE), CAST(NULL AS DATE) FROM membership m" + RoleCounts.SQL_JOINS
            + " WHERE m.user_id = ? AND m.company_id = ? AND " + RoleCounts.SQL
            + " UNION ALL SELECT 'M', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(15)), CAST(NULL AS VARCHAR(30)),"
            + " valid_from, valid_to FROM membership WHERE user_id = ? AND company_id = ?";

    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @Override
    public Optional<Subject> subject(long companyId, String userId, Long askerAccountId, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, companyId, userId, askerAccountId, day);
        } catch (SQLException e) {
            // A server error, never an answer: the web layer reports it as 500.
            throw new IllegalStateException("the facts of the check could not be read", e);
        }
    }

    private static Optional<Subject> read(Connection c, long companyId, String userId, Long askerAccountId,
            LocalDate day) throws SQLException {
        CompanyFacts company;
        Long accountId = null;
        String storedUserId = null;
        boolean active = false;
        boolean primaryValid = false;
        Long membershipId = null;
        LocalDate from = null;
        LocalDate to = null;
        String accounting = null;
        String payroll = null;
        String crm = null;
        try (PreparedStatement s = c.prepareStatement(SUBJECT)) {
            s.setString(1, UserAccount.key(userId));
            s.setLong(2, companyId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                company = new CompanyFacts(r.getLong(1), r.getString(2), r.getBoolean(3), r.getBoolean(4));
                long u = r.getLong(5);
                if (!r.wasNull()) {
                    accountId = u;
                    storedUserId = r.getString(6);
                    active = r.getBoolean(7);
                    r.getLong(15);
                    primaryValid = !r.wasNull() && valid(date(r, 16), date(r, 17), day);
                    long m = r.getLong(9);
                    if (!r.wasNull()) {
                        membershipId = m;
                        from = date(r, 10);
                        to = date(r, 11);
                        accounting = r.getString(12);
                        payroll = r.getString(13);
                        crm = r.getString(14);
                    }
                }
            }
        }
        List<GrantFacts> grants = new ArrayList<>();
        Map<String, AccessLevel> overrides = new TreeMap<>();
        Set<String> askerRoles = new HashSet<>();
        boolean askerMember = false;
        if (membershipId != null || askerAccountId != null) {
            Date d = Date.valueOf(day);
            try (PreparedStatement s = c.prepareStatement(GRANTS_OVERRIDES_ASKER)) {
                // -1 matches no row: ids are positive.
                s.setLong(1, membershipId == null ? -1 : membershipId);
                s.setLong(2, membershipId == null ? -1 : membershipId);
                s.setLong(3, askerAccountId == null ? -1 : askerAccountId);
                s.setLong(4, companyId);
                int next = 5;
                for (int i = 0; i < RoleCounts.SQL_DAY_PARAMETERS; i++) {
                    s.setDate(next++, d);
                }
                s.setLong(next++, askerAccountId == null ? -1 : askerAccountId);
                s.setLong(next, companyId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        switch (r.getString(1)) {
                            case "G" -> grants.add(new GrantFacts(r.getString(2), GrantScope.valueOf(r.getString(3)),
                                    r.getString(4), date(r, 5), date(r, 6)));
                            case "O" -> overrides.put(r.getString(2), AccessLevel.valueOf(r.getString(3)));
                            case "A" -> askerRoles.add(r.getString(2));
                            default -> askerMember = valid(date(r, 5), date(r, 6), day);
                        }
                    }
                }
            }
        }
        MembershipFacts membership = membershipId == null ? null
                : new MembershipFacts(membershipId, from, to, AccountingProfile.valueOf(accounting),
                        payroll == null ? null : PayrollProfile.valueOf(payroll),
                        crm == null ? null : CrmProfile.valueOf(crm), overrides);
        return Optional.of(new Subject(company, accountId, storedUserId, active, primaryValid, membership,
                membership == null ? List.of() : grants, askerRoles, askerMember));
    }

    private static boolean valid(LocalDate from, LocalDate to, LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
