/** Persistence of verifications, and the SQL read of the companies' verified domains. */
package app.rolegate.idp.infrastructure;
