package app.rolegate.payroll;

import jakarta.enterprise.context.ApplicationScoped;

/** SUPERVISOR (E): sees and approves the employees below them in the hierarchy. */
@ApplicationScoped
public class SupervisorRole extends HierarchyPayrollRole {
    public SupervisorRole() {
        super(PayrollRoles.SUPERVISOR, "E",
                "Sees and approves the employees below them in the hierarchy, their pay data included");
    }
}
