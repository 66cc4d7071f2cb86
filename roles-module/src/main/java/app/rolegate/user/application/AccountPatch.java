package app.rolegate.user.application;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserFields;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A partial change of an account, checked as it is made. {@code fields} names the fields the
 * request carried, so that "set to null" and "leave alone" differ. The identity code and its country
 * go together: naming one without the other is refused, so that no change clears a code by accident
 * (D11 finds people by it). {@code expectedVersion} is the body's {@code version} (409 when stale),
 * {@code ifMatch} an If-Match header's (412 when stale).
 */
public record AccountPatch(Set<String> fields, String firstName, String lastName, String email, String phone,
        String uiLanguage, PersonalIdentityCode identity, String aliasUserId, String signature, String cardId,
        Boolean showInstructionVideos, Boolean active, Long primaryCompanyId, String requestedBy, char[] password,
        char[] currentPassword, Long expectedVersion, Long ifMatch) {

    /** Every field a change may name, but the version. */
    public static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "phone", "uiLanguage", "country",
            "personalIdentityCode", "aliasUserId", "signature", "cardId", "showInstructionVideos", "active",
            "primaryCompanyId", "requestedBy", "password", "currentPassword");

    public AccountPatch {
        fields = Set.copyOf(fields);
    }

    /** The raw values as sent; {@code present} the names the request carried (version included or not). */
    public static AccountPatch of(Set<String> present, String firstName, String lastName, String email, String phone,
            String uiLanguage, String country, String personalIdentityCode, String aliasUserId, String signature,
            String cardId, Boolean showInstructionVideos, Boolean active, Long primaryCompanyId, String requestedBy,
            String password, String currentPassword, Long version, Long ifMatch) {
        Set<String> fields = new LinkedHashSet<>(present);
        fields.remove("version");
        for (String f : fields) {
            if (!FIELDS.contains(f)) {
                throw new InvalidInputException(f, "Unknown field: " + f);
            }
        }
        if (fields.isEmpty()) {
            throw new InvalidInputException(null, "the change names no field to change");
        }
        PersonalIdentityCode identity = null;
        if (fields.contains("country") || fields.contains("personalIdentityCode")) {
            if (!fields.contains("personalIdentityCode")) {
                throw new InvalidInputException("personalIdentityCode", "personalIdentityCode is required with country:"
                        + " the identity code and its country are changed together");
            }
            if (!fields.contains("country") && personalIdentityCode != null) {
                throw new InvalidInputException("country", "country is required with personalIdentityCode");
            }
            identity = PersonalIdentityCode.optional(country, personalIdentityCode);
        }
        if (fields.contains("password") && password == null) {
            throw new InvalidInputException("password", "password must not be null");
        }
        if (fields.contains("password") && currentPassword == null) {
            throw new InvalidInputException("currentPassword", "currentPassword is required to change the password");
        }
        required(fields, "active", active);
        required(fields, "showInstructionVideos", showInstructionVideos);
        required(fields, "primaryCompanyId", primaryCompanyId);
        return new AccountPatch(fields, UserFields.name("firstName", firstName), UserFields.name("lastName", lastName),
                UserFields.email("email", email), UserFields.phone("phone", phone),
                UserFields.language("uiLanguage", uiLanguage), identity, UserFields.alias("aliasUserId", aliasUserId),
                UserFields.signature("signature", signature), UserFields.cardId("cardId", cardId), showInstructionVideos,
                active, primaryCompanyId, requestedBy == null ? null : UserFields.userId("requestedBy", requestedBy),
                UserFields.password("password", password),
                currentPassword == null ? null : Text.optional("currentPassword", currentPassword, 200).toCharArray(),
                version, ifMatch);
    }

    private static void required(Set<String> fields, String name, Object value) {
        if (fields.contains(name) && value == null) {
            throw new InvalidInputException(name, name + " must not be null");
        }
    }

    public boolean has(String field) {
        return fields.contains(field);
    }
}
