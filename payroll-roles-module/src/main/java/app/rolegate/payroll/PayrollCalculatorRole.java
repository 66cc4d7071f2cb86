package app.rolegate.payroll;

import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.Denial;
import app.rolegate.delegation.GrantRequest;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.grant.CoreRoles;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.RuleId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * PAYROLL_CALCULATOR (P). D6: granted only by a FIRM_MAIN_USER of the company or by its main user,
 * who must also hold USER_ADMIN there. Given to firm main users in new clients with payroll (D13).
 */
@ApplicationScoped
public class PayrollCalculatorRole implements RoleDefinition {
    @Override
    public String code() {
        return PayrollRoles.PAYROLL_CALCULATOR;
    }

    @Override
    public String abbreviation() {
        return "P";
    }

    @Override
    public String description() {
        return "Calculates and pays salaries (with payroll profile ALL_RIGHTS)";
    }

    @Override
    public Optional<Denial> availableIn(CompanyFacts company) {
        return PayrollRoles.payrollEnabled(company, code());
    }

    @Override
    public boolean givenToFirmMainUsersInNewClient(CompanyFacts client) {
        return client.payrollEnabled();
    }

    /** D6: "vid behov kan rollen ställas in av supporten". */
    @Override
    public boolean grantedBySupportOnRequest() {
        return true;
    }

    /** D6: a payroll calculator also needs payroll profile ALL_RIGHTS to run payroll. */
    @Override
    public Optional<String> warningWhenHeldWith(PayrollProfile profile) {
        return profile == PayrollProfile.ALL_RIGHTS ? Optional.empty()
                : Optional.of("D6: PAYROLL_CALCULATOR needs payroll profile ALL_RIGHTS to run payroll; the payroll"
                        + " profile is " + (profile == null ? "not set" : profile));
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        boolean firmOrMain = r.actorHolds(CoreRoles.FIRM_MAIN_USER) || r.actorIsMainUser();
        if (firmOrMain && r.actorHolds(CoreRoles.USER_ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new Denial(RuleId.D6, "PAYROLL_CALCULATOR is granted only by a FIRM_MAIN_USER or the"
                + " company's main user, who also holds USER_ADMIN"));
    }
}
