/** JPA implementations of the company repositories. */
package app.rolegate.company.infrastructure;
