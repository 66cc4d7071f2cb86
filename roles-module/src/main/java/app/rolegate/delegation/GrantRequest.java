package app.rolegate.delegation;

import app.rolegate.company.Company;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.Actor;
import app.rolegate.user.UserAccount;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rule needs to decide on one grant or revocation, read from current data: the actor
 * and the roles that count for them in the company today, the target and what it holds there.
 */
public record GrantRequest(Actor actor, Set<String> actorRoles, Company company, UserAccount target,
        Set<String> targetRoles, Optional<Long> auditorOrganisationId, GrantOrigin origin) {

    public boolean actorHolds(String role) {
        return actorRoles.contains(role);
    }

    /** D8: the actor is the company's main user. */
    public boolean actorIsMainUser() {
        return actor.isUser() && company.hasMainUser(actor.accountId());
    }

    public GrantRequest withOrigin(GrantOrigin newOrigin) {
        return new GrantRequest(actor, actorRoles, company, target, targetRoles, auditorOrganisationId, newOrigin);
    }
}
