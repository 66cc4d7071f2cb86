/**
 * Application services for administering companies, users, memberships and grants. Each public
 * method is one transaction; every change and every denial is audited, and every rule is checked
 * against current data.
 */
package app.rolegate.administration;
