/** JPA implementation of the membership repository, the members list query included. */
package app.rolegate.membership.infrastructure;
