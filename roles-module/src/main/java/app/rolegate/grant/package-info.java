/** Grants: one role on one membership, with scope, validity, grantor and origin. */
package app.rolegate.grant;
