package app.rolegate.platform;

/**
 * The one check every text a caller sends goes through, from the API and the admin pages alike:
 * a length limit in characters (code points), and no control characters, NUL or unpaired
 * surrogates, which no name, address or code contains and which some databases refuse
 * (PostgreSQL stores no NUL).
 */
public final class Text {
    private Text() {
    }

    /** The value as given, or null; 400 naming the field when it is too long or holds a control character. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, field + " holds an unpaired surrogate (not valid Unicode text)");
            } else if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, field + " holds a control character (U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (++length > maxLength) {
                throw new InvalidInputException(field, field + " is longer than " + maxLength + " characters");
            }
        }
        return value;
    }

    /** As {@link #optional}, and present and not blank. */
    public static String required(String field, String value, int maxLength) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        return optional(field, value, maxLength);
    }

    /** As {@link #optional}, with surrounding white space removed and blank meaning absent. */
    public static String trimmed(String field, String value, int maxLength) {
        String v = optional(field, value, maxLength);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The constant of the enum named exactly so, or null for null; 400 listing the allowed names otherwise. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new InvalidInputException(field, field + " must be one of: " + allowed);
    }
}
