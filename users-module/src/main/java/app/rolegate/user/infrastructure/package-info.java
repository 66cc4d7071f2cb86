/** JPA implementation of the user repository. */
package app.rolegate.user.infrastructure;
