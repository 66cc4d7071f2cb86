/** Cost centres in JPA. */
package app.rolegate.costcentre.infrastructure;
