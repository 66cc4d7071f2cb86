/**
 * A test-only web application for the integration-test server (never in the EAR): it runs one SQL
 * statement on the application's data source for a test on the same machine, to set up what no API
 * can (an expired verification, a company's verified domain before the company settings exist, the
 * employee register's facts before its API exists). The build copies these classes into
 * target/it-sql.war, and the test server's configuration overlay deploys that at /it-sql.
 */
package app.rolegate.itsql;
