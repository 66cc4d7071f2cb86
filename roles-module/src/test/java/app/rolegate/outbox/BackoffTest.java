package app.rolegate.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A failed delivery is retried a bounded number of times, with pauses that double up to a ceiling. */
class BackoffTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void pausesDouble_upToTheCeiling() {
        assertEquals(MINUTE, Backoff.pauseAfter(1, 10, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(2), Backoff.pauseAfter(2, 10, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(4), Backoff.pauseAfter(3, 10, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(32), Backoff.pauseAfter(6, 10, MINUTE, HOUR));
        assertEquals(HOUR, Backoff.pauseAfter(7, 10, MINUTE, HOUR));
        assertEquals(HOUR, Backoff.pauseAfter(9, 10, MINUTE, HOUR));
        assertEquals(HOUR, Backoff.pauseAfter(5000, 100000, MINUTE, HOUR), "no overflow on many attempts");
    }

    @Test
    void bounded_noPauseOnceTheAttemptsAreSpent() {
        assertNull(Backoff.pauseAfter(10, 10, MINUTE, HOUR));
        assertNull(Backoff.pauseAfter(1, 1, MINUTE, HOUR));
    }

    @Test
    void aMailRecordsEachFailure_andIsNeverLost() {
        OutboxMail m = new OutboxMail(OutboxMail.Kind.IDP_VERIFICATION, 1L, 2L, "a@example.test", "s", "b", "t",
                java.time.Instant.EPOCH);
        m.failed("Connection refused", java.time.Instant.EPOCH.plusSeconds(60));
        assertEquals(OutboxMail.State.QUEUED, m.state());
        assertEquals(1, m.attempts());
        assertEquals("Connection refused", m.lastError());
        m.failed("x".repeat(5000), null);
        assertEquals(OutboxMail.State.FAILED, m.state());
        assertEquals(2, m.attempts());
        assertEquals(OutboxMail.ERROR_MAX, m.lastError().length());
        assertEquals("a@example.test", m.recipient(), "the mail stays, with what it was");
    }
}
