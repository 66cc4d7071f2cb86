/** Employee records in JPA, the hierarchy's closure table in native SQL. */
package app.rolegate.employee.infrastructure;
