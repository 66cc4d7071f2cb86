package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.RuleId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * FIRM_MAIN_USER (TPK). D4/D5: never granted directly; obtained by copying rights (the copier holds
 * FIRM_MAIN_USER, or USER_ADMIN as the main user) or from platform support. D9: revoked by another
 * FIRM_MAIN_USER of the company or by platform support.
 */
@ApplicationScoped
public class FirmMainUserRole implements RoleDefinition {
    @Override
    public String code() {
        return CoreRoles.FIRM_MAIN_USER;
    }

    @Override
    public String abbreviation() {
        return "TPK";
    }

    @Override
    public String description() {
        return "The accounting firm's main user; added automatically to the firm's new client companies";
    }

    @Override
    public boolean givenToFirmMainUsersInNewClient(CompanyFacts client) {
        return true;
    }

    @Override
    public boolean grantedBySupportOnRequest() {
        return true;
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        if (r.origin() == GrantOrigin.PLATFORM_SUPPORT && r.actor().platformSupport()) {
            return Optional.empty();
        }
        if (r.origin() != GrantOrigin.COPY) {
            return Optional.of(new Denial(RuleId.D5, "FIRM_MAIN_USER is never granted directly: copy the rights of a"
                    + " user who holds it, or ask platform support"));
        }
        if (r.actorHolds(CoreRoles.FIRM_MAIN_USER) || (r.actorHolds(CoreRoles.USER_ADMIN) && r.actorIsMainUser())) {
            return Optional.empty();
        }
        return Optional.of(new Denial(RuleId.D5, "Copying FIRM_MAIN_USER needs FIRM_MAIN_USER, or USER_ADMIN as the"
                + " company's main user"));
    }

    @Override
    public Optional<Denial> mayRevoke(GrantRequest r) {
        if (r.actor().platformSupport() || r.actorHolds(CoreRoles.FIRM_MAIN_USER)) {
            return Optional.empty();
        }
        return Optional.of(new Denial(RuleId.D9,
                "FIRM_MAIN_USER is revoked only by another FIRM_MAIN_USER of the company or by platform support"));
    }
}
