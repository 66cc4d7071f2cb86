package app.rolegate.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited decision. Append-only: no setters, no updates. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    public enum Outcome { ALLOWED, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(name = "rule_id")
    private String rule;

    private String detail;

    @Column(name = "request_id")
    private String requestId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorId, String actorName, String action, Outcome outcome, Long companyId,
            String targetType, String targetId, String before, String after, String rule, String detail,
            String requestId) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = plain(actorName, 120);
        this.action = action;
        this.outcome = outcome.name();
        this.companyId = companyId;
        this.targetType = targetType;
        this.targetId = plain(targetId, 120);
        this.before = clip(before, 8000);
        this.after = clip(after, 8000);
        this.rule = rule;
        this.detail = plain(detail, 1000);
        this.requestId = requestId;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Names and details as typed by a caller (a user id in a path, say) may be long or hold control
     * characters: they are recorded shortened and with those characters replaced, never refused,
     * because the event of a refused request must be written too.
     */
    static String plain(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair && b.length() + 2 <= max) {
                b.append(c).append(s.charAt(++i));
            } else if (pair || Character.isSurrogate(c) || Character.isISOControl(c)) {
                b.append('?');
                i += pair ? 1 : 0;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public Long actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String action() { return action; }
    public String outcome() { return outcome; }
    public Long companyId() { return companyId; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String before() { return before; }
    public String after() { return after; }
    public String rule() { return rule; }
    public String detail() { return detail; }
    public String requestId() { return requestId; }
}
