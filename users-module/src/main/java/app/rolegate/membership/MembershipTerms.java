package app.rolegate.membership;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Validity;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The editable terms of a membership as one request states them, checked as they are made. A null
 * field keeps what is there; {@code expectedVersion}, when given, must match (optimistic locking
 * across two admins).
 */
public record MembershipTerms(Validity validity, AccountingProfile accountingProfile, PayrollProfile payrollProfile,
        CrmProfile crmProfile, Map<String, AccessLevel> overrides, Long expectedVersion) {
    public static final String FUNCTION_KEY_PATTERN = "[a-z][a-z0-9.-]{0,59}";
    public static final int MAX_OVERRIDES = 200;
    private static final Pattern FUNCTION_KEY = Pattern.compile(FUNCTION_KEY_PATTERN);

    public MembershipTerms {
        if (overrides != null) {
            if (overrides.size() > MAX_OVERRIDES) {
                throw new InvalidInputException("overrides", "overrides holds more than " + MAX_OVERRIDES + " keys");
            }
            for (Map.Entry<String, AccessLevel> e : overrides.entrySet()) {
                if (e.getKey() == null || !FUNCTION_KEY.matcher(e.getKey()).matches()) {
                    throw new InvalidInputException("overrides", "function key '" + e.getKey()
                            + "' must be lower-case letters, digits, '.' or '-', at most 60");
                }
                if (e.getValue() == null) {
                    throw new InvalidInputException("overrides", "override '" + e.getKey() + "' needs NONE, READ or EDIT");
                }
            }
            overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        }
    }

    public static MembershipTerms defaults() {
        return new MembershipTerms(null, null, null, null, null, null);
    }

    public MembershipTerms withExpectedVersion(Long version) {
        return new MembershipTerms(validity, accountingProfile, payrollProfile, crmProfile, overrides, version);
    }
}
