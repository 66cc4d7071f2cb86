package app.rolegate.outbox;

import java.time.Duration;

/** Retries of a failed delivery: the first pause, doubled after each failure up to a ceiling; bounded in number. */
public final class Backoff {
    private Backoff() {
    }

    /**
     * The pause after {@code failedAttempts} failures (1 = the first), or null when {@code maxAttempts}
     * are spent: the mail then stays FAILED, never lost.
     */
    public static Duration pauseAfter(int failedAttempts, int maxAttempts, Duration first, Duration ceiling) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        Duration pause = first;
        for (int i = 1; i < failedAttempts && pause.compareTo(ceiling) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(ceiling) > 0 ? ceiling : pause;
    }
}
