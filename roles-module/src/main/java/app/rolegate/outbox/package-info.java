/**
 * SPEC 5.4, 4.1: the mail outbox. Mail is written to the outbox in the transaction of the change that
 * sends it, so it exists exactly when the change does; delivery over SMTP (Jakarta Mail) is
 * configuration, off by default, and retries a failed mail a bounded number of times with growing
 * pauses, keeping its attempts and last error visible. Nothing is deleted: a mail that could not be
 * delivered stays, FAILED, for platform support to see.
 */
package app.rolegate.outbox;
