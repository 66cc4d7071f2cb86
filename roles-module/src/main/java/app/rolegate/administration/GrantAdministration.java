package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.delegation.Decision;
import app.rolegate.grant.CoreRoles;
import app.rolegate.delegation.DelegationEngine;
import app.rolegate.delegation.GrantRequest;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.platform.Actor;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import app.rolegate.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Granting, revoking and copying roles (D1, D3-D7, D9, D15, D16), and what the actor may grant. */
@Stateless
public class GrantAdministration {
    @Inject
    Access access;

    @Inject
    Grants grants;

    @Inject
    GrantRepository grantRepository;

    @Inject
    MembershipRepository memberships;

    @Inject
    Memberships membershipTerms;

    @Inject
    DelegationEngine engine;

    @Inject
    AuditLog audit;

    private Membership membershipOf(Company c, UserAccount u) {
        return memberships.find(u.id(), c.id())
                .orElseThrow(() -> new NotFoundException(u.userId() + " is not a member of " + c.name()));
    }

    /** Grants a role; platform support may grant FIRM_MAIN_USER as an exception (origin PLATFORM_SUPPORT). */
    public Grant grant(Actor actor, long companyId, String userId, String role, GrantScope scope, String costCentre,
            Validity validity) {
        Company c = access.company(companyId);
        engine.role(role);
        UserAccount u = access.user(userId);
        Membership m = membershipOf(c, u);
        return grants.grant(grants.request(actor, c, u, originOf(actor, role)), m, role, scope, costCentre, validity, null);
    }

    /** D9: revoking is allowed to whoever could grant; D16: grants the target made stay. */
    public void revoke(Actor actor, long companyId, String userId, String role) {
        Company c = access.company(companyId);
        engine.role(role);
        UserAccount u = access.user(userId);
        Membership m = membershipOf(c, u);
        AuditRecord attempt = AuditRecord.of(actor, "role.revoke", companyId, "user", u.userId()).detail(role);
        GrantRequest r = grants.request(actor, c, u, GrantOrigin.DIRECT);
        Decision d = engine.decideRevoke(r, role);
        if (!d.allowed()) {
            throw access.deny(attempt, d.rule(), d.reason());
        }
        Grant g = grantRepository.ofMembership(m.id()).stream().filter(x -> x.role().equals(role)).findFirst()
                .orElseThrow(() -> new NotFoundException(u.userId() + " does not hold " + role + " in " + c.name()));
        grantRepository.remove(g);
        audit.allowed(attempt.rule(d.rule()).change(g.describe(), null));
    }

    /**
     * D5: gives the target every role the source holds in the company, and the source's profiles;
     * all or nothing.
     */
    public List<Grant> copy(Actor actor, long companyId, String userId, String fromUserId) {
        Company c = access.company(companyId);
        UserAccount u = access.user(userId);
        UserAccount from = access.user(fromUserId);
        Membership target = membershipOf(c, u);
        Membership source = membershipOf(c, from);
        List<Grant> sourceGrants = grantRepository.ofMembership(source.id());
        Set<String> sourceRoles = sourceGrants.stream().map(Grant::role).collect(Collectors.toCollection(TreeSet::new));
        AuditRecord attempt = AuditRecord.of(actor, "role.copy", companyId, "user", u.userId())
                .detail("from " + from.userId() + ": " + sourceRoles);
        GrantRequest r = grants.request(actor, c, u, GrantOrigin.COPY);
        Decision d = engine.decideCopy(r, sourceRoles);
        if (!d.allowed()) {
            throw access.deny(attempt, d.rule(), d.reason());
        }
        String before = target.describe();
        // Profiles of a part the company no longer has (payroll or CRM switched off) are not copied.
        membershipTerms.apply(target, c, new MembershipTerms(null, source.accountingProfile(),
                c.payrollEnabled() ? source.payrollProfile() : null, c.crmEnabled() ? source.crmProfile() : null,
                source.overrides(), null));
        audit.allowed(attempt.rule(RuleId.D5).change(before, target.describe()));
        List<Grant> made = new ArrayList<>();
        for (Grant g : sourceGrants) {
            if (r.targetRoles().contains(g.role())) {
                continue; // already held: the copy adds, it does not replace
            }
            GrantRequest now = grants.request(actor, c, u, GrantOrigin.COPY);
            made.add(grants.grant(now, target, g.role(), g.scope(), g.costCentre(), g.validity(), from.id()));
        }
        return made;
    }

    /** Support's exceptional grant is FIRM_MAIN_USER (D5); every other grant by anyone is a direct one. */
    private static GrantOrigin originOf(Actor actor, String role) {
        return actor.platformSupport() && CoreRoles.FIRM_MAIN_USER.equals(role) ? GrantOrigin.PLATFORM_SUPPORT
                : GrantOrigin.DIRECT;
    }

    public record Grantable(RoleDefinition role, boolean grantable, RuleId rule, String reason, boolean held) {
    }

    /** Every role, and whether the actor may grant it to the target now; for the rest, the rule and why. */
    public List<Grantable> grantable(Actor actor, long companyId, String userId) {
        Company c = access.company(companyId);
        UserAccount u = access.user(userId);
        if (!actor.platformSupport()) { // support administers nowhere, yet may grant FIRM_MAIN_USER (D5): it asks too
            access.requireAdministers(actor, c, AuditRecord.of(actor, "roles.grantable", companyId, "user", userId));
        }
        membershipOf(c, u);
        GrantRequest r = grants.request(actor, c, u, GrantOrigin.DIRECT);
        List<Grantable> result = new ArrayList<>();
        for (RoleDefinition def : engine.roles().values()) {
            Decision d = engine.decideGrant(r.withOrigin(originOf(actor, def.code())), def.code());
            boolean held = r.targetRoles().contains(def.code());
            result.add(new Grantable(def, d.allowed() && !held, d.rule(),
                    held ? "already held" : d.allowed() ? null : d.reason(), held));
        }
        return result;
    }
}
