package app.rolegate.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserRepository {
    UserAccount add(UserAccount user);

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUserId(String userId);

    /** The account's status by login name (case ignored), for authenticating a request. */
    Optional<AccountStatus> statusOf(String userId);

    Optional<UserAccount> findByIdentityCode(PersonalIdentityCode code);

    Optional<UserAccount> findByAlias(String aliasUserId);

    Optional<UserAccount> findByCardId(String cardId);

    List<UserAccount> findAll(Collection<Long> ids);

    /** SPEC 5.3: the account linked to the employee record, if any. */
    Optional<UserAccount> findByEmployeeId(long employeeId);

    /** SPEC 5.3: the accounts linked to these employee records, in one query. */
    List<UserAccount> findByEmployeeIds(Collection<Long> employeeIds);

    void flush();
}
