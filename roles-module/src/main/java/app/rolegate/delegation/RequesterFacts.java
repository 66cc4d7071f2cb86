package app.rolegate.delegation;

/**
 * Who asked platform support for an exceptional grant (D5, D6) or a primary-company change (D14), as
 * current data shows them: null fields of a user that does not exist.
 */
public record RequesterFacts(String userId, boolean exists, boolean mainUser, boolean userAdmin) {

    public static RequesterFacts unknown(String userId) {
        return new RequesterFacts(userId, false, false, false);
    }
}
