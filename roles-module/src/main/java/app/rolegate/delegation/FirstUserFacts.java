package app.rolegate.delegation;

/**
 * Whom a new company's {@code firstUser} resolves to (D1, D11): the account that already holds the
 * identity code given, if any; the account that already has the user id given, if any.
 */
public record FirstUserFacts(String userId, TargetFacts byIdentityCode, TargetFacts byUserId) {

    /** The existing person the first user turns out to be, if any (identity code first, D11). */
    public TargetFacts existing() {
        return byIdentityCode != null ? byIdentityCode : byUserId;
    }
}
