package app.rolegate.check;

import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.CheckFacts.MembershipFacts;
import app.rolegate.membership.AccessLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a permission rule decides on: the user, the company, the membership (profiles and
 * overrides) and the grants that count today, the optional employee, and how to test coverage.
 */
public record CheckContext(String userId, CompanyFacts company, MembershipFacts membership, List<GrantFacts> grants,
        String employeeId, LocalDate day, Coverage coverage) {

    public Optional<GrantFacts> grant(String role) {
        return grants.stream().filter(g -> g.role().equals(role)).findFirst();
    }

    public boolean holds(String role) {
        return grant(role).isPresent();
    }

    /** The custom override for a function key, if the membership has one. It wins over the profile. */
    public Optional<AccessLevel> override(String functionKey) {
        return Optional.ofNullable(membership.overrides().get(functionKey));
    }

    /** Empty when the role is held and covers the employee (or no employee was named); else why not. */
    public Optional<String> roleCovering(String role) {
        Optional<GrantFacts> g = grant(role);
        if (g.isEmpty()) {
            return Optional.of("no " + role + " role");
        }
        if (employeeId == null) {
            return Optional.empty();
        }
        return coverage.covers(g.get(), company.id(), employeeId, day);
    }
}
