package app.rolegate.user;

import app.rolegate.membership.MembershipRepository;
import app.rolegate.platform.Today;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a login. Every failure looks the same to the caller (no user enumeration), and an unknown
 * user costs the same hashing time as a wrong password.
 */
@Stateless
public class Authentication {
    @Inject
    private UserRepository users;

    @Inject
    private MembershipRepository memberships;

    @Inject
    private Today today;

    /** The account if the password matches, the account is active and it still may log in (D9). */
    public Optional<UserAccount> authenticate(String userId, char[] password) {
        Optional<UserAccount> found = userId == null || userId.isBlank() ? Optional.empty() : users.findByUserId(userId);
        if (found.isEmpty()) {
            PasswordHasher.burn(password);
            return Optional.empty();
        }
        UserAccount u = found.get();
        if (!PasswordHasher.verify(password, u.passwordHash()) || !u.isActive()) {
            return Optional.empty();
        }
        // D9: without a valid membership in the primary company the user logs in to no company.
        boolean primaryOk = memberships.find(u.id(), u.primaryCompanyId())
                .map(m -> m.isValidOn(today.date())).orElse(false);
        return primaryOk ? Optional.of(u) : Optional.empty();
    }
}
