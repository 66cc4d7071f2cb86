package app.rolegate.payroll;

import jakarta.enterprise.context.ApplicationScoped;

/** PERSONAL_DATA_HANDLER (HH): handles personal data of the employees below them; no payroll run. */
@ApplicationScoped
public class PersonalDataHandlerRole extends HierarchyPayrollRole {
    public PersonalDataHandlerRole() {
        super(PayrollRoles.PERSONAL_DATA_HANDLER, "HH",
                "Handles personal data of the employees below them in the hierarchy; no payroll run");
    }
}
