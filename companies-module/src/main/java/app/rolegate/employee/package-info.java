/**
 * A company's employee register (SPEC 5.2, 5.3): employee records with their employment periods, dated home
 * cost centre history and manager, and the company hierarchy the managers make, kept as a closure table.
 */
package app.rolegate.employee;
