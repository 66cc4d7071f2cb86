package app.rolegate.user.infrastructure;

import app.rolegate.platform.Validity;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.UserAccount;
import app.rolegate.user.VerifiedLinks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain JDBC, like the status read by login name: it runs on every request of an external issuer's token. */
@ApplicationScoped
public class JdbcVerifiedLinks implements VerifiedLinks {
    private static final String STATUS = "SELECT u.id, u.user_id, u.active, u.platform_support, pm.id, pm.valid_from,"
            + " pm.valid_to FROM app_user u LEFT JOIN membership pm ON pm.user_id = u.id"
            + " AND pm.company_id = u.primary_company_id WHERE u.idp_email_key = ? AND u.idp_status = 'VERIFIED'";

    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @Override
    public Optional<AccountStatus> statusOfVerified(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(STATUS)) {
            s.setString(1, UserAccount.emailKey(email));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                r.getLong(5);
                Validity primary = r.wasNull() ? null : Validity.of(date(r.getDate(6)), date(r.getDate(7)));
                return Optional.of(new AccountStatus(r.getLong(1), r.getString(2), r.getBoolean(3), r.getBoolean(4),
                        primary));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the identity-provider link could not be read", e);
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
