package app.rolegate.activation;

import app.rolegate.user.ActivationPolicy;
import java.util.List;

/** The facts of one user with a policy: the policy and the employments of the employee record the user is linked to. */
public record UserEmployment(long userAccountId, ActivationPolicy policy, List<EmploymentPeriod> periods) {
    public UserEmployment {
        periods = List.copyOf(periods);
    }
}
