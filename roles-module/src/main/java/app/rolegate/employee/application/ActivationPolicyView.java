package app.rolegate.employee.application;

/** SPEC 5.3: when the daily job deactivates and reactivates an account (null: never). */
public record ActivationPolicyView(String userId, Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart,
        Long employeeId) {
}
