/** User templates in JPA. */
package app.rolegate.template.infrastructure;
