package app.rolegate.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC 5.4: tokens are 256 random bits, stored only as a hash, single use, expiring. */
class VerificationTokensTest {
    @Test
    void aTokenIs256RandomBits_inBase64url() {
        String t = VerificationTokens.newToken();
        assertEquals(43, t.length());
        assertEquals(32, Base64.getUrlDecoder().decode(t).length);
        assertTrue(VerificationTokens.wellFormed(t));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(VerificationTokens.newToken()));
        }
    }

    @Test
    void theStoredFormIsItsSha256_notTheToken() {
        String t = VerificationTokens.newToken();
        String h = VerificationTokens.hash(t);
        assertEquals(64, h.length());
        assertNotEquals(t, h);
        assertEquals(h, VerificationTokens.hash(t));
        // SHA-256 of "abc", a known value.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", VerificationTokens.hash("abc"));
    }

    @Test
    void onlyTextOfATokensShapeIsLookedUp() {
        assertFalse(VerificationTokens.wellFormed(null));
        assertFalse(VerificationTokens.wellFormed(""));
        assertFalse(VerificationTokens.wellFormed("a".repeat(42)));
        assertFalse(VerificationTokens.wellFormed("a".repeat(44)));
        assertFalse(VerificationTokens.wellFormed("a".repeat(42) + "%"));
    }

    @Test
    void aVerificationIsUsableOnce_andUntilItExpires() {
        Instant created = Instant.parse("2026-12-01T10:00:00Z");
        IdpVerification v = new IdpVerification(1L, 2L, "a@example.test", "h", created, created.plusSeconds(72 * 3600));
        assertTrue(v.usableAt(created.plusSeconds(72 * 3600 - 1)));
        assertFalse(v.usableAt(created.plusSeconds(72 * 3600)), "expired");
        v.use(created.plusSeconds(60));
        assertFalse(v.usableAt(created.plusSeconds(61)), "used");
    }

    @Test
    void theDomainOfAnAddress() {
        assertEquals("example.com", VerifiedDomains.domainOf("Anna@Example.COM"));
        assertEquals("example.com", VerifiedDomains.domainOf("a@b@example.com."));
        assertNull(VerifiedDomains.domainOf("no-at"));
        assertNull(VerifiedDomains.domainOf("a@"));
        assertNull(VerifiedDomains.domainOf(null));
    }
}
