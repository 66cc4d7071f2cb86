package app.rolegate.membership.application;

import app.rolegate.grant.application.GrantView;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.user.application.UserSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One membership as the interfaces show it: the user, the company, the validity, the three profiles,
 * the custom overrides (null in lists, which do not read them), the roles, and the version to send
 * back when changing it.
 */
public record MemberView(UserSummary user, long companyId, String companyName, boolean primaryCompany,
        LocalDate validFrom, LocalDate validTo, AccountingProfile accountingProfile, PayrollProfile payrollProfile,
        CrmProfile crmProfile, Map<String, AccessLevel> overrides, List<GrantView> roles, long version) {

    public MemberView {
        roles = List.copyOf(roles);
        overrides = overrides == null ? null : Map.copyOf(overrides);
    }
}
