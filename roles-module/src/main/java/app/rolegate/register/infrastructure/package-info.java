/** The register's JPQL. */
package app.rolegate.register.infrastructure;
