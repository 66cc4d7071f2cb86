package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationEngine;
import app.rolegate.delegation.GrantRequest;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.Membership;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one way a grant is written or removed: every path asks the {@link DelegationEngine} first,
 * and every decision lands in the audit log. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Grants {
    @Inject
    DelegationEngine engine;

    @Inject
    GrantRepository grants;

    @Inject
    CompanyRepository companies;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** The facts the engine decides on, read now. */
    public GrantRequest request(Actor actor, Company company, UserAccount target, GrantOrigin origin) {
        Set<String> targetRoles = new TreeSet<>(grants.rolesHeld(target.id(), company.id()));
        return new GrantRequest(actor, access.rolesOf(actor, company.id()), company, target, targetRoles,
                companies.auditorOrganisationId(), origin);
    }

    /** Grants the role if the engine allows; otherwise audits the denial and throws it. */
    public Grant grant(GrantRequest r, Membership membership, String role, GrantScope scope, String costCentre,
            Validity validity, Long copiedFrom) {
        AuditRecord attempt = AuditRecord.of(r.actor(), "role.grant", r.company().id(), "user", r.target().userId());
        Decision d = engine.decideGrant(r, role);
        if (!d.allowed()) {
            throw access.deny(attempt.detail(role), d.rule(), d.reason());
        }
        if (r.targetRoles().contains(role)) {
            throw new ConflictException(r.target().userId() + " already holds " + role);
        }
        GrantScope effectiveScope = scope == null ? engine.role(role).defaultScope() : scope;
        if (effectiveScope == GrantScope.COST_CENTRE && (costCentre == null || costCentre.isBlank())) {
            throw new InvalidInputException("costCentre", "a COST_CENTRE scope needs costCentre");
        }
        if (effectiveScope != GrantScope.COST_CENTRE && costCentre != null) {
            throw new InvalidInputException("costCentre", "costCentre goes only with scope COST_CENTRE");
        }
        Long grantor = r.actor().accountId();
        Grant g = grants.add(new Grant(membership, role, effectiveScope, costCentre, validity, grantor, today.now(),
                r.origin(), copiedFrom));
        AuditRecord done = attempt.rule(d.rule()).change(null, g.describe());
        audit.allowed(r.origin() == GrantOrigin.AUTOMATIC ? done.detail("automatic grant by the system") : done);
        return g;
    }
}
