package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** BOOKKEEPER (KP). D3 and D4: any USER_ADMIN or FIRM_MAIN_USER of the company may grant it. */
@ApplicationScoped
public class BookkeeperRole implements RoleDefinition {
    @Override
    public String code() {
        return CoreRoles.BOOKKEEPER;
    }

    @Override
    public String abbreviation() {
        return "KP";
    }

    @Override
    public String description() {
        return "Demanding accounting actions: delete invoices and vouchers, edit sent invoices, bypass the VAT-period lock";
    }

    @Override
    public boolean givenToFirmMainUsersInNewClient(CompanyFacts client) {
        return true;
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        return Optional.empty(); // the shared D2 check already required USER_ADMIN or FIRM_MAIN_USER
    }
}
