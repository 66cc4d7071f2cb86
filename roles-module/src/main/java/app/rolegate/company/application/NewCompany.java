package app.rolegate.company.application;

import app.rolegate.company.Company;
import app.rolegate.platform.Text;
import app.rolegate.user.NewUser;

/**
 * A company to create, with the person who becomes its first user and main user. With
 * {@code openedUnder} it is a client company an accounting firm's main user opens (D13), where the
 * first user is optional. Checked as it is made.
 */
public record NewCompany(String name, String businessId, boolean accountingFirm, Long accountingFirmId,
        boolean payrollEnabled, boolean crmEnabled, NewUser firstUser, Long openedUnder) {

    public NewCompany {
        name = Text.required("name", name, Company.NAME_MAX).strip();
        businessId = Text.trimmed("businessId", businessId, Company.BUSINESS_ID_MAX);
        if (firstUser == null && openedUnder == null) {
            throw new app.rolegate.platform.InvalidInputException("firstUser", "firstUser is required");
        }
    }

    public NewCompany(String name, String businessId, boolean accountingFirm, Long accountingFirmId,
            boolean payrollEnabled, boolean crmEnabled, NewUser firstUser) {
        this(name, businessId, accountingFirm, accountingFirmId, payrollEnabled, crmEnabled, firstUser, null);
    }
}
