package app.rolegate.membership;

import app.rolegate.audit.AuditState;
import app.rolegate.platform.Validity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The authorisation of one user to one company. Optimistically locked. */
@Entity
@Table(name = "membership")
public class Membership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userAccountId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Embedded
    private Validity validity = Validity.untilFurtherNotice();

    @Enumerated(EnumType.STRING)
    @Column(name = "accounting_profile", nullable = false)
    private AccountingProfile accountingProfile = AccountingProfile.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "payroll_profile")
    private PayrollProfile payrollProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "crm_profile")
    private CrmProfile crmProfile;

    // Lazy: lists of memberships never read the overrides, and must not pay a query per row for them.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "membership_override", joinColumns = @JoinColumn(name = "membership_id"))
    @MapKeyColumn(name = "function_key")
    @Enumerated(EnumType.STRING)
    @Column(name = "access_level")
    private Map<String, AccessLevel> overrides = new TreeMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(long userAccountId, long companyId, Instant createdAt) {
        this.userAccountId = userAccountId;
        this.companyId = companyId;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public long userAccountId() { return userAccountId; }
    public long companyId() { return companyId; }
    public Validity validity() { return validity == null ? Validity.untilFurtherNotice() : validity; }
    public AccountingProfile accountingProfile() { return accountingProfile; }
    public PayrollProfile payrollProfile() { return payrollProfile; }
    public CrmProfile crmProfile() { return crmProfile; }
    public Map<String, AccessLevel> overrides() { return Map.copyOf(overrides); }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    public boolean isValidOn(LocalDate day) {
        return validity().isValidOn(day);
    }

    public void setValidity(Validity v) { this.validity = v; }
    public void setAccountingProfile(AccountingProfile p) { this.accountingProfile = p; }
    public void setPayrollProfile(PayrollProfile p) { this.payrollProfile = p; }
    public void setCrmProfile(CrmProfile p) { this.crmProfile = p; }

    public void replaceOverrides(Map<String, AccessLevel> newOverrides) {
        overrides.clear();
        overrides.putAll(newOverrides);
    }

    /** The editable state as the audit log records it. */
    public AuditState auditState() {
        return AuditState.of().with("validFrom", validity().validFrom()).with("validTo", validity().validTo())
                .with("accountingProfile", accountingProfile).with("payrollProfile", payrollProfile)
                .with("crmProfile", crmProfile).with("overrides", new TreeMap<>(overrides));
    }
}
