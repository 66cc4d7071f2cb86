package app.rolegate.company;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A company's settings as one request states them, checked as they are made; a null field keeps what is
 * there. {@code permissionToleranceDays} (SPEC 5.2) is 0-{@value #TOLERANCE_MAX}: 0 means that the old and the
 * new cost centre both cover a moving employee on the move day only. {@code verifiedDomains} (SPEC 5.4) are
 * DNS names (letters, digits and hyphens in dot-separated labels of at most 63, at least two labels, 253 in
 * all, no label starting or ending with a hyphen, a top-level label that is not all digits), kept lower-case
 * and without duplicates. {@code expectedVersion}, when given, must be the company's version (409 otherwise).
 */
public record CompanySettings(Integer permissionToleranceDays, Set<String> verifiedDomains, Long expectedVersion) {
    public static final int TOLERANCE_MAX = 365;
    public static final int DOMAINS_MAX = 50;
    public static final int DOMAIN_MAX = 253;
    public static final String DOMAIN_PATTERN = "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
            + "(?![0-9]+$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(DOMAIN_PATTERN);

    public CompanySettings {
        if (permissionToleranceDays != null && (permissionToleranceDays < 0 || permissionToleranceDays > TOLERANCE_MAX)) {
            throw new InvalidInputException("permissionToleranceDays", "permissionToleranceDays must be 0-"
                    + TOLERANCE_MAX);
        }
        if (verifiedDomains != null) {
            verifiedDomains = Set.copyOf(verifiedDomains);
        }
    }

    /** The settings from the domains as sent (in order, so that a 400 names the one that is wrong). */
    public static CompanySettings of(Integer permissionToleranceDays, List<String> verifiedDomains, Long expectedVersion) {
        return new CompanySettings(permissionToleranceDays, domains(verifiedDomains), expectedVersion);
    }

    private static Set<String> domains(List<String> given) {
        if (given == null) {
            return null;
        }
        if (given.size() > DOMAINS_MAX) {
            throw new InvalidInputException("verifiedDomains", "verifiedDomains holds more than " + DOMAINS_MAX
                    + " domains");
        }
        Set<String> result = new TreeSet<>();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            checked.add(domain("verifiedDomains[" + i + "]", given.get(i)));
        }
        result.addAll(checked);
        return result;
    }

    /** A domain name as typed in the field named, lower-cased; 400 naming the field when it is none. */
    public static String domain(String field, String value) {
        String d = Text.required(field, value, DOMAIN_MAX).strip().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1); // the root label of a fully qualified name
        }
        if (!DOMAIN.matcher(d).matches()) {
            throw new InvalidInputException(field, field + " '" + value.strip() + "' is not a domain name such as"
                    + " example.com");
        }
        return d;
    }
}
