/**
 * The daily employment-based activation job (SPEC 5.3): one run for a day, each account's change in a
 * transaction of its own; the persistent timer that runs it once per cluster; support's run for a date.
 */
package app.rolegate.activation.application;
