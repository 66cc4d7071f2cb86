/**
 * What every application service shares: reading the facts the policy decides on ({@link
 * app.rolegate.administration.Facts}), enforcing its decisions with their audit ({@link
 * app.rolegate.administration.Decisions}), assembling view records inside the transaction ({@link
 * app.rolegate.administration.Views}), the system's own grants, and first start.
 */
package app.rolegate.administration;
