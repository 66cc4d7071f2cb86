package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.platform.Actor;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * What the actor may do, read from current data on every call: the roles that count for them in a
 * company today (SPEC 2 head), whether they administer it (D2), whom they can see.
 */
@ApplicationScoped
public class Access {
    @Inject
    GrantRepository grants;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    MembershipRepository memberships;

    @Inject
    Today today;

    @Inject
    AuditLog audit;

    public Set<String> rolesOf(Actor actor, long companyId) {
        return actor.isUser() ? grants.effectiveRoles(actor.accountId(), companyId, today.date()) : Set.of();
    }

    public Set<String> rolesOf(long userAccountId, long companyId) {
        return grants.effectiveRoles(userAccountId, companyId, today.date());
    }

    public static boolean administers(Set<String> roles) {
        return roles.contains(CoreRoles.USER_ADMIN) || roles.contains(CoreRoles.FIRM_MAIN_USER);
    }

    /** Companies where the actor holds USER_ADMIN or FIRM_MAIN_USER today. */
    public Set<Long> administeredCompanies(Actor actor) {
        if (!actor.isUser()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(grants.companiesWhereEffective(actor.accountId(), CoreRoles.USER_ADMIN, today.date()));
        ids.addAll(grants.companiesWhereEffective(actor.accountId(), CoreRoles.FIRM_MAIN_USER, today.date()));
        return ids;
    }

    /** Companies where the actor holds USER_ADMIN today (D9's list, D11, D12). */
    public Set<Long> userAdminCompanies(Actor actor) {
        return actor.isUser() ? grants.companiesWhereEffective(actor.accountId(), CoreRoles.USER_ADMIN, today.date())
                : Set.of();
    }

    public Company company(long id) {
        return companies.find(id).orElseThrow(() -> new NotFoundException("no company " + id));
    }

    public UserAccount user(String userId) {
        return users.findByUserId(userId).orElseThrow(() -> new NotFoundException("no user '" + userId + "'"));
    }

    /**
     * D2: the actor holds USER_ADMIN or FIRM_MAIN_USER in the company; otherwise the denial is
     * audited and thrown. Returns the actor's roles there.
     */
    public Set<String> requireAdministers(Actor actor, Company company, AuditRecord attempt) {
        Set<String> roles = rolesOf(actor, company.id());
        if (!administers(roles)) {
            throw deny(attempt, RuleId.D2, "Only a USER_ADMIN or FIRM_MAIN_USER of " + company.name()
                    + " administers its users");
        }
        return roles;
    }

    /** D2 visibility: the user themself, or a member of a company the actor administers. */
    public boolean canSee(Actor actor, UserAccount target) {
        if (actor.is(target.id()) || actor.platformSupport()) {
            return true;
        }
        Set<Long> administered = administeredCompanies(actor);
        return !administered.isEmpty()
                && memberships.ofUser(target.id()).stream().anyMatch(m -> administered.contains(m.companyId()));
    }

    /** Audits the denial and gives the exception to throw. */
    public RuleDeniedException deny(AuditRecord attempt, RuleId rule, String reason) {
        audit.denied(attempt.rule(rule).detail(reason));
        return new RuleDeniedException(rule, reason);
    }

    public boolean isMember(long userAccountId, long companyId) {
        return memberships.find(userAccountId, companyId).isPresent();
    }
}
