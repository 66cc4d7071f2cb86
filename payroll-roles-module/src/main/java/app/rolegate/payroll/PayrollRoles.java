package app.rolegate.payroll;

import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.Denial;
import app.rolegate.platform.RuleId;
import java.util.Optional;

/** The payroll role codes and the condition they share: they exist only where payroll is enabled (D6). */
public final class PayrollRoles {
    public static final String PAYROLL_CALCULATOR = "PAYROLL_CALCULATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PERSONAL_DATA_HANDLER = "PERSONAL_DATA_HANDLER";

    private PayrollRoles() {
    }

    static Optional<Denial> payrollEnabled(CompanyFacts company, String role) {
        if (company.payrollEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Denial(RuleId.D6, role + " exists only where payroll is enabled; it is not in "
                + company.name()));
    }
}
