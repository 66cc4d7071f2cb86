package app.rolegate.user;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input rules of an account's fields (SPEC 1, 5.1), in one place for the API and the admin
 * pages alike: limits, patterns, and the messages that name the field. The constants are public so
 * that the API's documented schema states the same limits.
 */
public final class UserFields {
    public static final int USER_ID_MAX = 100;
    public static final String USER_ID_PATTERN = "[A-Za-z0-9._@-]{1,100}";
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** Local part, one @, a domain with a dot; no spaces. Deliberately loose: the identity provider verifies. */
    public static final String EMAIL_PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    public static final int PHONE_MAX = 40;
    public static final String LANGUAGE_PATTERN = "[a-z]{2}(-[A-Z]{2})?";
    public static final int LANGUAGE_MAX = 10;
    public static final int ALIAS_MAX = 50;
    public static final int SIGNATURE_MAX = 10;
    public static final int CARD_ID_MAX = 50;

    /**
     * User ids that would stand where the API has a call of its own beside {uid}: a member "idp-verify"
     * could never be read, changed or removed, {@code /companies/{cid}/members/idp-verify} being SPEC 4.1's
     * bulk verification.
     */
    static final Set<String> RESERVED_USER_IDS = Set.of("idp-verify");

    private static final Pattern USER_ID = Pattern.compile(USER_ID_PATTERN);
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);

    private UserFields() {
    }

    /**
     * A login name: required, 1-100 letters, digits and . _ @ - (so never a service client's "client:x"), and
     * none of the reserved ones.
     */
    public static String userId(String field, String v) {
        String s = Text.required(field, v, USER_ID_MAX).strip();
        if (!USER_ID.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " may hold 1-100 letters, digits and . _ @ - only");
        }
        if (RESERVED_USER_IDS.contains(s.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, field + " '" + s + "' is reserved: it names a call of the API");
        }
        return s;
    }

    public static char[] password(String field, String v) {
        if (v == null) {
            return null;
        }
        Text.optional(field, v, PASSWORD_MAX);
        if (v.length() < PASSWORD_MIN) {
            throw new InvalidInputException(field, field + " must be at least " + PASSWORD_MIN + " characters");
        }
        return v.toCharArray();
    }

    public static String name(String field, String v) {
        return Text.trimmed(field, v, NAME_MAX);
    }

    public static String email(String field, String v) {
        String s = Text.trimmed(field, v, EMAIL_MAX);
        if (s != null && !EMAIL.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " is not an e-mail address");
        }
        return s;
    }

    public static String phone(String field, String v) {
        return Text.trimmed(field, v, PHONE_MAX);
    }

    public static String language(String field, String v) {
        String s = Text.trimmed(field, v, LANGUAGE_MAX);
        if (s != null && !LANGUAGE.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " must look like 'fi' or 'sv-FI'");
        }
        return s;
    }

    public static String alias(String field, String v) {
        return Text.trimmed(field, v, ALIAS_MAX);
    }

    public static String signature(String field, String v) {
        return Text.trimmed(field, v, SIGNATURE_MAX);
    }

    public static String cardId(String field, String v) {
        return Text.trimmed(field, v, CARD_ID_MAX);
    }
}
