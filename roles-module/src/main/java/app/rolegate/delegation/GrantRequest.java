package app.rolegate.delegation;

import app.rolegate.grant.GrantOrigin;
import app.rolegate.platform.Actor;
import java.util.Optional;
import java.util.Set;

/**
 * What a role's own rule ({@link RoleDefinition}) decides on: the actor and the roles that count for
 * them in the company today, whether they are its main user, the company, the target and the roles
 * it holds there, the auditors' organisation, and how the grant would come to be.
 */
public record GrantRequest(Actor actor, Set<String> actorRoles, boolean actorIsMainUser, CompanyFacts company,
        TargetFacts target, Set<String> targetRoles, Optional<Long> auditorOrganisationId, GrantOrigin origin) {

    public GrantRequest {
        actorRoles = Set.copyOf(actorRoles);
        targetRoles = Set.copyOf(targetRoles);
    }

    public boolean actorHolds(String role) {
        return actorRoles.contains(role);
    }

    public GrantRequest withOrigin(GrantOrigin newOrigin) {
        return new GrantRequest(actor, actorRoles, actorIsMainUser, company, target, targetRoles,
                auditorOrganisationId, newOrigin);
    }
}
