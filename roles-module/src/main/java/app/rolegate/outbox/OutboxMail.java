package app.rolegate.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One mail: to whom, about what, on behalf of which company (whose administrators see it in the
 * outbox), and its delivery: QUEUED until sent (attempts, last error and the time of the next attempt
 * kept), SENT, or FAILED once the attempts are spent. A verification mail carries its token, which only
 * platform support reads (SPEC 4.1).
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {
    public enum Kind { IDP_VERIFICATION, IDP_PASSWORD_RESET }

    public enum State { QUEUED, SENT, FAILED }

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "user_id")
    private Long userAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** When the delivery may next try: at creation now; after a failure later; while one server sends, its claim. */
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(Kind kind, Long companyId, Long userAccountId, String recipient, String subject, String body,
            String token, Instant now) {
        this.kind = kind;
        this.companyId = companyId;
        this.userAccountId = userAccountId;
        this.recipient = recipient;
        this.subject = shorten(subject, SUBJECT_MAX);
        this.body = shorten(body, BODY_MAX);
        this.token = token;
        this.state = State.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long id() { return id; }
    public Long companyId() { return companyId; }
    public Long userAccountId() { return userAccountId; }
    public Kind kind() { return kind; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String token() { return token; }
    public State state() { return state; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public long version() { return version; }

    /** Queued and its time has come (an earlier failure's pause, or another server's claim, is over). */
    public boolean dueAt(Instant now) {
        return state == State.QUEUED && !nextAttemptAt.isAfter(now);
    }

    /** One server takes the mail to send it; others leave it alone until {@code until}. */
    public void claim(Instant until) {
        this.nextAttemptAt = until;
    }

    public void sent(Instant at) {
        this.attempts++;
        this.state = State.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    /** A failed attempt: tried again at {@code next}, or FAILED for good when {@code next} is null. */
    public void failed(String error, Instant next) {
        this.attempts++;
        this.lastError = shorten(error == null ? "unknown error" : error, ERROR_MAX);
        if (next == null) {
            this.state = State.FAILED;
        } else {
            this.nextAttemptAt = next;
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
