/** Reading the audit logs, as the policy allows. */
package app.rolegate.audit.application;
