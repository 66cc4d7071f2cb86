package app.rolegate.web.security;

import app.rolegate.administration.Decisions;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.user.AccountStatus;
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
 * deleted or deactivated account, or one whose primary-company membership no longer counts (SPEC
 * 2.1, D9), is refused (401) even while its token is still valid. A token of group
 * {@value #SERVICE_CLIENT_GROUP} without a matching account is a portal's service client, which calls
 * the check and nothing else (SPEC 3). A token of an external issuer is mapped by
 * {@link ExternalIssuer} instead: to the account whose identity-provider link is verified for its
 * e-mail, or to a configured service client (SPEC 6).
 */
@RequestScoped
public class CurrentCaller {
    public static final String SERVICE_CLIENT_GROUP = "rolegate.check";

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    UserRepository users;

    @Inject
    Today today;

    @Inject
    DelegationPolicy policy;

    @Inject
    Decisions decisions;

    @Inject
    ExternalIssuer external;

    private Actor actor;

    /** Who acts, for any call but the check: a user; 401 if nobody usable does, 403 for a service client. */
    public Actor actor() {
        Actor a = checkAsker();
        decisions.require(policy.notServiceClient(a), AuditRecord.of(a, "api", null, "service-client", a.name()));
        return a;
    }

    /** Who asks the check: a user or a portal's service client; 401 if nobody usable does. */
    public Actor checkAsker() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        JsonWebToken jwt = tokenOrNull();
        if (jwt != null && external != null && external.active()) {
            return external.actorOf(jwt, today.date()); // SPEC 6: by the verified link, never by login name
        }
        String name = jwt == null ? null : firstNonBlank(jwt.getClaim("upn"), jwt.getSubject(), jwt.getClaim("preferred_username"));
        if (name == null) {
            throw new NotAuthenticatedException("A valid bearer token is required.");
        }
        Optional<AccountStatus> found = users.statusOf(name);
        if (found.isPresent()) {
            AccountStatus u = found.get();
            if (!u.mayActOn(today.date())) {
                throw new NotAuthenticatedException("The account of this token is not active, or may not log in to"
                        + " any company.");
            }
            return Actor.user(u.id(), u.userId(), u.platformSupport());
        }
        if (groups(jwt).contains(SERVICE_CLIENT_GROUP)) {
            return Actor.serviceClient(name);
        }
        throw new NotAuthenticatedException("The account of this token does not exist.");
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
