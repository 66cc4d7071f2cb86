package app.rolegate.user.application;

import app.rolegate.user.UserAccount;

/**
 * An account as the interfaces show it: never a password or its hash. With the employee record it is linked
 * to and its employment-based activation policy (SPEC 5.3).
 */
public record UserView(long id, String userId, String firstName, String lastName, String email, String phone,
        String uiLanguage, String aliasUserId, String signature, String cardId, boolean showInstructionVideos,
        String country, String personalIdentityCode, boolean active, String idpStatus, String idpEmail,
        long primaryCompanyId, Long createdBy, boolean platformSupport, long version, Long employeeId,
        Integer deactivateDaysAfterEnd, Integer reactivateDaysBeforeStart) {

    public static UserView of(UserAccount u) {
        return new UserView(u.id(), u.userId(), u.firstName(), u.lastName(), u.email(), u.phone(), u.uiLanguage(),
                u.aliasUserId(), u.signature(), u.cardId(), u.showInstructionVideos(), u.country(),
                u.personalIdentityCode(), u.isActive(), u.idpStatus(), u.idpEmail(), u.primaryCompanyId(),
                u.createdBy(), u.isPlatformSupport(), u.version(), u.employeeId(), u.deactivateDaysAfterEnd(),
                u.reactivateDaysBeforeStart());
    }

    public String displayName() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return n.isEmpty() ? userId : n;
    }
}
