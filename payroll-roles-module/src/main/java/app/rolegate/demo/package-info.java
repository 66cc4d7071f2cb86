/**
 * The optional demo data set. It lives in the top module of the domain because it names every
 * role, the payroll roles included; the roles module only announces that the platform has started.
 */
package app.rolegate.demo;
