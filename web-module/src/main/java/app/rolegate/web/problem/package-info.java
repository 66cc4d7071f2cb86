/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): one mapper per kind of
 * failure, all building the same body, so that clients see one error shape with the request id to
 * quote. Unexpected failures are logged here and answered without internals.
 */
package app.rolegate.web.problem;
