/**
 * The delegation engine: who may grant or revoke which role to whom (SPEC 2). Each rule is a named
 * piece of code carrying its D-id; other modules add roles and their rules through {@link RoleDefinition}.
 */
package app.rolegate.delegation;
