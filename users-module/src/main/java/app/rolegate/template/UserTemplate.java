package app.rolegate.template;

import app.rolegate.audit.AuditState;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.user.ActivationPolicy;
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
 * A user template of a company (SPEC 5.3): what a user created from it gets: the membership's default
 * profiles, the account's default UI language and its activation policy (N, M), so that staff who come back
 * regularly keep their identity-provider link longer. Named uniquely in its company.
 */
@Entity
@Table(name = "user_template")
public class UserTemplate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private String name;

    @Column(name = "deactivate_days_after_end")
    private Integer deactivateDaysAfterEnd;

    @Column(name = "reactivate_days_before_start")
    private Integer reactivateDaysBeforeStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "accounting_profile")
    private AccountingProfile accountingProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "payroll_profile")
    private PayrollProfile payrollProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "crm_profile")
    private CrmProfile crmProfile;

    @Column(name = "ui_language")
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserTemplate() {
    }

    UserTemplate(long companyId, TemplateData d, Instant createdAt) {
        this.companyId = companyId;
        this.name = d.name();
        this.deactivateDaysAfterEnd = d.activation().deactivateDaysAfterEnd();
        this.reactivateDaysBeforeStart = d.activation().reactivateDaysBeforeStart();
        this.accountingProfile = d.accountingProfile();
        this.payrollProfile = d.payrollProfile();
        this.crmProfile = d.crmProfile();
        this.language = d.language();
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public long companyId() { return companyId; }
    public String name() { return name; }
    public AccountingProfile accountingProfile() { return accountingProfile; }
    public PayrollProfile payrollProfile() { return payrollProfile; }
    public CrmProfile crmProfile() { return crmProfile; }
    public String language() { return language; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    public ActivationPolicy activation() {
        return new ActivationPolicy(deactivateDaysAfterEnd, reactivateDaysBeforeStart);
    }

    public AuditState auditState() {
        return AuditState.of().with("name", name).with("deactivateDaysAfterEnd", deactivateDaysAfterEnd)
                .with("reactivateDaysBeforeStart", reactivateDaysBeforeStart).with("accountingProfile", accountingProfile)
                .with("payrollProfile", payrollProfile).with("crmProfile", crmProfile).with("language", language);
    }
}
