/**
 * SPEC 5.3: employment-based activation. A user linked to an employee record can be set to be
 * deactivated N days after an employment ends and reactivated M days before a new one starts. The
 * decision is pure ({@link app.rolegate.activation.EmploymentActivation}); the facts come through
 * {@link app.rolegate.activation.EmploymentFacts}; the daily job applies it as the system (D18).
 */
package app.rolegate.activation;
