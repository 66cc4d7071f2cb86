/**
 * Who is calling. Rolegate is by default its own token issuer: {@code POST /api/v1/auth/token}
 * checks a password and signs a short-lived RS256 JWT with a key pair kept in a file; the server's
 * MicroProfile JWT feature verifies tokens, fed by {@link app.rolegate.web.security.RolegateJwtConfigSource}
 * with that key unless an operator configures an external issuer. {@link app.rolegate.web.security.CurrentCaller}
 * turns a verified token into an {@link app.rolegate.platform.Actor} from current data.
 */
package app.rolegate.web.security;
