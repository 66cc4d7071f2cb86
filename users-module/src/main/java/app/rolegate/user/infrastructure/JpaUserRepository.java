package app.rolegate.user.infrastructure;

import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

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

    private Optional<UserAccount> single(String jpql, String value) {
        return em.createQuery(jpql, UserAccount.class).setParameter(1, value).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
