/** The SQL read of the employment facts. */
package app.rolegate.activation.infrastructure;
