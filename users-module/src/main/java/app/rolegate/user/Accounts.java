package app.rolegate.user;

import app.rolegate.platform.ConflictException;
import app.rolegate.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens accounts and keeps the register's uniqueness (login name ignoring case, alias, card id).
 * Runs in the caller's transaction; who may call is decided by the caller.
 */
@ApplicationScoped
public class Accounts {
    @Inject
    UserRepository users;

    @Inject
    Today today;

    @Inject
    @ConfigProperty(name = "rolegate.password.iterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int iterations;

    public UserAccount open(NewUser data, long primaryCompanyId, Long createdBy) {
        UserAccount u = new UserAccount(data.userId(), primaryCompanyId, createdBy, today.now());
        if (users.findByUserId(u.userId()).isPresent() || users.findByAlias(u.userId()).isPresent()) {
            throw new ConflictException("userId '" + u.userId() + "' is taken (user ids ignore case)");
        }
        if (data.identity() != null) {
            // No check here: the caller looked the code up (D11) and authorises that person instead. A
            // request that lost a race to the same new code meets the unique key, and its retry (Retry)
            // then finds and authorises the person.
            u.setIdentity(data.identity());
        }
        u.setFirstName(data.firstName());
        u.setLastName(data.lastName());
        u.setEmail(data.email());
        u.setPhone(data.phone());
        if (data.uiLanguage() != null) {
            u.setUiLanguage(data.uiLanguage());
        }
        u.setSignature(data.signature());
        changeAlias(u, data.aliasUserId());
        changeCardId(u, data.cardId());
        if (data.showInstructionVideos() != null) {
            u.setShowInstructionVideos(data.showInstructionVideos());
        }
        if (data.password() != null) {
            u.setPasswordHash(hash(data.password()));
        }
        return users.add(u);
    }

    /** Writes pending changes now, so that a view built next shows the new version. */
    public void flush() {
        users.flush();
    }

    public String hash(char[] password) {
        return PasswordHasher.hash(password, iterations);
    }

    /** An alias is unique, and never another user's login name (a terminal must not log the wrong person in). */
    public void changeAlias(UserAccount u, String alias) {
        if (alias != null && users.findByAlias(alias).filter(o -> !o.equals(u)).isPresent()) {
            throw new ConflictException("aliasUserId '" + alias + "' is taken");
        }
        if (alias != null && users.findByUserId(alias).filter(o -> !o.equals(u)).isPresent()) {
            throw new ConflictException("aliasUserId '" + alias + "' is taken");
        }
        u.setAliasUserId(alias);
    }

    public void changeCardId(UserAccount u, String cardId) {
        if (cardId != null && users.findByCardId(cardId).filter(o -> !o.equals(u)).isPresent()) {
            throw new ConflictException("cardId '" + cardId + "' is taken");
        }
        u.setCardId(cardId);
    }

    public void changeIdentity(UserAccount u, PersonalIdentityCode code) {
        if (code != null && users.findByIdentityCode(code).filter(o -> !o.equals(u)).isPresent()) {
            throw new ConflictException("that personal identity code belongs to another user");
        }
        u.setIdentity(code);
    }
}
