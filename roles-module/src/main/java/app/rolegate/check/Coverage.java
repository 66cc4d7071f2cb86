package app.rolegate.check;

import app.rolegate.check.CheckFacts.CompanyFacts;

/**
 * The extension point through which the check learns about an employee (SPEC 3 "covering X"): the employee
 * register reads what {@link CoverageRule} decides on, once per check and only when a rule asks about the
 * employee. An implementation reads a fixed number of statements, whatever the depth of the hierarchy or the
 * number of employees (the check is the hot path).
 */
public interface Coverage {
    /**
     * The facts about employee {@code employeeId} (as the caller sent it) in the company, seen from the subject
     * of the check (whose linked employee record is the top of a HIERARCHY scope). An unknown id, one that is
     * no number, and an employee of another company alike give facts that cover nobody.
     */
    EmployeeFacts employee(CompanyFacts company, long subjectAccountId, String employeeId);
}
