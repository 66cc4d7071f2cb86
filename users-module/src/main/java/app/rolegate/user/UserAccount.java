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
import java.time.LocalDate;
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

    /** The address the identity-provider link is made to (pending or verified); null without a link. */
    @Column(name = "idp_email")
    private String idpEmail;

    /**
     * The verified address lower-cased, only while the link is VERIFIED: unique, so that a token of an
     * external issuer (SPEC 6) maps to one account at most.
     */
    @Column(name = "idp_email_key")
    private String idpEmailKey;

    /** SPEC 5.3: the account is inactive because the employment job deactivated it (not a person). */
    @Column(name = "activation_job_deactivated", nullable = false)
    private boolean activationJobDeactivated;

    /** SPEC 5.3: the end of the employment the job last deactivated the account for; it acts once per end. */
    @Column(name = "activation_job_end")
    private LocalDate activationJobEnd;

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
    public String idpEmail() { return idpEmail; }
    public boolean activationJobDeactivated() { return activationJobDeactivated; }
    public LocalDate activationJobEnd() { return activationJobEnd; }
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

    /**
     * Deactivating or reactivating by hand (D18). It keeps the identity-provider link (SPEC 5.3), and
     * makes the account's state a person's decision: the employment job reactivates only what it
     * deactivated itself.
     */
    public void setActive(boolean v) {
        this.active = v;
        this.activationJobDeactivated = false;
    }
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

    // ---------------------------------------------------------------- identity-provider link (SPEC 5.4)

    /** A link waiting for its address to be verified by following the mailed link. */
    public void linkPending(String email) {
        this.idpStatus = "PENDING";
        this.idpEmail = email;
        this.idpEmailKey = null;
    }

    /** A verified link: the address is the account's at the identity provider (and for an external issuer). */
    public void linkVerified(String email) {
        this.idpStatus = "VERIFIED";
        this.idpEmail = email;
        this.idpEmailKey = emailKey(email);
    }

    public void unlink() {
        this.idpStatus = "NONE";
        this.idpEmail = null;
        this.idpEmailKey = null;
    }

    /** The case-insensitive key of a linked address. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- employment-based activation (SPEC 5.3)

    /** The job deactivates the account for the employment that ended on {@code end}; the link goes too. */
    public void deactivateByJob(LocalDate end) {
        this.active = false;
        this.activationJobDeactivated = true;
        this.activationJobEnd = end;
        unlink();
    }

    /** The job reactivates what it deactivated; the identity-provider link is not restored. */
    public void reactivateByJob() {
        this.active = true;
        this.activationJobDeactivated = false;
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
                .with("idpStatus", idpStatus).with("idpEmail", idpEmail).with("employeeId", employeeId)
                .with("deactivateDaysAfterEnd", deactivateDaysAfterEnd)
                .with("reactivateDaysBeforeStart", reactivateDaysBeforeStart);
    }

    public String displayName() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return n.isEmpty() ? userId : n;
    }
}
