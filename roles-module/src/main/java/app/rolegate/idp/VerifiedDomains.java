package app.rolegate.idp;

import java.util.Locale;
import java.util.Set;

/**
 * A company's verified e-mail domains (SPEC 1, 5.4): an address in one of them is linked at once,
 * without a verification mail. Read-only here; the company settings keep them.
 */
public interface VerifiedDomains {
    /** Whether the domain (lower case, as {@link #domainOf} gives it) is one of the company's verified domains. */
    boolean verified(long companyId, String domain);

    /** All of the company's verified domains, lower-cased: for a bulk verification, one query. */
    Set<String> of(long companyId);

    /** The domain of an address, lower-cased, without a trailing dot; null when there is none. */
    static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return null;
        }
        String d = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.isEmpty() ? null : d;
    }
}
