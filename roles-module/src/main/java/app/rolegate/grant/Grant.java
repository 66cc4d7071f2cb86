package app.rolegate.grant;

import app.rolegate.audit.AuditState;
import app.rolegate.membership.Membership;
import app.rolegate.platform.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One role on one membership. A membership holds each role at most once. */
@Entity
@Table(name = "role_grant")
public class Grant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    private GrantScope scope;

    @Column(name = "cost_centre")
    private String costCentre;

    @Embedded
    private Validity validity = Validity.untilFurtherNotice();

    /** The user account that granted it; null where the system did. Kept when the grantor loses roles (D16). */
    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantOrigin origin;

    /** For copied grants: the user the rights were copied from. */
    @Column(name = "copied_from")
    private Long copiedFrom;

    /** For platform support's exceptional grants (D5, D6): who requested it, as their user id was stored. */
    @Column(name = "requested_by")
    private String requestedBy;

    @Version
    private long version;

    protected Grant() {
    }

    public Grant(Membership membership, String role, GrantScope scope, String costCentre, Validity validity,
            Long grantedBy, Instant grantedAt, GrantOrigin origin, Long copiedFrom, String requestedBy) {
        this.membership = membership;
        this.role = role;
        this.scope = scope;
        this.costCentre = costCentre;
        this.validity = validity == null ? Validity.untilFurtherNotice() : validity;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.origin = origin;
        this.copiedFrom = copiedFrom;
        this.requestedBy = requestedBy;
    }

    public Long id() { return id; }
    public Membership membership() { return membership; }
    public String role() { return role; }
    public GrantScope scope() { return scope; }
    public String costCentre() { return costCentre; }
    public Validity validity() { return validity == null ? Validity.untilFurtherNotice() : validity; }
    public Long grantedBy() { return grantedBy; }
    public Instant grantedAt() { return grantedAt; }
    public GrantOrigin origin() { return origin; }
    public Long copiedFrom() { return copiedFrom; }
    public String requestedBy() { return requestedBy; }

    public boolean isValidOn(LocalDate day) {
        return validity().isValidOn(day);
    }

    /** The grant as the audit log records it. */
    public AuditState auditState() {
        return AuditState.of().with("role", role).with("scope", scope).with("costCentre", costCentre)
                .with("validFrom", validity().validFrom()).with("validTo", validity().validTo()).with("origin", origin)
                .with("grantedBy", grantedBy).with("copiedFrom", copiedFrom).with("requestedBy", requestedBy);
    }
}
