package app.rolegate.user;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashing with PBKDF2-HMAC-SHA256 from the JDK (no extra dependency).
 * Stored as {@code pbkdf2-sha256$iterations$salt$hash}, so the cost can be raised later.
 */
public final class PasswordHasher {
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); rolegate.password.iterations changes it. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Verified against when the user does not exist, so that a miss costs about what a hit does. Made on first use. */
    private static final class Dummy {
        static final String HASH = hash("not-a-password".toCharArray(), DEFAULT_ITERATIONS);
    }

    private PasswordHasher() {
    }

    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] dk = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(dk);
    }

    public static boolean verify(char[] password, String stored) {
        if (stored == null) {
            burn(password);
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return iterations > 0 && salt.length > 0 && MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false; // a damaged hash is a failed login, never an error
        }
    }

    /** Spends the time of one verification without a stored hash (unknown user). */
    public static void burn(char[] password) {
        verify(password, Dummy.HASH);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
