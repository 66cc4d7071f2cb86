package app.rolegate.login;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed logins lock a key out, decided purely (OWASP ASVS 5.0 V6: anti-automation): after
 * {@code limit} failures within {@code window}, the key is locked for {@code firstLock}, doubling with
 * every further failure after a lock ends, up to {@code maxLock}. A window without a lock that has
 * passed starts counting anew.
 */
public record ThrottlePolicy(int limit, Duration window, Duration firstLock, Duration maxLock) {

    public ThrottlePolicy {
        if (limit < 1 || window.isNegative() || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("bad login throttle settings " + limit + ", " + window + ", "
                    + firstLock + ", " + maxLock);
        }
    }

    /** Whether the count starts anew: the window has passed and no lock is running or just ended. */
    boolean windowPassed(Instant firstFailure, Instant lockedUntil, Instant now) {
        Instant lastActivity = lockedUntil == null || lockedUntil.isBefore(firstFailure) ? firstFailure : lockedUntil;
        return !now.isBefore(lastActivity.plus(window));
    }

    /** The lock after this many failures, or null while under the limit. */
    Duration lockAfter(int failures) {
        if (failures < limit) {
            return null;
        }
        int doublings = Math.min(failures - limit, 30);
        long seconds = firstLock.getSeconds() << doublings;
        return seconds <= 0 || seconds > maxLock.getSeconds() ? maxLock : Duration.ofSeconds(seconds);
    }
}
