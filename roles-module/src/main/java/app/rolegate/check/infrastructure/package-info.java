/** The check's read model: native SQL, two round trips per check, portable between Derby and PostgreSQL. */
package app.rolegate.check.infrastructure;
