package app.rolegate.web.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings both halves of token handling share: the issuer name and where the signing key comes
 * from. They are read from system properties and environment variables with MicroProfile Config's
 * name mapping ({@code rolegate.jwt.issuer} or {@code ROLEGATE_JWT_ISSUER}), not through a
 * {@code Config}: the verifier asks {@link RolegateJwtConfigSource} for them while the application's
 * Config is still being built, and the issuer must use exactly the same values.
 */
public final class JwtSettings {
    public static final String ISSUER = "rolegate.jwt.issuer";
    public static final String DEFAULT_ISSUER = "https://rolegate.local";
    public static final String KEY_FILE = "rolegate.jwt.key-file";
    /** Relative to the working directory, which Liberty sets to the server's directory. */
    public static final String DEFAULT_KEY_FILE = "resources/security/rolegate-jwt-key.pem";
    public static final String PRIVATE_KEY = "rolegate.jwt.private-key";

    public static final String MP_PUBLIC_KEY = "mp.jwt.verify.publickey";
    public static final String MP_PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    public static final String MP_ISSUER = "mp.jwt.verify.issuer";
    /** Any of these set by the operator means: verify tokens of an external issuer instead of ours. */
    static final List<String> EXTERNAL_KEY_SETTINGS = List.of(MP_PUBLIC_KEY, MP_PUBLIC_KEY_LOCATION);

    private JwtSettings() {
    }

    public static String issuer() {
        return lookup(ISSUER).orElse(DEFAULT_ISSUER);
    }

    public static Path keyFile() {
        return Path.of(lookup(KEY_FILE).orElse(DEFAULT_KEY_FILE)).toAbsolutePath();
    }

    /** A PKCS#8 PEM private key given in configuration; it wins over the key file. */
    public static Optional<String> privateKeyPem() {
        return lookup(PRIVATE_KEY);
    }

    /** Whether the operator pointed the verifier at another issuer's keys. */
    public static boolean externalIssuer() {
        return EXTERNAL_KEY_SETTINGS.stream().anyMatch(k -> lookup(k).isPresent());
    }

    /**
     * A non-blank value from a system property or an environment variable, trying the names
     * MicroProfile Config tries: as is, non-alphanumerics as '_', and that upper-cased.
     */
    static Optional<String> lookup(String name) {
        String v = System.getProperty(name);
        if (blank(v)) {
            String underscored = name.replaceAll("[^A-Za-z0-9]", "_");
            v = firstNonBlank(System.getenv(name), System.getenv(underscored),
                    System.getenv(underscored.toUpperCase(Locale.ROOT)));
        }
        return blank(v) ? Optional.empty() : Optional.of(v.strip());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
