package app.rolegate.user;

import app.rolegate.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A personal identity code with its country. Finnish codes (DDMMYYCZZZQ) are validated: the century
 * sign, a real date, individual number 002-899 and the check character; other countries' codes are
 * kept as given.
 */
public record PersonalIdentityCode(String country, String code) {
    private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    public static final int CODE_MAX = 30;

    /**
     * The code with its country, or null when neither is given. The two go together: a country
     * without a code (or the reverse) is refused, so that a partial change never clears a code.
     */
    public static PersonalIdentityCode optional(String country, String code) {
        if (country == null && code == null) {
            return null;
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("personalIdentityCode", "personalIdentityCode is required with country");
        }
        if (country == null) {
            throw new InvalidInputException("country", "country is required with personalIdentityCode");
        }
        return of(country, code);
    }

    public static PersonalIdentityCode of(String country, String code) {
        app.rolegate.platform.Text.optional("country", country, 10);
        app.rolegate.platform.Text.optional("personalIdentityCode", code, CODE_MAX);
        String c = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c == null || !c.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "country must be a two-letter ISO 3166 code");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("personalIdentityCode", "personalIdentityCode is empty");
        }
        // Finnish codes are normalised to upper case; other countries' codes are kept as given.
        String v = "FI".equals(c) ? code.strip().toUpperCase(Locale.ROOT) : code.strip();
        if (v.length() > CODE_MAX) {
            throw new InvalidInputException("personalIdentityCode", "personalIdentityCode is longer than 30 characters");
        }
        if ("FI".equals(c)) {
            validateFinnish(v);
        }
        return new PersonalIdentityCode(c, v);
    }

    static void validateFinnish(String v) {
        String field = "personalIdentityCode";
        if (!v.matches("\\d{6}[-+YXWVUABCDEF]\\d{3}[0-9A-Y]")) {
            throw new InvalidInputException(field, "a Finnish identity code has the form DDMMYYCZZZQ");
        }
        int century = switch (v.charAt(6)) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            default -> 2000;
        };
        int day = Integer.parseInt(v.substring(0, 2));
        int month = Integer.parseInt(v.substring(2, 4));
        int year = century + Integer.parseInt(v.substring(4, 6));
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "the identity code's date " + v.substring(0, 6) + " is not a real date");
        }
        int individual = Integer.parseInt(v.substring(7, 10));
        if (individual < 2 || individual > 899) {
            throw new InvalidInputException(field, "the identity code's individual number must be 002-899");
        }
        long n = Long.parseLong(v.substring(0, 6) + v.substring(7, 10));
        char expected = CHECK_CHARS.charAt((int) (n % 31));
        if (v.charAt(10) != expected) {
            throw new InvalidInputException(field, "the identity code's check character is wrong");
        }
    }
}
