/** Companies (tenants): accounting firms and their clients, main user, payroll and CRM switches, the auditors' organisation. */
package app.rolegate.company;
