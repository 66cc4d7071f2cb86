/**
 * SPEC 5.4: a user's identity-provider link (NONE, PENDING, VERIFIED), the single-use verification
 * tokens of pending links (kept only as hashes), and the companies' verified e-mail domains, read
 * through {@link app.rolegate.idp.VerifiedDomains}.
 */
package app.rolegate.idp;
