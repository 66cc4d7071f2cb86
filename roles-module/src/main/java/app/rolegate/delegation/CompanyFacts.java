package app.rolegate.delegation;

import app.rolegate.company.Company;

/** What the policy knows of a company. */
public record CompanyFacts(long id, String name, boolean accountingFirm, Long accountingFirmId, boolean payrollEnabled,
        boolean crmEnabled, Long mainUserId) {

    public static CompanyFacts of(Company c) {
        return new CompanyFacts(c.id(), c.name(), c.isAccountingFirm(), c.accountingFirmId(), c.payrollEnabled(),
                c.crmEnabled(), c.mainUserId());
    }

    public boolean hasMainUser(long accountId) {
        return mainUserId != null && mainUserId == accountId;
    }
}
