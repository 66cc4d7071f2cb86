package app.rolegate.grant;

import app.rolegate.platform.Validity;
import java.time.LocalDate;

/**
 * SPEC 2 head, defined once: a role counts for a user in a company on a day when the user's account
 * is active, the membership in the company is valid that day, the grant is valid that day, and the
 * user has a membership in their primary company that is valid that day (D9).
 *
 * <p>It is written three times, side by side here, because three kinds of code ask it: plain Java
 * (the policy and the check judge facts already read), JPQL (the administration's queries) and SQL
 * (the check's hot path reads in plain JDBC). {@code RoleCountsIT} runs one table of cases through
 * all three and asserts they agree.
 */
public final class RoleCounts {
    /**
     * JPQL conditions over {@code g} (a Grant), {@code m} (its Membership), {@code u} (the
     * UserAccount of m) and {@code pm} (any Membership), with the day as parameter {@code :d}. Use
     * as {@code FROM Grant g JOIN g.membership m, UserAccount u, Membership pm WHERE ... AND} + this.
     */
    public static final String JPQL = "u.id = m.userAccountId AND u.active = TRUE"
            + " AND pm.userAccountId = u.id AND pm.companyId = u.primaryCompanyId"
            + " AND (m.validity.validFrom IS NULL OR m.validity.validFrom <= :d)"
            + " AND (m.validity.validTo IS NULL OR m.validity.validTo >= :d)"
            + " AND (g.validity.validFrom IS NULL OR g.validity.validFrom <= :d)"
            + " AND (g.validity.validTo IS NULL OR g.validity.validTo >= :d)"
            + " AND (pm.validity.validFrom IS NULL OR pm.validity.validFrom <= :d)"
            + " AND (pm.validity.validTo IS NULL OR pm.validity.validTo >= :d)";

    /**
     * The same in SQL over {@code role_grant g}, {@code membership m}, {@code app_user u} and
     * {@code membership pm}, joined as {@link #SQL_JOINS} says; {@value #SQL_DAY_PARAMETERS} JDBC
     * parameters, each the day.
     */
    public static final String SQL = "u.active = TRUE"
            + " AND (m.valid_from IS NULL OR m.valid_from <= ?) AND (m.valid_to IS NULL OR m.valid_to >= ?)"
            + " AND (g.valid_from IS NULL OR g.valid_from <= ?) AND (g.valid_to IS NULL OR g.valid_to >= ?)"
            + " AND (pm.valid_from IS NULL OR pm.valid_from <= ?) AND (pm.valid_to IS NULL OR pm.valid_to >= ?)";

    /** The joins {@link #SQL} expects, starting from {@code membership m}. */
    public static final String SQL_JOINS = " JOIN role_grant g ON g.membership_id = m.id"
            + " JOIN app_user u ON u.id = m.user_id"
            + " JOIN membership pm ON pm.user_id = u.id AND pm.company_id = u.primary_company_id";

    public static final int SQL_DAY_PARAMETERS = 6;

    private RoleCounts() {
    }

    /**
     * The same in Java. {@code primaryMembership} is null when the user has no membership in their
     * primary company.
     */
    public static boolean counts(boolean accountActive, Validity membership, Validity grant,
            Validity primaryMembership, LocalDate day) {
        return accountActive && membership.isValidOn(day) && grant.isValidOn(day)
                && primaryMembership != null && primaryMembership.isValidOn(day);
    }

    /** Whether the user may act at all that day: the account is active and the primary membership valid. */
    public static boolean userCounts(boolean accountActive, Validity primaryMembership, LocalDate day) {
        return accountActive && primaryMembership != null && primaryMembership.isValidOn(day);
    }
}
