package app.rolegate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens (RS256) in the MicroProfile JWT format: iss, sub and upn (the login name),
 * groups ["user"], iat, exp and a unique jti. The token says who; what the caller may do is decided
 * per request from current data, never from claims.
 */
@ApplicationScoped
public class TokenIssuer {
    static final List<String> GROUPS = List.of("user");

    @Inject
    @ConfigProperty(name = "rolegate.jwt.lifetime-seconds", defaultValue = "900")
    long lifetimeSeconds;

    /** A signed token for this login name; times from the real clock, which the verifier also uses. */
    public Issued issue(String userId) {
        return issue(userId, GROUPS);
    }

    /** A signed token for a subject with these groups (a service client's carries rolegate.check). */
    public Issued issue(String userId, List<String> groups) {
        long now = Instant.now().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(JwtSettings.issuer());
        claims.setSubject(userId);
        claims.setClaim("upn", userId);
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + lifetimeSeconds));
        claims.setJwtId(UUID.randomUUID().toString());

        JwtKeys.Material key = JwtKeys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return new Issued(jws.getCompactSerialization(), lifetimeSeconds);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** A compact JWT and its lifetime in seconds. */
    public record Issued(String token, long expiresIn) {
    }
}
