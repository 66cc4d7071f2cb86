/** The check's read model: native SQL, two round trips per check (a third when an employee is asked about), portable between Derby and PostgreSQL. */
package app.rolegate.check.infrastructure;
