package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.Actor;
import java.util.Set;

/**
 * The actor as the policy sees them in one company, read from current data: whether the company
 * exists, whether the actor is a member of it today, the roles that count for them there today
 * (SPEC 2 head) and whether they are its main user. {@code company} is null when the company does
 * not exist.
 */
public record ActorFacts(Actor actor, long companyId, CompanyFacts company, boolean member, Set<String> roles) {

    public ActorFacts {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /** D2: holds USER_ADMIN or FIRM_MAIN_USER. */
    public boolean administers() {
        return holds(CoreRoles.USER_ADMIN) || holds(CoreRoles.FIRM_MAIN_USER);
    }

    /** D8: the company's main user. */
    public boolean mainUser() {
        return company != null && actor.isUser() && company.hasMainUser(actor.accountId());
    }

    public boolean support() {
        return actor.platformSupport();
    }

    /** The company's name: only ever used once the company is visible to the actor. */
    public String companyName() {
        return company == null ? "company " + companyId : company.name();
    }

    /** Whether the login name (as typed, any case) is the actor's own. */
    public boolean isSelf(String userIdKey) {
        return actor.isUser() && actor.name() != null && actor.name().equalsIgnoreCase(userIdKey.strip());
    }
}
