package app.rolegate.pages;

import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Retry;
import app.rolegate.template.TemplateData;
import app.rolegate.template.application.TemplateAdministration;
import app.rolegate.template.application.TemplateView;
import app.rolegate.user.ActivationPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The current company's user templates (SPEC 5.3): N and M of the employment-based activation, default
 * profiles and language, for staff who come back regularly. Listed a page at a time, and a new one made with
 * the same command as the API's ({@link TemplateData}, checked as it is made); a name the company has already
 * is said at the name. A user is created from one on the new-user page.
 */
@Named
@ViewScoped
public class TemplatesPage extends PagedList<TemplateView> {
    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;
    static final Map<String, String> FIELDS = Map.of("name", "template:name", "deactivateDaysAfterEnd",
            "template:deactivate", "reactivateDaysBeforeStart", "template:reactivate", "accountingProfile",
            "template:accountingProfile", "payrollProfile", "template:payrollProfile", "crmProfile",
            "template:crmProfile", "language", "template:language");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    TemplateAdministration templates;

        private String name;
    private Integer deactivate;
    private Integer reactivate;
    private AccountingProfile accountingProfile;
    private PayrollProfile payrollProfile;
    private CrmProfile crmProfile;
    private String language;

    public TemplatesPage() {
        super(SIZE);
    }

    public void load() {
        show(null);
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            int p = pageAsked();
            long cid = company.id();
            show(Retry.call(() -> templates.templates(caller.actor(), cid, p, SIZE)));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public String add() {
        try {
            boolean payroll = company.getView().payrollEnabled();
            boolean crm = company.getView().crmEnabled();
            TemplateData data = new TemplateData(name, new ActivationPolicy(deactivate, reactivate), accountingProfile,
                    payroll ? payrollProfile : null, crm ? crmProfile : null, language == null || language.isBlank()
                    ? null : language);
            long cid = company.id();
            TemplateView t = Retry.call(() -> templates.add(caller.actor(), cid, data));
            Feedback.info("templates.added", t.name());
            return Nav.templates();
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS, FIELDS.get("name"));
            return null;
        }
    }

    /** "N days" or "never", as the list shows N and M. */
    public String days(Integer n) {
        return n == null ? Feedback.text("activation.never") : Feedback.text("activation.days", n);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDeactivate() {
        return deactivate;
    }

    public void setDeactivate(Integer deactivate) {
        this.deactivate = deactivate;
    }

    public Integer getReactivate() {
        return reactivate;
    }

    public void setReactivate(Integer reactivate) {
        this.reactivate = reactivate;
    }

    public AccountingProfile getAccountingProfile() {
        return accountingProfile;
    }

    public void setAccountingProfile(AccountingProfile accountingProfile) {
        this.accountingProfile = accountingProfile;
    }

    public PayrollProfile getPayrollProfile() {
        return payrollProfile;
    }

    public void setPayrollProfile(PayrollProfile payrollProfile) {
        this.payrollProfile = payrollProfile;
    }

    public CrmProfile getCrmProfile() {
        return crmProfile;
    }

    public void setCrmProfile(CrmProfile crmProfile) {
        this.crmProfile = crmProfile;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
