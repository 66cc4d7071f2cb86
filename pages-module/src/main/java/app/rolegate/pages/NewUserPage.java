package app.rolegate.pages;

import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.membership.application.CreateUser;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.platform.Validity;
import app.rolegate.template.application.TemplateAdministration;
import app.rolegate.template.application.TemplateView;
import app.rolegate.user.NewUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creating a user in the current company (D2), or authorising the person an existing identity code
 * names (D11, "give an outside person rights"): the same command as {@code POST /companies/{cid}/users},
 * checked as it is made, so bad input names the field exactly as the API does. A user template of the
 * company (SPEC 5.3) gives the profiles and the language the form leaves at their default, and its N and M.
 */
@Named
@ViewScoped
public class NewUserPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = fields();

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    MembershipAdministration memberships;

    @Inject
    TemplateAdministration templateService;

    /** The most templates the form offers (by name); a company keeps a handful. */
    static final int TEMPLATES_MAX = 200;

    private transient List<TemplateView> templates;
    private String template;
    private String userId;
    private String password;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String uiLanguage;
    private String aliasUserId;
    private String signature;
    private String cardId;
    private boolean showInstructionVideos;
    private String country;
    private String personalIdentityCode;
    private AccountingProfile accountingProfile;
    private PayrollProfile payrollProfile;
    private CrmProfile crmProfile;
    private LocalDate validFrom;
    private LocalDate validTo;

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("template", "user:template");
        for (String f : new String[] {"userId", "password", "firstName", "lastName", "email", "phone", "uiLanguage",
            "aliasUserId", "signature", "cardId", "country", "personalIdentityCode"}) {
            m.put(f, "user:" + f);
        }
        for (String f : new String[] {"accountingProfile", "payrollProfile", "crmProfile", "validFrom", "validTo"}) {
            m.put("membership." + f, "user:" + f);
            m.put(f, "user:" + f);
        }
        return Map.copyOf(m);
    }

    public String create() {
        try {
            NewUser user = NewUser.of(userId, blank(password), blank(firstName), blank(lastName), blank(email),
                    blank(phone), blank(uiLanguage), blank(aliasUserId), blank(signature), blank(cardId),
                    showInstructionVideos, blank(country), blank(personalIdentityCode));
            MembershipTerms terms;
            try {
                boolean payroll = company.getView() != null && company.getView().payrollEnabled();
                boolean crm = company.getView() != null && company.getView().crmEnabled();
                terms = new MembershipTerms(Validity.of(validFrom, validTo), accountingProfile,
                        payroll ? payrollProfile : null, crm ? crmProfile : null, null, null);
            } catch (InvalidInputException e) {
                throw e.within("membership");
            }
            CreateUser cmd = new CreateUser(user, terms, blank(template));
            MembershipResults.Created c = Retry.call(() -> memberships.createUser(caller.actor(), company.id(), cmd));
            password = null;
            String created = c.member().user().userId();
            Feedback.info(c.existingPersonAuthorised() ? "newUser.authorised" : "newUser.created", created,
                    company.getView().name());
            return Nav.user(created, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS);
            return null;
        }
    }

    /**
     * The company's templates, read only for those who administer it (whom else the service would refuse,
     * D2, and audit the refusal); none read is none offered.
     */
    public List<TemplateView> getTemplates() {
        if (templates == null) {
            templates = List.of();
            if (company.getView() != null && company.isAdministers()) {
                try {
                    long cid = company.id();
                    Page<TemplateView> p = Retry.call(() -> templateService.templates(caller.actor(), cid, 0, TEMPLATES_MAX));
                    templates = p.items();
                } catch (RuntimeException e) {
                    templates = List.of();
                }
            }
        }
        return templates;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String v) {
        userId = v;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String v) {
        password = v;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String v) {
        firstName = v;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String v) {
        lastName = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getUiLanguage() {
        return uiLanguage;
    }

    public void setUiLanguage(String v) {
        uiLanguage = v;
    }

    public String getAliasUserId() {
        return aliasUserId;
    }

    public void setAliasUserId(String v) {
        aliasUserId = v;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String v) {
        signature = v;
    }

    public String getCardId() {
        return cardId;
    }

    public void setCardId(String v) {
        cardId = v;
    }

    public boolean isShowInstructionVideos() {
        return showInstructionVideos;
    }

    public void setShowInstructionVideos(boolean v) {
        showInstructionVideos = v;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String v) {
        country = v;
    }

    public String getPersonalIdentityCode() {
        return personalIdentityCode;
    }

    public void setPersonalIdentityCode(String v) {
        personalIdentityCode = v;
    }

    public AccountingProfile getAccountingProfile() {
        return accountingProfile;
    }

    public void setAccountingProfile(AccountingProfile v) {
        accountingProfile = v;
    }

    public PayrollProfile getPayrollProfile() {
        return payrollProfile;
    }

    public void setPayrollProfile(PayrollProfile v) {
        payrollProfile = v;
    }

    public CrmProfile getCrmProfile() {
        return crmProfile;
    }

    public void setCrmProfile(CrmProfile v) {
        crmProfile = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }
}
