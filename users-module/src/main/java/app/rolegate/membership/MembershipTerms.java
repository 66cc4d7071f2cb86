package app.rolegate.membership;

import app.rolegate.platform.Validity;
import java.util.Map;

/**
 * The editable terms of a membership as one request states them. A null field keeps what is there;
 * {@code expectedVersion}, when given, must match (optimistic locking across two admins).
 */
public record MembershipTerms(Validity validity, AccountingProfile accountingProfile, PayrollProfile payrollProfile,
        CrmProfile crmProfile, Map<String, AccessLevel> overrides, Long expectedVersion) {

    public static MembershipTerms defaults() {
        return new MembershipTerms(null, null, null, null, null, null);
    }
}
