package app.rolegate.check;

import app.rolegate.grant.GrantScope;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the check reads about one user in one company, in as few round trips as the database
 * allows (the check is the hot path): plain values, no managed entities.
 */
public final class CheckFacts {
    private CheckFacts() {
    }

    public record CompanyFacts(long id, String name, boolean payrollEnabled, boolean crmEnabled) {
    }

    public record MembershipFacts(long id, LocalDate validFrom, LocalDate validTo, AccountingProfile accountingProfile,
            PayrollProfile payrollProfile, CrmProfile crmProfile, Map<String, AccessLevel> overrides) {
        public boolean isValidOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public record GrantFacts(String role, GrantScope scope, String costCentre, LocalDate validFrom, LocalDate validTo) {
        public boolean isValidOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * The subject of a check in a company: null fields where there is nothing (no such user, no
     * membership). {@code primaryMembershipValid} is the D9 condition for the day asked about.
     * {@code askerRoles} are the roles the asker holds effectively in the company (empty when no
     * asker was named); {@code askerMember} whether the asker has a membership in the company valid on
     * the day (SPEC 2.1: who is not a member learns nothing of the company).
     */
    public record Subject(CompanyFacts company, Long userAccountId, String userId, boolean active,
            boolean primaryMembershipValid, MembershipFacts membership, List<GrantFacts> grants,
            Set<String> askerRoles, boolean askerMember) {
    }
}
