package app.rolegate.company.application;

import app.rolegate.company.Company;

/** A company as the interfaces show it. */
public record CompanyView(long id, String name, String businessId, boolean accountingFirm, Long accountingFirmId,
        boolean payrollEnabled, boolean crmEnabled, Long mainUserId, Long openedUnder, int permissionToleranceDays,
        long version) {

    public static CompanyView of(Company c) {
        return new CompanyView(c.id(), c.name(), c.businessId(), c.isAccountingFirm(), c.accountingFirmId(),
                c.payrollEnabled(), c.crmEnabled(), c.mainUserId(), c.openedUnderId(), c.permissionToleranceDays(),
                c.version());
    }
}
