package app.rolegate.web.security;

import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells the server's MicroProfile JWT verifier to trust this server's own tokens: supplies
 * {@code mp.jwt.verify.publickey} (the PEM public key of {@link JwtKeys}) and
 * {@code mp.jwt.verify.issuer}. Its ordinal is low, so any other source wins; and as soon as the
 * operator names an external key ({@code MP_JWT_VERIFY_PUBLICKEY} or
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, e.g. a JWKS URL) it supplies nothing, because the JWT
 * spec forbids giving both a key and a key location.
 */
public class RolegateJwtConfigSource implements ConfigSource {
    private static final Logger LOG = Logger.getLogger(RolegateJwtConfigSource.class.getName());
    /** Below microprofile-config.properties (100), environment (300) and system properties (400). */
    static final int ORDINAL = 50;
    static final String NAME = "rolegate-own-jwt-issuer";

    /**
     * The values, worked out once: the verifier reads its MicroProfile Config on every request, and
     * looking at the environment and formatting the key each time showed in the profile of /check.
     * Not kept while the key is unavailable, so that a later read can still find it.
     */
    private volatile Map<String, String> values;

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> v = values;
        if (v == null) {
            v = compute();
        }
        return v;
    }

    private Map<String, String> compute() {
        if (JwtSettings.externalIssuer()) {
            return values = Map.of();
        }
        String key = publicKey();
        if (key == null) {
            return Map.of(JwtSettings.MP_ISSUER, JwtSettings.issuer());
        }
        return values = Map.of(JwtSettings.MP_ISSUER, JwtSettings.issuer(), JwtSettings.MP_PUBLIC_KEY, key);
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    private static String publicKey() {
        try {
            return JwtKeys.current().publicKeyPem();
        } catch (RuntimeException e) {
            // Already logged by JwtKeys; without a key every token is refused, which is the safe side.
            LOG.log(Level.FINE, "no public key for the verifier", e);
            return null;
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
