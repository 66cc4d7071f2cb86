package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.RuleId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** USER_ADMIN (KH). D3: not granted by a plain USER_ADMIN unless main user (D8); D4: a FIRM_MAIN_USER may. */
@ApplicationScoped
public class UserAdminRole implements RoleDefinition {
    @Override
    public String code() {
        return CoreRoles.USER_ADMIN;
    }

    @Override
    public String abbreviation() {
        return "KH";
    }

    @Override
    public String description() {
        return "Manages the company's users, memberships, profiles, validity and main user";
    }

    @Override
    public boolean givenToFirmMainUsersInNewClient(CompanyFacts client) {
        return true;
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        if (r.actorHolds(CoreRoles.FIRM_MAIN_USER)) {
            return Optional.empty(); // D4
        }
        if (r.actorHolds(CoreRoles.USER_ADMIN) && r.actorIsMainUser()) {
            return Optional.empty(); // D3 with D8
        }
        return Optional.of(new Denial(RuleId.D3,
                "A USER_ADMIN grants USER_ADMIN only as the company's main user; a FIRM_MAIN_USER may"));
    }
}
