package app.rolegate.check;

import app.rolegate.check.CheckFacts.GrantFacts;
import app.rolegate.grant.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Coverage until the employee register exists: a company-wide grant covers everyone; a cost-centre
 * or hierarchy grant covers nobody yet, and says so.
 */
@ApplicationScoped
@Default
public class CompanyWideCoverage implements Coverage {
    @Override
    public Optional<String> covers(GrantFacts grant, long companyId, String employeeId, LocalDate day) {
        if (grant.scope() == GrantScope.COMPANY) {
            return Optional.empty();
        }
        return Optional.of(grant.role() + " is scoped to " + grant.scope()
                + " and no employee register data places employee " + employeeId + " within it");
    }
}
