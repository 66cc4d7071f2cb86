package app.rolegate.web.security;

import app.rolegate.platform.Actor;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request as an {@link Actor}, built from current data: the token's user name
 * ({@code upn}, else {@code sub}, else {@code preferred_username}) is looked up as a login name, so a
 * deleted or deactivated account is refused (401) even while its token is still valid. A token of
 * group {@value #SERVICE_CLIENT_GROUP} without a matching account is a portal's service client.
 */
@RequestScoped
public class CurrentCaller {
    public static final String SERVICE_CLIENT_GROUP = "rolegate.check";

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    UserRepository users;

    private boolean resolved;
    private Actor actor;
    private boolean accountLoaded;
    private UserAccount account;

    /** Who acts; 401 problem if nobody usable does. */
    public Actor actor() {
        resolve();
        return actor;
    }

    /** The caller's account, loaded on first use (most requests need only the actor); null for a service client. */
    public UserAccount account() {
        Actor a = actor();
        if (!accountLoaded) {
            account = a.isUser() ? users.find(a.accountId()).orElseThrow(
                    () -> new NotAuthenticatedException("The account of this token does not exist.")) : null;
            accountLoaded = true;
        }
        return account;
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        JsonWebToken jwt = tokenOrNull();
        String name = jwt == null ? null : firstNonBlank(jwt.getClaim("upn"), jwt.getSubject(), jwt.getClaim("preferred_username"));
        if (name == null) {
            throw new NotAuthenticatedException("A valid bearer token is required.");
        }
        Optional<AccountStatus> found = users.statusOf(name);
        if (found.isPresent()) {
            AccountStatus u = found.get();
            if (!u.active()) {
                throw new NotAuthenticatedException("The account of this token is not active.");
            }
            actor = Actor.user(u.id(), u.userId(), u.platformSupport());
        } else if (groups(jwt).contains(SERVICE_CLIENT_GROUP)) {
            actor = Actor.serviceClient(name);
        } else {
            throw new NotAuthenticatedException("The account of this token does not exist.");
        }
        resolved = true;
    }

    /** The verified token; none (not even an empty one) when the request carries none. */
    private JsonWebToken tokenOrNull() {
        try {
            return token.isResolvable() ? token.get() : null;
        } catch (RuntimeException e) {
            return null; // the producer had nothing to give: an anonymous request
        }
    }

    private static Set<String> groups(JsonWebToken jwt) {
        Set<String> g = jwt.getGroups();
        return g == null ? Set.of() : g;
    }

    private static String firstNonBlank(Object... values) {
        for (Object v : values) {
            String s = v instanceof JsonString js ? js.getString() : v == null ? null : v.toString();
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
