package app.rolegate.delegation;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantScope;
import java.util.Optional;

/**
 * The extension point of the delegation engine: one CDI bean per role, contributed by the module
 * that owns the role. The engine applies the rules every role shares (D1, D2, D15) and asks the
 * definition for the role's own rules.
 */
public interface RoleDefinition {
    /** The role code used in the API, e.g. {@code BOOKKEEPER}. */
    String code();

    /** The seeds' abbreviation, e.g. {@code KP}. */
    String abbreviation();

    /** What the role gives, in one sentence. */
    String description();

    /** Scope when the grant names none. */
    default GrantScope defaultScope() {
        return GrantScope.COMPANY;
    }

    /** Whether the role exists in this company at all (e.g. payroll roles only where payroll is enabled). */
    default Optional<Denial> availableIn(Company company) {
        return Optional.empty();
    }

    /** D13: whether a firm main user gets this role in a newly opened client company. */
    default boolean givenToFirmMainUsersInNewClient(Company client) {
        return false;
    }

    /** The role's own rule on who may grant it (D3-D7). The shared rules have already passed. */
    Optional<Denial> mayGrant(GrantRequest request);

    /** D9: revoking is allowed to whoever could grant, unless the role says otherwise. */
    default Optional<Denial> mayRevoke(GrantRequest request) {
        return mayGrant(request).map(d -> new Denial(d.rule(), "Revoking: " + d.reason()));
    }
}
