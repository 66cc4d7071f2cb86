package app.rolegate.web.api;

import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Validity;
import app.rolegate.user.NewUser;
import app.rolegate.web.json.JsonBody;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the request bodies the resources share, strictly: unknown fields, wrong types and over-long strings are 400. */
final class Requests {
    static final String[] USER_FIELDS = {"userId", "password", "firstName", "lastName", "email", "phone", "uiLanguage",
        "aliasUserId", "signature", "cardId", "showInstructionVideos", "country", "personalIdentityCode"};
    static final String[] MEMBERSHIP_FIELDS = {"validFrom", "validTo", "accountingProfile", "payrollProfile",
        "crmProfile", "overrides", "version"};
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    private static final String LANGUAGE = "[a-z]{2}(-[A-Z]{2})?";

    private Requests() {
    }

    static NewUser newUser(JsonBody b) {
        try {
            return readNewUser(b);
        } catch (InvalidInputException e) {
            throw b.named(e);
        }
    }

    private static NewUser readNewUser(JsonBody b) {
        String password = b.optionalString("password", 200).orElse(null);
        if (password != null && password.length() < 8) {
            throw new InvalidInputException("password", "password must be at least 8 characters");
        }
        NewUser u = new NewUser(b.requiredString("userId", 100), password == null ? null : password.toCharArray(),
                b.optionalString("firstName", 100).orElse(null), b.optionalString("lastName", 100).orElse(null), email(b),
                b.optionalString("phone", 40).orElse(null), language(b), b.optionalString("aliasUserId", 50).orElse(null),
                b.optionalString("signature", 10).orElse(null), b.optionalString("cardId", 50).orElse(null),
                b.optionalBoolean("showInstructionVideos").orElse(null), b.optionalString("country", 2).orElse(null),
                b.optionalString("personalIdentityCode", 30).orElse(null));
        if (u.personalIdentityCode() != null && u.country() == null) {
            throw new InvalidInputException("country", "country is required with personalIdentityCode");
        }
        u.identity(); // validates a Finnish code now: 400 before anything is written
        return u;
    }

    static String email(JsonBody b) {
        String email = b.optionalString("email", 254).orElse(null);
        if (email != null && !email.matches(EMAIL)) {
            throw new InvalidInputException("email", "email '" + email + "' is not an e-mail address");
        }
        return email;
    }

    static String language(JsonBody b) {
        String lang = b.optionalString("uiLanguage", 10).orElse(null);
        if (lang != null && !lang.matches(LANGUAGE)) {
            throw new InvalidInputException("uiLanguage", "uiLanguage must look like 'fi' or 'sv-FI'");
        }
        return lang;
    }

    /** The membership terms of a body (every field optional; a present validity replaces both ends). */
    static MembershipTerms terms(JsonBody b) {
        if (b == null) {
            return MembershipTerms.defaults();
        }
        Validity validity = null;
        if (b.has("validFrom") || b.has("validTo")) {
            LocalDate from = b.optionalDate("validFrom").orElse(null);
            LocalDate to = b.optionalDate("validTo").orElse(null);
            validity = Validity.of(from, to);
        }
        Map<String, AccessLevel> overrides = null;
        JsonBody o = b.optionalObject("overrides").orElse(null);
        if (o != null) {
            overrides = new LinkedHashMap<>();
            for (String key : o.fieldNames()) {
                overrides.put(key, o.optionalEnum(key, AccessLevel.class).orElse(null));
            }
        }
        return new MembershipTerms(validity, b.optionalEnum("accountingProfile", AccountingProfile.class).orElse(null),
                b.optionalEnum("payrollProfile", PayrollProfile.class).orElse(null), b.optionalEnum("crmProfile", CrmProfile.class).orElse(null),
                overrides, b.optionalLong("version").orElse(null));
    }

    /** Query parameters come as text: a JAX-RS conversion failure would be a 404, and bad input is a 400. */
    static int intParam(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new InvalidInputException(name, name + " must be " + min + "-" + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    static Boolean boolParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }

    static long idParam(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new app.rolegate.platform.NotFoundException("no " + name + " '" + value + "'");
        }
    }
}
