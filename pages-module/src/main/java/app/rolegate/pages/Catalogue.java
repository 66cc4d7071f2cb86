package app.rolegate.pages;

import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.PayrollProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The catalogues the pages list: the roles the platform knows (from the policy's role definitions,
 * payroll's included), profiles, access levels, scopes, languages. Lists only; nothing here decides.
 */
@Named("catalogue")
@ApplicationScoped
public class Catalogue {
    /** The UI languages the pages offer for an account (the pages speak English and Swedish). */
    public static final List<String> LANGUAGES = List.of("en", "sv", "sv-FI", "fi");

    @Inject
    DelegationPolicy policy;

    public List<RoleDefinition> getRoles() {
        return List.copyOf(policy.roles().values());
    }

    /** The seed's abbreviation of a role (KH, TPK, ...), or the code itself. */
    public String abbreviation(String code) {
        RoleDefinition d = policy.roles().get(code);
        return d == null ? code : d.abbreviation();
    }

    public AccountingProfile[] getAccountingProfiles() {
        return AccountingProfile.values();
    }

    public PayrollProfile[] getPayrollProfiles() {
        return PayrollProfile.values();
    }

    public CrmProfile[] getCrmProfiles() {
        return CrmProfile.values();
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public GrantScope[] getScopes() {
        return GrantScope.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }
}
