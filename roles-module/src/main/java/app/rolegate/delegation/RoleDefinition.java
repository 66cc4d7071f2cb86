package app.rolegate.delegation;

import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import java.util.Optional;
import java.util.Set;

/**
 * The extension point of the policy: one CDI bean per role, contributed by the module that owns the
 * role (the payroll module contributes its three without this module naming them). The policy applies
 * the rules every role shares (D1, D2, D15, D17) and asks the definition for the role's own.
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

    /** D17: the scopes the role takes; only a role that follows employees takes more than the whole company. */
    default Set<GrantScope> scopes() {
        return Set.of(GrantScope.COMPANY);
    }

    /** Whether the role exists in this company at all (e.g. payroll roles only where payroll is enabled). */
    default Optional<Denial> availableIn(CompanyFacts company) {
        return Optional.empty();
    }

    /** D13: whether a firm main user gets this role in a newly opened client company. */
    default boolean givenToFirmMainUsersInNewClient(CompanyFacts client) {
        return false;
    }

    /**
     * D5, D6: whether platform support may grant (and revoke) this role in an exceptional case, at the
     * written request of the company's main user or a USER_ADMIN of it.
     */
    default boolean grantedBySupportOnRequest() {
        return false;
    }

    /** The role's own rule on who may grant it (D3-D7). The shared rules have already passed. */
    Optional<Denial> mayGrant(GrantRequest request);

    /** D9: revoking is allowed to whoever could grant, unless the role says otherwise. */
    default Optional<Denial> mayRevoke(GrantRequest request) {
        return mayGrant(request).map(d -> new Denial(d.rule(), "Revoking: " + d.reason()));
    }

    /**
     * D6: a warning for a holder of this role whose payroll profile is (or becomes) this one, e.g. a
     * payroll calculator without ALL_RIGHTS, who cannot run payroll. Given with the grant, and with a
     * profile change of a holder.
     */
    default Optional<String> warningWhenHeldWith(PayrollProfile payrollProfile) {
        return Optional.empty();
    }
}
