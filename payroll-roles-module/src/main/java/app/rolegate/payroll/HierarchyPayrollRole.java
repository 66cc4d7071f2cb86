package app.rolegate.payroll;

import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.Denial;
import app.rolegate.delegation.GrantRequest;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.grant.GrantScope;
import java.util.Optional;
import java.util.Set;

/**
 * A payroll role that follows the company hierarchy (SUPERVISOR, PERSONAL_DATA_HANDLER). D3/D4: any
 * USER_ADMIN or FIRM_MAIN_USER grants it, where payroll is enabled (D6).
 */
abstract class HierarchyPayrollRole implements RoleDefinition {
    private final String code;
    private final String abbreviation;
    private final String description;

    HierarchyPayrollRole(String code, String abbreviation, String description) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public GrantScope defaultScope() {
        return GrantScope.HIERARCHY;
    }

    /** D17: the roles that follow employees may cover one cost centre or the hierarchy below the holder. */
    @Override
    public Set<GrantScope> scopes() {
        return Set.of(GrantScope.COMPANY, GrantScope.COST_CENTRE, GrantScope.HIERARCHY);
    }

    @Override
    public Optional<Denial> availableIn(CompanyFacts company) {
        return PayrollRoles.payrollEnabled(company, code);
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        return Optional.empty(); // the shared D2 check already required USER_ADMIN or FIRM_MAIN_USER
    }
}
