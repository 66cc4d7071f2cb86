package app.rolegate.template.application;

import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.template.UserTemplate;

/** A user template as the interfaces show it (SPEC 4.1). */
public record TemplateView(long id, String name, Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart,
        AccountingProfile accountingProfile, PayrollProfile payrollProfile, CrmProfile crmProfile, String language,
        long version) {

    public static TemplateView of(UserTemplate t) {
        return new TemplateView(t.id(), t.name(), t.activation().deactivateDaysAfterEnd(),
                t.activation().reactivateDaysBeforeStart(), t.accountingProfile(), t.payrollProfile(), t.crmProfile(),
                t.language(), t.version());
    }
}
