package app.rolegate.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When failed logins lock a key (ASVS V6): the limit, the doubling, the cap, and when counting starts anew. */
class ThrottlePolicyTest {
    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(60),
            Duration.ofSeconds(900));
    private final Instant t0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void underTheLimit_noLock_thenLocksDoubleUpToTheCap() {
        for (int f = 1; f < 5; f++) {
            assertNull(policy.lockAfter(f), "after " + f);
        }
        assertEquals(Duration.ofSeconds(60), policy.lockAfter(5));
        assertEquals(Duration.ofSeconds(120), policy.lockAfter(6));
        assertEquals(Duration.ofSeconds(480), policy.lockAfter(8));
        assertEquals(Duration.ofSeconds(900), policy.lockAfter(9));
        assertEquals(Duration.ofSeconds(900), policy.lockAfter(1000), "no overflow however long it goes on");
    }

    @Test
    void theWindowRunsFromTheFirstFailure_orFromTheEndOfTheLastLock() {
        assertFalse(policy.windowPassed(t0, null, t0.plus(Duration.ofMinutes(14))));
        assertTrue(policy.windowPassed(t0, null, t0.plus(Duration.ofMinutes(15))));
        Instant lockEnds = t0.plus(Duration.ofMinutes(20));
        assertFalse(policy.windowPassed(t0, lockEnds, lockEnds.plus(Duration.ofMinutes(14))),
                "a failure soon after a lock keeps counting, so the next lock is longer");
        assertTrue(policy.windowPassed(t0, lockEnds, lockEnds.plus(Duration.ofMinutes(15))));
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(0, Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(5, Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofSeconds(2)));
    }
}
