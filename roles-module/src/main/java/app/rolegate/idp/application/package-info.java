/**
 * SPEC 5.4: verify, follow, reset and remove a user's identity-provider link, one user or every member
 * matching the register's filter, with the mail going through the outbox. Decided by the
 * {@link app.rolegate.delegation.DelegationPolicy} (D1, D2, D10, 2.1), audited.
 */
package app.rolegate.idp.application;
