/** Versioned schema migrations (Flyway), run once at start before anything reads the database. */
package app.rolegate.platform.migration;
