package app.rolegate.login;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing (OWASP ASVS 5.0 V6): failed logins are counted per account (the login name as
 * typed, whether or not an account has it, so that a lock tells nothing about which accounts exist)
 * and per client address; a key over its limit is locked for a while, doubling as failures go on. The
 * counts live in the database, so every server of a cluster sees them. A lock starting is a platform
 * audit event. Keys are stored as SHA-256 hashes: no typed name or address is kept in clear.
 */
@Stateless
public class LoginThrottle {
    @PersistenceContext(unitName = "rolegate")
    EntityManager em;

    @Inject
    Today today;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "rolegate.login.account-limit", defaultValue = "5")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "rolegate.login.client-limit", defaultValue = "50")
    int clientLimit;

    @Inject
    @ConfigProperty(name = "rolegate.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "rolegate.login.first-lock-seconds", defaultValue = "60")
    long firstLockSeconds;

    @Inject
    @ConfigProperty(name = "rolegate.login.max-lock-seconds", defaultValue = "900")
    long maxLockSeconds;

    private ThrottlePolicy accounts;
    private ThrottlePolicy clients;

    @PostConstruct
    void settings() {
        Duration window = Duration.ofSeconds(windowSeconds);
        Duration first = Duration.ofSeconds(firstLockSeconds);
        Duration max = Duration.ofSeconds(maxLockSeconds);
        accounts = new ThrottlePolicy(accountLimit, window, first, max);
        clients = new ThrottlePolicy(clientLimit, window, first, max);
    }

    /** Seconds to wait, when the account name or the client is locked now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> lockedFor(String loginName, String client) {
        Instant now = today.now();
        long wait = 0;
        for (String key : new String[] {accountKey(loginName), clientKey(client)}) {
            ThrottleEntry e = key == null ? null : em.find(ThrottleEntry.class, key);
            if (e != null && e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
                wait = Math.max(wait, Duration.between(now, e.lockedUntil()).toSeconds() + 1);
            }
        }
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    /** Counts a failed login for the name and the client; a lock that starts is audited. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String loginName, String client) {
        Instant now = today.now();
        count(accountKey(loginName), accounts, now, "account", loginName, client);
        count(clientKey(client), clients, now, "client", client, client);
    }

    /** A successful login clears the account's count (the client's stays: it may be guessing others). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String loginName) {
        String key = accountKey(loginName);
        ThrottleEntry e = key == null ? null : em.find(ThrottleEntry.class, key);
        if (e != null) {
            em.remove(e);
        }
    }

    private void count(String key, ThrottlePolicy policy, Instant now, String kind, String name, String client) {
        if (key == null) {
            return;
        }
        ThrottleEntry e = em.find(ThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new ThrottleEntry(key, now);
            em.persist(e);
        } else if (policy.windowPassed(e.firstFailure(), e.lockedUntil(), now)) {
            e.restart(now);
        }
        e.fail();
        Duration lock = policy.lockAfter(e.failures());
        if (lock != null && (e.lockedUntil() == null || !e.lockedUntil().isAfter(now))) {
            e.lockUntil(now.plus(lock));
            audit.allowed(AuditRecord.of(new Actor(null, "client " + client, false, false), "auth.throttled", null,
                    kind, name).detail(kind + " locked for " + lock.toSeconds() + " s after " + e.failures()
                    + " failed logins"));
        }
        em.flush();
    }

    static String accountKey(String loginName) {
        return loginName == null || loginName.isBlank() ? null : "a:" + sha256(UserAccount.key(loginName));
    }

    static String clientKey(String client) {
        return client == null || client.isBlank() ? null : "c:" + sha256(client);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
