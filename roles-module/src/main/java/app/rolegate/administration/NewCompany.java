package app.rolegate.administration;

import app.rolegate.user.NewUser;

/**
 * A company to create, with the person who becomes its first user and main user. With
 * {@code openedUnder} it is a client company an accounting firm's main user opens (D13).
 */
public record NewCompany(String name, String businessId, boolean accountingFirm, Long accountingFirmId,
        boolean payrollEnabled, boolean crmEnabled, NewUser firstUser, Long openedUnder) {

    public NewCompany(String name, String businessId, boolean accountingFirm, Long accountingFirmId,
            boolean payrollEnabled, boolean crmEnabled, NewUser firstUser) {
        this(name, businessId, accountingFirm, accountingFirmId, payrollEnabled, crmEnabled, firstUser, null);
    }
}
