package app.rolegate.delegation;

import app.rolegate.user.UserAccount;

/** What the policy knows of a target account. */
public record TargetFacts(long accountId, String userId, long primaryCompanyId, Long createdBy, boolean active,
        boolean platformSupport, boolean hasIdentityCode) {

    public static TargetFacts of(UserAccount u) {
        return new TargetFacts(u.id(), u.userId(), u.primaryCompanyId(), u.createdBy(), u.isActive(),
                u.isPlatformSupport(), u.personalIdentityCode() != null);
    }

    public boolean is(long id) {
        return accountId == id;
    }
}
