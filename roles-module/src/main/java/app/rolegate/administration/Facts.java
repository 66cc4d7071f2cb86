package app.rolegate.administration;

import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.HeldGrant;
import app.rolegate.delegation.MemberFacts;
import app.rolegate.delegation.RequesterFacts;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, from current data, the facts the {@link app.rolegate.delegation.DelegationPolicy} decides
 * on: the first step of every operation. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Facts {
    private static final Set<String> ADMINISTERING = Set.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER);

    @Inject
    CompanyRepository companyRepository;

    @Inject
    UserRepository userRepository;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    GrantRepository grantRepository;

    @Inject
    Today today;

    /** The actor in a company: whether it exists, whether the actor is a member today, the roles that count. */
    public ActorFacts actorIn(Actor actor, long companyId) {
        Optional<Company> c = companyRepository.find(companyId);
        if (c.isEmpty() || !actor.isUser()) {
            return new ActorFacts(actor, companyId, c.map(CompanyFacts::of).orElse(null), false, Set.of());
        }
        boolean member = membershipRepository.find(actor.accountId(), companyId)
                .map(m -> m.isValidOn(today.date())).orElse(false);
        Set<String> roles = member ? grantRepository.effectiveRoles(actor.accountId(), companyId, today.date()) : Set.of();
        return new ActorFacts(actor, companyId, CompanyFacts.of(c.get()), member, roles);
    }

    public Optional<UserAccount> account(String userId) {
        return userId == null ? Optional.empty() : userRepository.findByUserId(userId);
    }

    /**
     * The user's membership in the company with its grants, locked against other writers until the
     * transaction ends when {@code lock} (every change of a membership or its grants takes the lock
     * first, see {@link MembershipRepository#findForUpdate}).
     */
    public Optional<Member> member(long companyId, String userId, boolean lock) {
        Optional<UserAccount> u = account(userId);
        if (u.isEmpty()) {
            return Optional.empty();
        }
        Optional<Membership> m = lock ? membershipRepository.findForUpdate(u.get().id(), companyId)
                : membershipRepository.find(u.get().id(), companyId);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        List<Grant> grants = grantRepository.ofMembership(m.get().id());
        return Optional.of(new Member(u.get(), m.get(), grants, facts(u.get(), m.get(), grants)));
    }

    /** A membership with its account and grants, and the policy's facts of it. */
    public record Member(UserAccount account, Membership membership, List<Grant> grants, MemberFacts facts) {
    }

    private MemberFacts facts(UserAccount u, Membership m, List<Grant> grants) {
        Validity primary = m.companyId() == u.primaryCompanyId() ? m.validity()
                : membershipRepository.find(u.id(), u.primaryCompanyId()).map(Membership::validity).orElse(null);
        return new MemberFacts(TargetFacts.of(u), m.id(), m.validity(), m.payrollProfile(),
                grants.stream().map(g -> new HeldGrant(g.role(), g.scope(), g.costCentre(), g.validity())).toList(),
                primary);
    }

    /** D2: whether the actor sees the user: a member of a company where the actor administers today. */
    public boolean visible(Actor actor, UserAccount target) {
        return actor.is(target.id()) || actor.platformSupport() || (actor.isUser()
                && grantRepository.memberWhereEffective(target.id(), actor.accountId(), ADMINISTERING, today.date()));
    }

    /** Who asked for an exceptional grant (D5, D6) or a primary-company change (D14), as current data shows them. */
    public RequesterFacts requester(String userId, long companyId) {
        if (userId == null) {
            return null;
        }
        Optional<UserAccount> u = account(userId);
        if (u.isEmpty()) {
            return RequesterFacts.unknown(userId);
        }
        Set<String> roles = grantRepository.effectiveRoles(u.get().id(), companyId, today.date());
        boolean main = companyRepository.find(companyId).map(c -> c.hasMainUser(u.get().id())).orElse(false);
        return new RequesterFacts(u.get().userId(), true, main && membershipRepository.find(u.get().id(), companyId)
                .map(m -> m.isValidOn(today.date())).orElse(false), roles.contains(CoreRoles.USER_ADMIN));
    }

    public Optional<Long> auditorOrganisation() {
        return companyRepository.auditorOrganisationId();
    }

    // ---------------------------------------------------------------- employees (SPEC 5.1-5.3)

    /** Whether the account has a membership in the company, whatever its validity. */
    public boolean hasMembership(long userAccountId, long companyId) {
        return membershipRepository.find(userAccountId, companyId).isPresent();
    }

    // ---------------------------------------------------------------- identity-provider link (SPEC 5.4)

    @Inject
    app.rolegate.idp.VerifiedDomains verifiedDomains;

    /** Whether the address's domain is one of the company's verified domains (exact match, case ignored). */
    public boolean domainVerified(long companyId, String email) {
        String domain = app.rolegate.idp.VerifiedDomains.domainOf(email);
        return domain != null && verifiedDomains.verified(companyId, domain);
    }

    /** The company's verified e-mail domains, lower-cased: for a bulk verification, one query. */
    public Set<String> verifiedDomains(long companyId) {
        return verifiedDomains.of(companyId);
    }
}
