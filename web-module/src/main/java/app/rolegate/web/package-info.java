/**
 * The HTTP face of Rolegate: the JAX-RS application under {@code /api/v1} and the per-request
 * plumbing (request ids) every resource shares. Resources themselves live in sub-packages.
 */
package app.rolegate.web;
