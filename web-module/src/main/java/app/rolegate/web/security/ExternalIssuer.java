package app.rolegate.web.security;

import app.rolegate.platform.Actor;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.VerifiedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * SPEC 6: whose token an external issuer's token is, when the operator has pointed the verifier at
 * another issuer's keys ({@link JwtSettings#externalIssuer()}).
 *
 * <ul>
 * <li>The token must be for Rolegate's audience ({@code mp.jwt.verify.audiences}, which the verifier
 * enforces; without it every token is refused, so that a token the issuer made for another application
 * never works here).</li>
 * <li>A token carrying the user claim ({@value #USER_CLAIM}, default {@code email}) is the account whose
 * identity-provider link (5.4) is VERIFIED for that address, and nobody else's: never the account whose
 * login name happens to match, and never a service client. A pending link maps to nobody; an address
 * the issuer itself marks unverified ({@code email_verified: false}) neither.</li>
 * <li>A token without it is a service client when its client id ({@code client_id}, else {@code azp};
 * {@value #CLIENT_CLAIMS}) is one of {@value #SERVICE_CLIENTS}; a name matching a user account makes
 * no service client.</li>
 * <li>Anything else is refused (401).</li>
 * </ul>
 */
@ApplicationScoped
public class ExternalIssuer {
    private static final Logger LOG = Logger.getLogger(ExternalIssuer.class.getName());
    public static final String USER_CLAIM = "rolegate.jwt.external.user-claim";
    public static final String SERVICE_CLIENTS = "rolegate.jwt.external.service-clients";
    public static final String CLIENT_CLAIMS = "rolegate.jwt.external.client-claims";
    public static final String AUDIENCES = "mp.jwt.verify.audiences";

    @Inject
    Config config;

    @Inject
    VerifiedLinks links;

    private boolean active;
    private String userClaim;
    private Set<String> serviceClients;
    private List<String> clientClaims;
    private Set<String> audiences;

    public ExternalIssuer() {
    }

    /** For tests outside the container. */
    ExternalIssuer(boolean active, String userClaim, Set<String> serviceClients, List<String> clientClaims,
            Set<String> audiences, VerifiedLinks links) {
        this.active = active;
        this.userClaim = userClaim;
        this.serviceClients = Set.copyOf(serviceClients);
        this.clientClaims = List.copyOf(clientClaims);
        this.audiences = Set.copyOf(audiences);
        this.links = links;
    }

    @PostConstruct
    void read() {
        // An external key named in any configuration source (a server.xml variable too, which JwtSettings
        // does not read) means external tokens: never mapped by login name, whatever else is set.
        active = JwtSettings.externalIssuer() || JwtSettings.EXTERNAL_KEY_SETTINGS.stream().map(config::getConfigValue)
                .anyMatch(v -> externalKey(v.getValue(), v.getSourceName()));
        userClaim = config.getOptionalValue(USER_CLAIM, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse("email");
        serviceClients = list(config.getOptionalValue(SERVICE_CLIENTS, String.class));
        clientClaims = List.copyOf(list(config.getOptionalValue(CLIENT_CLAIMS, String.class)));
        if (clientClaims.isEmpty()) {
            clientClaims = List.of("client_id", "azp");
        }
        audiences = list(config.getOptionalValue(AUDIENCES, String.class));
        if (active && audiences.isEmpty()) {
            LOG.severe("An external token issuer is configured without Rolegate's audience (" + AUDIENCES
                    + ", MP_JWT_VERIFY_AUDIENCES): every token is refused");
        }
    }

    /** Whether a verifier key setting names an external issuer's key: set, and not by Rolegate's own source. */
    static boolean externalKey(String value, String sourceName) {
        return value != null && !value.isBlank() && !RolegateJwtConfigSource.NAME.equals(sourceName);
    }

    private static Set<String> list(Optional<String> value) {
        Set<String> s = new LinkedHashSet<>();
        value.ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(s::add));
        return Set.copyOf(s);
    }

    /** Whether tokens come from an external issuer (and so are mapped here, not by login name). */
    public boolean active() {
        return active;
    }

    /** The actor of a verified token of the external issuer; 401 when it maps to nobody who may act today. */
    public Actor actorOf(JsonWebToken jwt, LocalDate day) {
        if (audiences.isEmpty()) {
            throw new NotAuthenticatedException("This server trusts its token issuer for no audience.");
        }
        Set<String> aud = jwt.getAudience();
        if (aud == null || aud.stream().noneMatch(audiences::contains)) {
            throw new NotAuthenticatedException("The token is not for this application's audience.");
        }
        String address = text(jwt.getClaim(userClaim));
        if (address != null) {
            if ("email".equals(userClaim) && isFalse(jwt.getClaim("email_verified"))) {
                throw new NotAuthenticatedException("The token's e-mail address is not verified by its issuer.");
            }
            AccountStatus s = links.statusOfVerified(address).orElseThrow(() -> new NotAuthenticatedException(
                    "No account's identity-provider link is verified for this token's " + userClaim + "."));
            if (!s.mayActOn(day)) {
                throw new NotAuthenticatedException("The account of this token is not active, or may not log in to"
                        + " any company.");
            }
            return Actor.user(s.id(), s.userId(), s.platformSupport());
        }
        for (String claim : clientClaims) {
            String client = text(jwt.getClaim(claim));
            if (client != null) {
                if (serviceClients.contains(client)) {
                    return Actor.serviceClient(ServiceClients.PREFIX + client);
                }
                break;
            }
        }
        throw new NotAuthenticatedException("The token maps to no account and to no configured service client.");
    }

    private static String text(Object v) {
        String s = v instanceof JsonString js ? js.getString() : v == null || v instanceof JsonValue ? null
                : v.toString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isFalse(Object v) {
        return Boolean.FALSE.equals(v) || v == JsonValue.FALSE || "false".equals(text(v));
    }
}
