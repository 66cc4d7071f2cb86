package app.rolegate.user.infrastructure;

import app.rolegate.platform.Validity;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    private static final String STATUS = "SELECT u.id, u.user_id, u.active, u.platform_support, pm.id, pm.valid_from,"
            + " pm.valid_to FROM app_user u LEFT JOIN membership pm ON pm.user_id = u.id"
            + " AND pm.company_id = u.primary_company_id WHERE u.user_id_key = ?";

    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    /** Plain JDBC for the per-request status read: JPA's per-query cost was most of it (docs/PERFORMANCE.md). */
    @Resource(lookup = "jdbc/rolegate")
    private DataSource dataSource;

    @Override
    public UserAccount add(UserAccount user) {
        em.persist(user);
        em.flush();
        return user;
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUserId(String userId) {
        return single("SELECT u FROM UserAccount u WHERE u.userIdKey = ?1", UserAccount.key(userId));
    }

    @Override
    public Optional<AccountStatus> statusOf(String userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(STATUS)) {
            s.setString(1, UserAccount.key(userId));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                r.getLong(5);
                Validity primary = r.wasNull() ? null : Validity.of(date(r, 6), date(r, 7));
                return Optional.of(new AccountStatus(r.getLong(1), r.getString(2), r.getBoolean(3), r.getBoolean(4),
                        primary));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the account could not be read", e);
        }
    }

    private static java.time.LocalDate date(ResultSet r, int column) throws SQLException {
        java.sql.Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    @Override
    public Optional<UserAccount> findByIdentityCode(PersonalIdentityCode code) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.country = ?1 AND u.personalIdentityCode = ?2",
                UserAccount.class).setParameter(1, code.country()).setParameter(2, code.code())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByAlias(String aliasUserId) {
        return single("SELECT u FROM UserAccount u WHERE u.aliasUserId = ?1", aliasUserId);
    }

    @Override
    public Optional<UserAccount> findByCardId(String cardId) {
        return single("SELECT u FROM UserAccount u WHERE u.cardId = ?1", cardId);
    }

    @Override
    public List<UserAccount> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<UserAccount> findByEmployeeId(long employeeId) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.employeeId = ?1", UserAccount.class)
                .setParameter(1, employeeId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findByEmployeeIds(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.employeeId IN :ids", UserAccount.class)
                .setParameter("ids", employeeIds).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    private Optional<UserAccount> single(String jpql, String value) {
        return em.createQuery(jpql, UserAccount.class).setParameter(1, value).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
