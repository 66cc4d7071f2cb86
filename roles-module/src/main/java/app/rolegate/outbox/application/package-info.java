/** Reading a company's outbox (SPEC 4.1) and delivering the queued mail when SMTP is configured. */
package app.rolegate.outbox.application;
