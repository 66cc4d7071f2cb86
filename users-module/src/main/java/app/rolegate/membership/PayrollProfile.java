package app.rolegate.membership;

/** The payroll profile; only where payroll is enabled in the company. */
public enum PayrollProfile {
    EMPLOYEE, ALL_RIGHTS, APPROVER, MANAGEMENT, BROWSE, NONE
}
