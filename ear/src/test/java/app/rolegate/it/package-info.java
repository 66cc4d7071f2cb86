/**
 * Integration tests over HTTP against the real EAR on a real Open Liberty server (started by the
 * build around failsafe). {@link app.rolegate.it.Api} is the shared client: base URL, tokens, JSON.
 */
package app.rolegate.it;
