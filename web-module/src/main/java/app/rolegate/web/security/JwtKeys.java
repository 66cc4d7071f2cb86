package app.rolegate.web.security;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RSA key pair this server signs its tokens with. It comes from configuration
 * ({@value JwtSettings#PRIVATE_KEY}) or from the key file, which is generated on first use. Only the
 * private key is stored (PKCS#8 PEM, owner-only permissions): the public key is derived from it.
 * Plain JDK code, because the config source that feeds the verifier loads this early.
 */
public final class JwtKeys {
    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());
    private static final int KEY_BITS = 2048;

    private static Material current;

    /** A key pair and its key id (RFC 7638 thumbprint), which goes into the token header as kid. */
    public record Material(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey, String keyId) {
        public String publicKeyPem() {
            return pem("PUBLIC KEY", publicKey.getEncoded());
        }
    }

    private JwtKeys() {
    }

    /** The key pair in force; loaded, or generated and saved, on first call. */
    public static synchronized Material current() {
        if (current == null) {
            current = load(JwtSettings.privateKeyPem(), JwtSettings.keyFile());
        }
        return current;
    }

    static Material load(Optional<String> configuredPem, Path file) {
        try {
            if (configuredPem.isPresent()) {
                return fromPem(configuredPem.get());
            }
            if (Files.exists(file)) {
                return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
            }
            return generate(file);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Cannot load the JWT signing key (" + (configuredPem.isPresent()
                    ? "configured in " + JwtSettings.PRIVATE_KEY : "file " + file) + "); no token can be issued or verified", e);
            throw new IllegalStateException("JWT signing key unavailable", e);
        }
    }

    private static Material generate(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        KeyPair pair = generator.generateKeyPair();
        String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".jwt-key", ".tmp");
        try {
            restrict(tmp);
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            // Not REPLACE_EXISTING: if another server sharing the directory won the race, use its key.
            Files.move(tmp, file);
            LOG.info(() -> "Generated a new JWT signing key in " + file);
            return fromPem(text);
        } catch (FileAlreadyExistsException e) {
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.fine("Cannot restrict permissions of " + file + ": " + e);
        }
    }

    /** Reads a PKCS#8 PEM ("BEGIN PRIVATE KEY") RSA private key and derives its public key. */
    static Material fromPem(String text) throws GeneralSecurityException {
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        if (base64.isEmpty() || text.contains("RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("expected an RSA private key in PKCS#8 PEM form (BEGIN PRIVATE KEY)");
        }
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)))
                instanceof RSAPrivateCrtKey priv)) {
            throw new IllegalArgumentException("the private key lacks its CRT parameters; cannot derive the public key");
        }
        RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
        return new Material(priv, pub, thumbprint(pub));
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url): a stable id of the public key. */
    static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        String jwk = "{\"e\":\"" + b64url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\"" + b64url(key.getModulus()) + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(jwk.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String b64url(BigInteger n) {
        byte[] bytes = n.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0; // unsigned big-endian, as JWK wants
        byte[] unsigned = new byte[bytes.length - skip];
        System.arraycopy(bytes, skip, unsigned, 0, unsigned.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
