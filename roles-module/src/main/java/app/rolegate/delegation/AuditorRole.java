package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.platform.RuleId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** AUDITOR (TT). D7: granted only by a USER_ADMIN, only to a user whose primary company is the auditors' organisation. */
@ApplicationScoped
public class AuditorRole implements RoleDefinition {
    @Override
    public String code() {
        return CoreRoles.AUDITOR;
    }

    @Override
    public String abbreviation() {
        return "TT";
    }

    @Override
    public String description() {
        return "Read-only access for the company's auditor, audit log included";
    }

    @Override
    public Optional<Denial> mayGrant(GrantRequest r) {
        if (!r.actorHolds(CoreRoles.USER_ADMIN)) {
            return Optional.of(new Denial(RuleId.D7, "AUDITOR is granted only by a USER_ADMIN of the company"));
        }
        boolean inAuditorOrganisation = r.auditorOrganisationId()
                .map(id -> id == r.target().primaryCompanyId()).orElse(false);
        if (!inAuditorOrganisation) {
            return Optional.of(new Denial(RuleId.D7, "AUDITOR is granted only to a user whose primary company is the"
                    + " auditors' organisation; ask platform support to change the user's primary company"));
        }
        return Optional.empty();
    }

    /** D9: who could grant may revoke; the target's primary company matters only for receiving the role. */
    @Override
    public Optional<Denial> mayRevoke(GrantRequest r) {
        return r.actorHolds(CoreRoles.USER_ADMIN) ? Optional.empty()
                : Optional.of(new Denial(RuleId.D7, "AUDITOR is revoked only by a USER_ADMIN of the company"));
    }
}
