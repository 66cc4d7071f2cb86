/** Persistence of the outbox, and SMTP delivery through Jakarta Mail. */
package app.rolegate.outbox.infrastructure;
