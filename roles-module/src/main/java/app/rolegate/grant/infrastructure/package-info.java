/** JPA implementation of the grant repository. */
package app.rolegate.grant.infrastructure;
