package app.rolegate.idp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One mailed verification of a pending link (SPEC 5.4): the address it verifies, for which account,
 * the company whose administrator asked, the token's hash, when it expires and when it was used.
 * Single use; a new verification, a removed link or a deactivation by the job deletes the unused ones.
 * Versioned, so that two followings of one link at once use it once.
 */
@Entity
@Table(name = "idp_verification")
public class IdpVerification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userAccountId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected IdpVerification() {
    }

    public IdpVerification(long userAccountId, long companyId, String email, String tokenHash, Instant createdAt,
            Instant expiresAt) {
        this.userAccountId = userAccountId;
        this.companyId = companyId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long id() { return id; }
    public long userAccountId() { return userAccountId; }
    public long companyId() { return companyId; }
    public String email() { return email; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant usedAt() { return usedAt; }

    /** Unused and not expired at this instant. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }
}
