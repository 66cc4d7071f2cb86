package app.rolegate.employee.application;

/** SPEC 5.3: an account's link to an employee record, and the e-mail the account has now. */
public record EmployeeLinkView(String userId, long companyId, long employeeId, String email) {
}
