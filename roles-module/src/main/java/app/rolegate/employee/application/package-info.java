/**
 * The employee register's operations (SPEC 5.1-5.3): cost centres, employee records and the hierarchy, an
 * account's link to its employee record and its employment-based activation policy. One transaction per call.
 */
package app.rolegate.employee.application;
