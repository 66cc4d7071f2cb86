/**
 * Benchmarks that print figures (never timed tests): a data generator for a large platform and a
 * load driver against the running server. Run through the {@code bench} profile of the ear module.
 */
package app.rolegate.bench;
