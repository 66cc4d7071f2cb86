package app.rolegate.template;

import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Text;
import app.rolegate.user.ActivationPolicy;
import app.rolegate.user.UserFields;

/**
 * A user template as one request states it (SPEC 4.1, 5.3), checked as it is made: a name, the activation
 * policy (N and M days), default profiles and a default UI language; everything but the name may be null.
 * That a payroll or CRM profile suits the company is {@link UserTemplates}' to check.
 */
public record TemplateData(String name, ActivationPolicy activation, AccountingProfile accountingProfile,
        PayrollProfile payrollProfile, CrmProfile crmProfile, String language) {
    public static final int NAME_MAX = 100;

    public TemplateData {
        name = Text.required("name", name, NAME_MAX).strip();
        activation = activation == null ? new ActivationPolicy(null, null) : activation;
        language = UserFields.language("language", language);
    }

    /** From the fields as the API names them. */
    public static TemplateData of(String name, Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart,
            String accountingProfile, String payrollProfile, String crmProfile, String language) {
        return new TemplateData(name, new ActivationPolicy(deactivateDaysAfterEnd, reactivateDaysBeforeStart),
                Text.oneOf("accountingProfile", accountingProfile, AccountingProfile.class),
                Text.oneOf("payrollProfile", payrollProfile, PayrollProfile.class),
                Text.oneOf("crmProfile", crmProfile, CrmProfile.class), language);
    }
}
