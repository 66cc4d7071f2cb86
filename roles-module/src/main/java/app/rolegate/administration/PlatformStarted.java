package app.rolegate.administration;

/**
 * Fired (synchronously, inside the first-start transaction) once the schema is migrated and the
 * platform support account exists; modules above the roles module add their own start-up work.
 */
public record PlatformStarted(long supportAccountId) {
}
