package app.rolegate.platform;

/**
 * Who is acting: a user account (by its numeric id and login name), or a portal's service client
 * that holds no account. Built per request from current data, never from token claims alone.
 */
public record Actor(Long accountId, String name, boolean platformSupport, boolean serviceClient) {

    public static Actor user(long accountId, String userId, boolean platformSupport) {
        return new Actor(accountId, userId, platformSupport, false);
    }

    public static Actor serviceClient(String clientId) {
        return new Actor(null, clientId, false, true);
    }

    /** The system itself: first start, demo data, rules that grant on their own (D13). */
    public static Actor system() {
        return new Actor(null, "system", false, false);
    }

    public boolean isUser() {
        return accountId != null;
    }

    public boolean is(long userAccountId) {
        return accountId != null && accountId == userAccountId;
    }
}
