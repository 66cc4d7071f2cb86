/** The append-only audit log: every change and every denial, with actor, rule and request id. */
package app.rolegate.audit;
