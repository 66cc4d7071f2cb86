package app.rolegate.user;

import app.rolegate.audit.AuditState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * One person, platform-wide. The login name is unique without regard to case: a lower-cased copy
 * carries the unique index. Optimistically locked.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "user_id_key", nullable = false)
    private String userIdKey;

    @Column(name = "alias_user_id")
    private String aliasUserId;

    private String signature;

    @Column(name = "card_id")
    private String cardId;

    private String email;
    private String phone;

    @Column(name = "ui_language")
    private String uiLanguage;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "show_instruction_videos", nullable = false)
    private boolean showInstructionVideos;

    private String country;

    @Column(name = "personal_identity_code")
    private String personalIdentityCode;

    @Column(nullable = false)
    private boolean active;

    /** Identity-provider link state: NONE, PENDING or VERIFIED (SPEC 5.4). */
    @Column(name = "idp_status", nullable = false)
    private String idpStatus = "NONE";

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "primary_company_id", nullable = false)
    private Long primaryCompanyId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "platform_support", nullable = false)
    private boolean platformSupport;

    /** SPEC 5.3: the employee record the account is linked to (one account per record). */
    @Column(name = "employee_id")
    private Long employeeId;

    /** SPEC 5.3: deactivated this many days after the linked employment ends; null: never by the job. */
    @Column(name = "deactivate_days_after_end")
    private Integer deactivateDaysAfterEnd;

    /** SPEC 5.3: reactivated this many days before a new employment starts; null: never by the job. */
    @Column(name = "reactivate_days_before_start")
    private Integer reactivateDaysBeforeStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String userId, long primaryCompanyId, Long createdBy, Instant createdAt) {
        this.userId = UserFields.userId("userId", userId);
        this.userIdKey = key(this.userId);
        this.primaryCompanyId = primaryCompanyId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.active = true;
        this.uiLanguage = "en";
    }

    /** The case-insensitive key of a login name: "Anna.K" and "anna.k" are one user. */
    public static String key(String userId) {
        return userId.strip().toLowerCase(Locale.ROOT);
    }

    public static UserAccount platformSupport(long primaryCompanyId, String passwordHash, Instant now) {
        UserAccount u = new UserAccount("support", primaryCompanyId, null, now);
        u.platformSupport = true;
        u.passwordHash = passwordHash;
        u.firstName = "Platform";
        u.lastName = "Support";
        return u;
    }

    public Long id() { return id; }
    public String userId() { return userId; }
    public String aliasUserId() { return aliasUserId; }
    public String signature() { return signature; }
    public String cardId() { return cardId; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String uiLanguage() { return uiLanguage; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public boolean showInstructionVideos() { return showInstructionVideos; }
    public String country() { return country; }
    public String personalIdentityCode() { return personalIdentityCode; }
    public boolean isActive() { return active; }
    public String idpStatus() { return idpStatus; }
    public String passwordHash() { return passwordHash; }
    public long primaryCompanyId() { return primaryCompanyId; }
    public Long createdBy() { return createdBy; }
    public boolean isPlatformSupport() { return platformSupport; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
    public Long employeeId() { return employeeId; }
    public Integer deactivateDaysAfterEnd() { return deactivateDaysAfterEnd; }
    public Integer reactivateDaysBeforeStart() { return reactivateDaysBeforeStart; }

    public void setAliasUserId(String v) { this.aliasUserId = v; }
    public void setSignature(String v) { this.signature = v; }
    public void setCardId(String v) { this.cardId = v; }
    public void setEmail(String v) { this.email = v; }
    public void setPhone(String v) { this.phone = v; }
    public void setUiLanguage(String v) { this.uiLanguage = v; }
    public void setFirstName(String v) { this.firstName = v; }
    public void setLastName(String v) { this.lastName = v; }
    public void setShowInstructionVideos(boolean v) { this.showInstructionVideos = v; }
    public void setActive(boolean v) { this.active = v; }
    public void setPasswordHash(String v) { this.passwordHash = v; }

    public void setIdentity(PersonalIdentityCode code) {
        this.country = code == null ? null : code.country();
        this.personalIdentityCode = code == null ? null : code.code();
    }

    /**
     * SPEC 5.3: links the account to an employee record; the user then gets the employee's e-mail (where the
     * record has one). Who may, and that the record is nobody else's, the caller has checked.
     */
    public void linkEmployee(long employeeRecordId, String employeeEmail) {
        this.employeeId = employeeRecordId;
        if (employeeEmail != null) {
            this.email = employeeEmail;
        }
    }

    /** SPEC 5.3: removes the link; the e-mail the account got from the record stays. */
    public void unlinkEmployee() {
        this.employeeId = null;
    }

    /** SPEC 5.3: when the daily job deactivates and reactivates the account (checked by {@link ActivationPolicy}). */
    public void setActivationPolicy(ActivationPolicy p) {
        this.deactivateDaysAfterEnd = p.deactivateDaysAfterEnd();
        this.reactivateDaysBeforeStart = p.reactivateDaysBeforeStart();
    }

    public ActivationPolicy activationPolicy() {
        return new ActivationPolicy(deactivateDaysAfterEnd, reactivateDaysBeforeStart);
    }

    /** D14: the caller (support only) has been checked by the service. */
    public void movePrimaryCompany(long companyId) {
        this.primaryCompanyId = companyId;
    }

    /** The account as the audit log records it: no password, and the identity code only as set or not. */
    public AuditState auditState() {
        return AuditState.of().with("userId", userId).with("firstName", firstName).with("lastName", lastName)
                .with("email", email).with("phone", phone).with("uiLanguage", uiLanguage)
                .with("aliasUserId", aliasUserId).with("cardId", cardId).with("signature", signature)
                .with("showInstructionVideos", showInstructionVideos).with("active", active)
                .with("primaryCompanyId", primaryCompanyId).with("identity", personalIdentityCode == null ? null : "(set)")
                .with("idpStatus", idpStatus).with("employeeId", employeeId)
                .with("deactivateDaysAfterEnd", deactivateDaysAfterEnd)
                .with("reactivateDaysBeforeStart", reactivateDaysBeforeStart);
    }

    public String displayName() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return n.isEmpty() ? userId : n;
    }
}
