package app.rolegate.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.Actor;
import app.rolegate.platform.Validity;
import app.rolegate.user.AccountStatus;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * SPEC 6: an external issuer's token maps to the account whose identity-provider link is VERIFIED for
 * its e-mail (or the configured claim), never to a matching login name; unmapped is 401; Rolegate's
 * audience is required; service clients are the configured client ids only.
 */
class ExternalIssuerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Set<String> AUD = Set.of("rolegate");

    /** Verified links by lower-cased address. */
    private final Map<String, AccountStatus> verified = new HashMap<>();

    private ExternalIssuer issuer(String userClaim, Set<String> clients, Set<String> audiences) {
        return new ExternalIssuer(true, userClaim, clients, List.of("client_id", "azp"), audiences,
                email -> Optional.ofNullable(verified.get(email.toLowerCase(Locale.ROOT))));
    }

    private ExternalIssuer issuer() {
        return issuer("email", Set.of("payroll-portal"), AUD);
    }

    private static AccountStatus status(long id, String userId, boolean active) {
        return new AccountStatus(id, userId, active, false, Validity.untilFurtherNotice());
    }

    private static JsonWebToken jwt(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("upn");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private static Map<String, Object> claims(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        m.put("aud", Set.of("rolegate"));
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void theTokensEmail_mapsToTheAccountVerifiedForIt_caseIgnored() {
        verified.put("anna@example.com", status(7, "anna.k", true));
        Actor a = issuer().actorOf(jwt(claims("email", "Anna@Example.com", "sub", "x-123")), TODAY);
        assertEquals(7L, a.accountId());
        assertEquals("anna.k", a.name());
        Actor viaJsonString = issuer().actorOf(jwt(claims("email", Json.createValue("anna@example.com"))), TODAY);
        assertEquals(7L, viaJsonString.accountId());
    }

    @Test
    void neverTheAccountWhoseLoginNameMatches() {
        verified.put("anna@example.com", status(7, "anna.k", true));
        // upn, sub and preferred_username name an existing login, but no verified link is for the token's address.
        NotAuthenticatedException e = assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("email", "mallory@example.com", "upn", "anna.k", "sub", "anna.k", "preferred_username",
                        "anna.k")), TODAY));
        assertEquals(401, e.status());
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("upn", "anna.k", "sub", "anna.k")), TODAY), "no e-mail and no client: nobody");
    }

    @Test
    void anotherConfiguredClaim_isUsedInstead() {
        verified.put("anna@corp.example", status(7, "anna.k", true));
        ExternalIssuer byUpn = issuer("upn", Set.of(), AUD);
        assertEquals(7L, byUpn.actorOf(jwt(claims("upn", "anna@corp.example", "email", "other@x.example")), TODAY)
                .accountId());
    }

    @Test
    void anAddressTheIssuerMarksUnverified_mapsToNobody() {
        verified.put("anna@example.com", status(7, "anna.k", true));
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("email", "anna@example.com", "email_verified", false)), TODAY));
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("email", "anna@example.com", "email_verified", JsonValue.FALSE)), TODAY));
        assertEquals(7L, issuer().actorOf(jwt(claims("email", "anna@example.com", "email_verified", true)), TODAY)
                .accountId());
    }

    @Test
    void anInactiveAccount_orOneWhosePrimaryMembershipEnded_isRefused() {
        verified.put("dora@example.com", status(8, "dora", false));
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(jwt(claims("email", "dora@example.com")),
                TODAY));
        verified.put("emil@example.com", new AccountStatus(9, "emil", true, false, Validity.of(null,
                TODAY.minusDays(1))));
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(jwt(claims("email", "emil@example.com")),
                TODAY));
    }

    @Test
    void rolegatesAudience_isRequired() {
        verified.put("anna@example.com", status(7, "anna.k", true));
        Map<String, Object> other = claims("email", "anna@example.com");
        other.put("aud", Set.of("another-app"));
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(jwt(other), TODAY));
        Map<String, Object> none = claims("email", "anna@example.com");
        none.remove("aud");
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(jwt(none), TODAY));
        // Without an audience configured, nothing is trusted.
        assertThrows(NotAuthenticatedException.class, () -> issuer("email", Set.of(), Set.of())
                .actorOf(jwt(claims("email", "anna@example.com")), TODAY));
    }

    @Test
    void serviceClients_areTheConfiguredClientIds_only() {
        verified.put("anna@example.com", status(7, "anna.k", true));
        Actor portal = issuer().actorOf(jwt(claims("client_id", "payroll-portal")), TODAY);
        assertTrue(portal.serviceClient());
        assertEquals(ServiceClients.PREFIX + "payroll-portal", portal.name());
        assertTrue(issuer().actorOf(jwt(claims("azp", "payroll-portal")), TODAY).serviceClient());
        // Not listed: refused, whatever its groups say.
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("client_id", "other-portal", "groups", Set.of(CurrentCaller.SERVICE_CLIENT_GROUP))), TODAY));
        // A name that matches a user account makes no service client.
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("client_id", "anna.k", "sub", "anna.k", "groups", Set.of(CurrentCaller.SERVICE_CLIENT_GROUP))),
                TODAY));
        // A user's token issued to a listed client is the user's (or nobody's), never the client's.
        assertEquals(7L, issuer().actorOf(jwt(claims("email", "anna@example.com", "azp", "payroll-portal")), TODAY)
                .accountId());
        assertThrows(NotAuthenticatedException.class, () -> issuer().actorOf(
                jwt(claims("email", "unlinked@example.com", "azp", "payroll-portal")), TODAY));
    }

    @Test
    void anExternalKeyFromAnySourceButRolegatesOwn_meansExternalTokens() {
        assertTrue(ExternalIssuer.externalKey("https://idp.example/jwks", "ServerXMLVariableConfigSource"));
        assertTrue(ExternalIssuer.externalKey("-----BEGIN PUBLIC KEY-----", "EnvConfigSource"));
        assertFalse(ExternalIssuer.externalKey("-----BEGIN PUBLIC KEY-----", RolegateJwtConfigSource.NAME));
        assertFalse(ExternalIssuer.externalKey(" ", "EnvConfigSource"));
        assertFalse(ExternalIssuer.externalKey(null, null));
    }
}
