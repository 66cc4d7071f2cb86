package app.rolegate.check;

import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Today;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers SPEC 3 from current data on every call: revoking a role, ending a membership or
 * deactivating a user changes the next answer. A read: it joins no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PermissionCheck {
    @Inject
    @Any
    Instance<PermissionRule> contributed;

    @Inject
    Coverage coverage;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    MembershipRepository memberships;

    @Inject
    GrantRepository grants;

    @Inject
    Today today;

    private Map<String, PermissionRule> rules;

    @PostConstruct
    void index() {
        Map<String, PermissionRule> byPermission = new HashMap<>();
        contributed.forEach(rule -> rule.permissions().forEach(p -> byPermission.put(p, rule)));
        rules = byPermission;
    }

    public Set<String> permissions() {
        return new TreeSet<>(rules.keySet());
    }

    public Verdict check(Actor asker, String userId, long companyId, String permission, String employeeId) {
        PermissionRule rule = rules.get(permission);
        if (rule == null) {
            throw new InvalidInputException("permission", "unknown permission '" + permission + "'; known: "
                    + permissions());
        }
        if (rule.needsEmployee(permission) && employeeId == null) {
            throw new InvalidInputException("employeeId", permission + " is asked about an employee: name employeeId");
        }
        LocalDate day = today.date();
        Company company = companies.find(companyId).orElseThrow(() -> new NotFoundException("no company " + companyId));
        Optional<UserAccount> found = users.findByUserId(userId);
        mayAsk(asker, found.orElse(null), company, day);
        UserAccount u = found.orElseThrow(() -> new NotFoundException("no user '" + userId + "'"));
        if (!u.isActive()) {
            return Verdict.deny(u.userId() + "'s account is not active");
        }
        Optional<Membership> m = memberships.find(u.id(), companyId);
        if (m.isEmpty()) {
            return Verdict.deny(u.userId() + " is not a member of " + company.name());
        }
        if (!m.get().isValidOn(day)) {
            return Verdict.deny(u.userId() + "'s membership in " + company.name() + " is not valid on " + day);
        }
        boolean primaryOk = u.primaryCompanyId() == companyId ? true
                : memberships.find(u.id(), u.primaryCompanyId()).map(pm -> pm.isValidOn(day)).orElse(false);
        if (!primaryOk) {
            return Verdict.deny(u.userId() + " has no valid membership in their primary company (D9)");
        }
        List<Grant> valid = grants.ofMembership(m.get().id()).stream().filter(g -> g.isValidOn(day)).toList();
        return rule.evaluate(permission, new CheckContext(u, company, m.get(), valid, employeeId, day, coverage));
    }

    /** U about U; a USER_ADMIN, FIRM_MAIN_USER or AUDITOR of C about anyone in C; a service client about anyone. */
    private void mayAsk(Actor asker, UserAccount subject, Company company, LocalDate day) {
        if (asker.serviceClient() || (subject != null && asker.is(subject.id()))) {
            return;
        }
        Set<String> roles = asker.isUser() ? grants.effectiveRoles(asker.accountId(), company.id(), day) : Set.of();
        if (roles.contains(CoreRoles.USER_ADMIN) || roles.contains(CoreRoles.FIRM_MAIN_USER)
                || roles.contains(CoreRoles.AUDITOR)) {
            return;
        }
        throw new AccessDeniedException("You may ask about yourself, or about anyone in a company where you hold"
                + " USER_ADMIN, FIRM_MAIN_USER or AUDITOR; portals use a service token with group rolegate.check");
    }
}
