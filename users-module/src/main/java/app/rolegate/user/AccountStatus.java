package app.rolegate.user;

/**
 * What decides whether a token's account may act, without the rest of the account: every
 * authenticated request reads it, so it is a few columns by the unique login-name key.
 */
public record AccountStatus(long id, String userId, boolean active, boolean platformSupport) {
}
