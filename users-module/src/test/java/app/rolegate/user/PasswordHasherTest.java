package app.rolegate.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SPEC 1: a password, hashed, never returned. Few iterations here: the cost is a parameter of the format. */
class PasswordHasherTest {
    private static final int FEW = 1_000;
    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    @Test
    void hashThenVerify_roundTrip() {
        String stored = PasswordHasher.hash("correct horse".toCharArray(), FEW);
        assertTrue(PasswordHasher.verify("correct horse".toCharArray(), stored));
    }

    @Test
    void wrongPassword_isFalse() {
        String stored = PasswordHasher.hash("correct horse".toCharArray(), FEW);
        assertFalse(PasswordHasher.verify("correct hors".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("Correct horse".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("correct horse ".toCharArray(), stored));
    }

    @Test
    void nullStoredHash_isFalse() {
        assertFalse(PasswordHasher.verify("anything".toCharArray(), null));
    }

    @Test
    void format_isSchemeIterationsSaltAndHash_withoutThePassword() {
        String stored = PasswordHasher.hash("s3cret-Password".toCharArray(), FEW);
        Matcher m = FORMAT.matcher(stored);
        assertTrue(m.matches(), stored);
        assertEquals(String.valueOf(FEW), m.group(1));
        assertFalse(stored.contains("s3cret"));
    }

    @Test
    void samePassword_getsAFreshSaltEachTime() {
        String a = PasswordHasher.hash("pw".toCharArray(), FEW);
        String b = PasswordHasher.hash("pw".toCharArray(), FEW);
        assertNotEquals(a, b);
        assertTrue(PasswordHasher.verify("pw".toCharArray(), a));
        assertTrue(PasswordHasher.verify("pw".toCharArray(), b));
    }

    @Test
    void iterationCountIsReadFromTheStoredHash() {
        String stored = PasswordHasher.hash("pw".toCharArray(), 1_234);
        assertTrue(stored.startsWith("pbkdf2-sha256$1234$"));
        assertTrue(PasswordHasher.verify("pw".toCharArray(), stored));
        String[] p = stored.split("\\$");
        String otherCost = p[0] + "$" + (1_234 + 1) + "$" + p[2] + "$" + p[3];
        assertFalse(PasswordHasher.verify("pw".toCharArray(), otherCost), "the cost is part of the derivation");
    }

    @Test
    void tamperedSaltOrHash_isFalse() {
        String stored = PasswordHasher.hash("pw".toCharArray(), FEW);
        String[] p = stored.split("\\$");
        String otherSalt = PasswordHasher.hash("pw".toCharArray(), FEW).split("\\$")[2];
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$" + p[1] + "$" + otherSalt + "$" + p[3]));
        String flipped = (p[3].charAt(0) == 'A' ? "B" : "A") + p[3].substring(1);
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$" + p[1] + "$" + p[2] + "$" + flipped));
    }

    @Test
    void unknownSchemeOrShape_isFalse() {
        String stored = PasswordHasher.hash("pw".toCharArray(), FEW);
        assertFalse(PasswordHasher.verify("pw".toCharArray(), stored.replace("pbkdf2-sha256", "pbkdf2-sha1")));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), "pw"));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), ""));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), stored + "$extra"));
    }

    /**
     * SPEC 4.1: POST /auth/token answers 401 for any failure. A damaged stored hash (a cost that is
     * not a number, salt or hash that is not Base64) is a failed verification, not an exception that
     * would surface as a 500.
     */
    @Test
    void malformedStoredHash_isFalseNotAnException() {
        String stored = PasswordHasher.hash("pw".toCharArray(), FEW);
        String[] p = stored.split("\\$");
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$many$" + p[2] + "$" + p[3]));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$" + p[1] + "$not*base64$" + p[3]));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$" + p[1] + "$" + p[2] + "$%%%"));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), p[0] + "$0$" + p[2] + "$" + p[3]));
    }

    @Test
    void defaultCost_isAtLeast210000Iterations() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 210_000);
    }
}
