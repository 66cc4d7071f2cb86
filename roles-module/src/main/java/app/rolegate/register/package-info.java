/**
 * The company's register of users (SPEC 5.1, 5.5): the filterable, paged list of its members that
 * the members call, bulk verification and the admin pages read. The query lives in infrastructure.
 */
package app.rolegate.register;
