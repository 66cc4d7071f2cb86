package app.rolegate.administration;

import app.rolegate.user.PersonalIdentityCode;
import java.util.Set;

/**
 * A partial change of an account. {@code present} names the fields the request carried, so that
 * "set to null" and "leave alone" differ.
 */
public record UserPatch(Set<String> present, String firstName, String lastName, String email, String phone,
        String uiLanguage, PersonalIdentityCode identity, String aliasUserId, String signature, String cardId,
        Boolean showInstructionVideos, Boolean active, Long primaryCompanyId, String requestedBy,
        char[] password, char[] currentPassword) {

    /** D10: personal data, edited by the user or the account's creator. */
    public static final Set<String> PERSONAL = Set.of("firstName", "lastName", "email", "phone", "personalIdentityCode",
            "country");
    /** What users edit of their own account. */
    public static final Set<String> OWN = Set.of("email", "phone", "uiLanguage", "password", "currentPassword",
            "showInstructionVideos");
    /** Register fields that the account's administrators (USER_ADMIN or FIRM_MAIN_USER of its primary company) edit. */
    public static final Set<String> REGISTER = Set.of("aliasUserId", "signature", "cardId", "showInstructionVideos",
            "active");
    /** D14. */
    public static final Set<String> PRIMARY = Set.of("primaryCompanyId", "requestedBy");

    public boolean has(String field) {
        return present.contains(field);
    }
}
