/** The JAX-RS resources of /api/v1: thin adapters from HTTP and JSON to the application services. */
package app.rolegate.web.api;
