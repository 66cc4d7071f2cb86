package app.rolegate.user;

/** The data a new account is created with. Only userId is required; the identity code needs its country. */
public record NewUser(String userId, char[] password, String firstName, String lastName, String email, String phone,
        String uiLanguage, String aliasUserId, String signature, String cardId, Boolean showInstructionVideos,
        String country, String personalIdentityCode) {

    /** The identity code, validated, or null when none was given. */
    public PersonalIdentityCode identity() {
        if (personalIdentityCode == null || personalIdentityCode.isBlank()) {
            return null;
        }
        return PersonalIdentityCode.of(country, personalIdentityCode);
    }
}
