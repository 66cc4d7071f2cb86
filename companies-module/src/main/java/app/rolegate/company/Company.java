package app.rolegate.company;

import app.rolegate.audit.AuditState;
import app.rolegate.platform.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A tenant. Optimistically locked: two administrators may edit it at once. */
@Entity
@Table(name = "company")
public class Company {
    public static final int NAME_MAX = 200;
    public static final int BUSINESS_ID_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "business_id")
    private String businessId;

    @Column(name = "accounting_firm", nullable = false)
    private boolean accountingFirm;

    @Column(name = "accounting_firm_id")
    private Long accountingFirmId;

    @Column(name = "payroll_enabled", nullable = false)
    private boolean payrollEnabled;

    @Column(name = "crm_enabled", nullable = false)
    private boolean crmEnabled;

    /** D13: the company a client company was opened under, if it was. */
    @Column(name = "opened_under_id")
    private Long openedUnderId;

    @Column(name = "main_user_id")
    private Long mainUserId;

    @Column(name = "permission_tolerance_days", nullable = false)
    private int permissionToleranceDays;

    /** SPEC 5.4: e-mail domains the company has verified, lower-case. Lazy: read only where a link is made. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "company_verified_domain", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "domain")
    private Set<String> verifiedDomains = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, String businessId, boolean accountingFirm, Long accountingFirmId,
            boolean payrollEnabled, boolean crmEnabled, Instant createdAt) {
        this.name = Text.required("name", name, NAME_MAX).strip();
        this.businessId = Text.trimmed("businessId", businessId, BUSINESS_ID_MAX);
        this.accountingFirm = accountingFirm;
        this.accountingFirmId = accountingFirmId;
        this.payrollEnabled = payrollEnabled;
        this.crmEnabled = crmEnabled;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String businessId() { return businessId; }
    public boolean isAccountingFirm() { return accountingFirm; }
    public Long accountingFirmId() { return accountingFirmId; }
    public boolean payrollEnabled() { return payrollEnabled; }
    public boolean crmEnabled() { return crmEnabled; }
    public Long mainUserId() { return mainUserId; }
    public Long openedUnderId() { return openedUnderId; }
    public int permissionToleranceDays() { return permissionToleranceDays; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    /** D8 is checked by the caller; null clears it (the main user's membership was removed). */
    public void openedUnder(long companyId) {
        this.openedUnderId = companyId;
    }

    public void assignMainUser(Long userAccountId) {
        this.mainUserId = userAccountId;
    }

    /** The company as the audit log records it. */
    public AuditState auditState() {
        return AuditState.of().with("name", name).with("businessId", businessId).with("accountingFirm", accountingFirm)
                .with("accountingFirmId", accountingFirmId).with("payrollEnabled", payrollEnabled)
                .with("crmEnabled", crmEnabled).with("openedUnder", openedUnderId).with("mainUserId", mainUserId)
                .with("permissionToleranceDays", permissionToleranceDays);
    }

    /** SPEC 5.4: the company's verified e-mail domains, lower-case, sorted. */
    public Set<String> verifiedDomains() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(verifiedDomains));
    }

    /** Whether the e-mail address's domain is one the company has verified (SPEC 5.4), ignoring case. */
    public boolean hasVerifiedDomainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at >= 0 && verifiedDomains.contains(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** Applies settings already checked (as {@link CompanySettings} is made); null fields keep what is there. */
    public void changeSettings(CompanySettings s) {
        if (s.permissionToleranceDays() != null) {
            this.permissionToleranceDays = s.permissionToleranceDays();
        }
        if (s.verifiedDomains() != null) {
            verifiedDomains.clear();
            verifiedDomains.addAll(s.verifiedDomains());
        }
    }

    /** The settings as the audit log records them. */
    public AuditState settingsAuditState() {
        return AuditState.of().with("permissionToleranceDays", permissionToleranceDays)
                .with("verifiedDomains", new TreeSet<>(verifiedDomains));
    }

    public boolean hasMainUser(long userAccountId) {
        return mainUserId != null && mainUserId == userAccountId;
    }
}
