package app.rolegate.activation;

import java.util.List;

/**
 * The facts of the employment-based activation (SPEC 5.3): every user who has a policy (N or M set)
 * and is linked to an employee record, with that record's employments. The employee records and the
 * policy belong to the employee register; this is its read side for the job.
 */
public interface EmploymentFacts {
    List<UserEmployment> withPolicy();
}
