package app.rolegate.user.application;

import app.rolegate.user.UserAccount;

/** The short form of an account in lists. */
public record UserSummary(long id, String userId, String firstName, String lastName, String email, boolean active,
        String idpStatus, long primaryCompanyId) {

    public static UserSummary of(UserAccount u) {
        return new UserSummary(u.id(), u.userId(), u.firstName(), u.lastName(), u.email(), u.isActive(), u.idpStatus(),
                u.primaryCompanyId());
    }

    public String displayName() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return n.isEmpty() ? userId : n;
    }
}
