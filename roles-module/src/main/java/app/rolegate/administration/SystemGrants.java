package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The system's own grants (SPEC D1 note): a company's first user's roles, and D13's propagation to
 * firm main users. No person grants them, so no delegation rule names them; the operation that makes
 * them was decided by the policy first. Audited as the system's, with why. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class SystemGrants {
    @Inject
    GrantRepository grantRepository;

    @Inject
    DelegationPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    public Grant grant(Company c, UserAccount u, Membership m, String role, Validity validity, String why) {
        Grant g = grantRepository.add(new Grant(m, role, policy.role(role).defaultScope(), null, validity, null,
                today.now(), GrantOrigin.AUTOMATIC, null, null));
        audit.allowed(AuditRecord.of(Actor.system(), "role.grant", c.id(), "user", u.userId()).change(null, g.auditState())
                .detail("automatic grant by the system: " + why));
        return g;
    }
}
