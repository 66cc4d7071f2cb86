/**
 * The payroll roles (PAYROLL_CALCULATOR, SUPERVISOR, PERSONAL_DATA_HANDLER) and their rules (D6),
 * contributed to the delegation engine as CDI beans; the roles module never names them.
 */
package app.rolegate.payroll;
