/**
 * MicroProfile Health checks: live while the process runs, ready once the schema is migrated and the
 * database answers, so that a load balancer sends no traffic to a server that cannot serve it.
 */
package app.rolegate.web.health;
