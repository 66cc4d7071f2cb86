package app.rolegate.check;

import app.rolegate.check.CheckFacts.CompanyFacts;
import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.check.CheckFacts.MembershipFacts;
import app.rolegate.membership.AccessLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a permission rule decides on: the user, the company, the membership (profiles and overrides) and the
 * grants that count today, the optional employee, and the employee's facts for coverage, read on first use
 * (once per check; never for a permission that names no employee).
 */
public record CheckContext(String userId, CompanyFacts company, MembershipFacts membership, List<GrantFacts> grants,
        String employeeId, LocalDate day, Supplier<EmployeeFacts> employeeFacts) {

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

    /** The facts about the employee asked about (SPEC 3 X); null when the question named none. */
    public EmployeeFacts employee() {
        return employeeId == null ? null : employeeFacts.get();
    }

    /** Whether the role is held and its grant covers the employee on the day ({@link CoverageRule}), and why. */
    public CoverageRule.Covered covering(String role) {
        Optional<GrantFacts> g = grant(role);
        if (g.isEmpty()) {
            return new CoverageRule.Covered(false, "no " + role + " role");
        }
        if (employeeId == null) {
            return new CoverageRule.Covered(true, "role " + role);
        }
        return CoverageRule.covers(g.get(), employee(), day);
    }
}
