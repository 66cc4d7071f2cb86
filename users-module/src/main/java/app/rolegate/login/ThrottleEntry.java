package app.rolegate.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The failed logins counted under one key (an account or a client) since the window opened, and any lock. */
@Entity
@Table(name = "login_throttle")
public class ThrottleEntry {
    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure", nullable = false)
    private Instant firstFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected ThrottleEntry() {
    }

    ThrottleEntry(String key, Instant now) {
        this.key = key;
        this.firstFailure = now;
    }

    String key() {
        return key;
    }

    int failures() {
        return failures;
    }

    Instant firstFailure() {
        return firstFailure;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    void restart(Instant now) {
        failures = 0;
        firstFailure = now;
        lockedUntil = null;
    }

    void fail() {
        failures++;
    }

    void lockUntil(Instant until) {
        lockedUntil = until;
    }
}
