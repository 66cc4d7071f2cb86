package app.rolegate.user;

/**
 * The data a new account is created with, checked as it is made: only the user id is required; an
 * identity code comes with its country (D10: given when the account is created). Build it with
 * {@link #of}, which applies the input rules of {@link UserFields}.
 */
public record NewUser(String userId, char[] password, String firstName, String lastName, String email, String phone,
        String uiLanguage, String aliasUserId, String signature, String cardId, Boolean showInstructionVideos,
        PersonalIdentityCode identity) {

    /** Checks every field; the first bad one is a 400 naming it. */
    public static NewUser of(String userId, String password, String firstName, String lastName, String email,
            String phone, String uiLanguage, String aliasUserId, String signature, String cardId,
            Boolean showInstructionVideos, String country, String personalIdentityCode) {
        return new NewUser(UserFields.userId("userId", userId), UserFields.password("password", password),
                UserFields.name("firstName", firstName), UserFields.name("lastName", lastName),
                UserFields.email("email", email), UserFields.phone("phone", phone),
                UserFields.language("uiLanguage", uiLanguage), UserFields.alias("aliasUserId", aliasUserId),
                UserFields.signature("signature", signature), UserFields.cardId("cardId", cardId),
                showInstructionVideos, PersonalIdentityCode.optional(country, personalIdentityCode));
    }

    /** The same account with this UI language (a template's default, SPEC 5.3). */
    public NewUser withUiLanguage(String language) {
        return new NewUser(userId, password, firstName, lastName, email, phone, language, aliasUserId, signature,
                cardId, showInstructionVideos, identity);
    }

    /** A person known by identity code only, as when an administrator authorises an outsider (D11). */
    public String key() {
        return UserAccount.key(userId);
    }
}
