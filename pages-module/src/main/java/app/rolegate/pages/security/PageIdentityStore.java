package app.rolegate.pages.security;

import app.rolegate.user.Authentication;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The pages' identity store: the same accounts and passwords as {@code POST /api/v1/auth/token},
 * checked by the same {@link Authentication} (an inactive account, or one without a valid membership
 * in its primary company, logs in nowhere, D9). The caller's name is the stored user id, whatever the
 * case typed. Only validates; groups are not used (any logged-in user is "authenticated").
 */
@ApplicationScoped
public class PageIdentityStore implements IdentityStore {
    @Inject
    Authentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = login.getPassword().getValue();
        try {
            Optional<UserAccount> account = authentication.authenticate(login.getCaller(), password);
            return account.map(a -> new CredentialValidationResult(a.userId(), Set.of(PageLogin.GROUP)))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } finally {
            Arrays.fill(password, '\0');
            login.getPassword().clear();
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
