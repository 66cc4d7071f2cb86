package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.Accounts;
import app.rolegate.user.NewUser;
import app.rolegate.user.PasswordHasher;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Users and memberships of a company: D2, D9, D10, D11, D12, D14. One transaction per call. */
@Stateless
public class UserAdministration {
    @Inject
    Access access;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    GrantRepository grants;

    @Inject
    MemberDirectory directory;

    @Inject
    Today today;

    @Inject
    AuditLog audit;

    public record Created(MemberView member, boolean existingPersonAuthorised) {
    }

    /**
     * D2: a USER_ADMIN or FIRM_MAIN_USER of the company creates a user there (primary company =
     * this company). D11: an identity code that already exists authorises that person instead,
     * even one the actor could not see, and never creates a duplicate.
     */
    public Created createUser(Actor actor, long companyId, NewUser data, MembershipTerms terms) {
        Company c = access.company(companyId);
        AuditRecord attempt = AuditRecord.of(actor, "user.create", companyId, "user", data.userId());
        access.requireAdministers(actor, c, attempt);
        PersonalIdentityCode identity = data.identity();
        Optional<UserAccount> existing = identity == null ? Optional.empty() : users.findByIdentityCode(identity);
        if (existing.isPresent()) {
            UserAccount person = existing.get();
            Membership m = memberships.open(person.id(), c, terms);
            audit.allowed(AuditRecord.of(actor, "membership.authorise", companyId, "user", person.userId())
                    .rule(RuleId.D11).change(null, m.describe()).detail("existing person found by identity code"));
            return new Created(view(person, c, m), true);
        }
        UserAccount u = accounts.open(data, companyId, actor.accountId());
        Membership m = memberships.open(u.id(), c, terms);
        audit.allowed(AuditRecord.of(actor, "user.create", companyId, "user", u.userId()).rule(RuleId.D2)
                .change(null, m.describe()));
        return new Created(view(u, c, m), false);
    }

    /** D2: the members list, for the company's administrators only. */
    public MemberDirectory.Page members(Actor actor, long companyId, MemberFilter filter, int page, int size) {
        Company c = access.company(companyId);
        access.requireAdministers(actor, c, AuditRecord.of(actor, "members.list", companyId, "company", companyId));
        return directory.list(companyId, filter, page, size);
    }

    /** One membership: for the company's administrators, and for the user themself. */
    public MemberView membership(Actor actor, long companyId, String userId) {
        Company c = access.company(companyId);
        UserAccount u = users.findByUserId(userId).orElse(null);
        if (u == null || !actor.is(u.id())) {
            access.requireAdministers(actor, c, AuditRecord.of(actor, "membership.read", companyId, "user", userId));
        }
        if (u == null) {
            throw new NotFoundException("no user '" + userId + "'");
        }
        Membership m = membershipRepository.find(u.id(), companyId)
                .orElseThrow(() -> new NotFoundException(userId + " is not a member of " + c.name()));
        return view(u, c, m);
    }

    public record PutResult(MemberView member, boolean created) {
    }

    /**
     * Changes a membership's profiles, overrides and validity (D1, D2), or, where the user is not yet
     * a member, authorises an existing user the actor can see (D11).
     */
    public PutResult putMembership(Actor actor, long companyId, String userId, MembershipTerms terms) {
        Company c = access.company(companyId);
        AuditRecord attempt = AuditRecord.of(actor, "membership.change", companyId, "user", userId);
        if (isSelf(actor, userId)) { // D1 before D2: not even an administrator (or platform support) changes their own
            throw access.deny(attempt, RuleId.D1, "Nobody changes profiles or validity on their own membership");
        }
        access.requireAdministers(actor, c, attempt);
        UserAccount u = access.user(userId);
        Optional<Membership> found = membershipRepository.find(u.id(), companyId);
        if (found.isEmpty()) {
            AuditRecord authorise = AuditRecord.of(actor, "membership.authorise", companyId, "user", userId);
            if (!access.canSee(actor, u)) {
                throw access.deny(authorise, RuleId.D11, "Only a user you can see (a member of a company you"
                        + " administer) is authorised this way; add an outside person by identity code");
            }
            Membership m = memberships.open(u.id(), c, terms);
            audit.allowed(authorise.rule(RuleId.D11).change(null, m.describe()));
            return new PutResult(view(u, c, m), true);
        }
        Membership m = found.get();
        String before = m.describe();
        memberships.apply(m, c, terms);
        audit.allowed(attempt.rule(RuleId.D2).change(before, m.describe()));
        return new PutResult(view(u, c, m), false);
    }

    /** Whether the user id names the actor's own account (and nobody else's: no existence is revealed). */
    private boolean isSelf(Actor actor, String userId) {
        return actor.isUser() && users.findByUserId(userId).map(u -> actor.is(u.id())).orElse(false);
    }

    public record Removal(boolean primaryCompany, int grantsRemoved) {
    }

    /**
     * D9: any USER_ADMIN or FIRM_MAIN_USER of the company removes a membership (not their own, D1).
     * Removing the one in the user's primary company must be confirmed: the user then logs in
     * nowhere, and billing stops.
     */
    public Removal removeMembership(Actor actor, long companyId, String userId, boolean confirmPrimary) {
        Company c = access.company(companyId);
        AuditRecord attempt = AuditRecord.of(actor, "membership.remove", companyId, "user", userId);
        if (isSelf(actor, userId)) { // D1 before D2, as for grants
            throw access.deny(attempt, RuleId.D1, "Nobody removes their own membership");
        }
        access.requireAdministers(actor, c, attempt);
        UserAccount u = access.user(userId);
        Membership m = membershipRepository.find(u.id(), companyId)
                .orElseThrow(() -> new NotFoundException(userId + " is not a member of " + c.name()));
        boolean primary = u.primaryCompanyId() == companyId;
        if (primary && !confirmPrimary) {
            throw new InvalidInputException("confirmPrimary", "D9: " + c.name() + " is " + userId
                    + "'s primary company; afterwards the user cannot log in to any company and billing stops."
                    + " Repeat with confirmPrimary=true to remove it");
        }
        List<Grant> held = grants.ofMembership(m.id());
        String before = m.describe() + held.stream().map(Grant::describe).collect(Collectors.joining(",", "[", "]"));
        held.forEach(grants::remove);
        if (c.hasMainUser(u.id())) {
            c.assignMainUser(null);
        }
        membershipRepository.remove(m);
        audit.allowed(attempt.rule(RuleId.D9).change(before, null)
                .detail(primary ? "primary company membership removed (confirmed)" : null));
        return new Removal(primary, held.size());
    }

    /** An account: to the user, their administrators (D2) and platform support; to others it does not exist. */
    public UserAccount user(Actor actor, String userId) {
        UserAccount u = users.findByUserId(userId).orElseThrow(() -> new NotFoundException("no user '" + userId + "'"));
        if (!access.canSee(actor, u)) {
            throw new NotFoundException("no user '" + userId + "'");
        }
        return u;
    }

    /**
     * D10: personal data only by the user or the account's creator; own e-mail, phone, language
     * and password by the user; register fields by the administrators of the primary company;
     * D14: primary company only by platform support at the request of a USER_ADMIN of the new one.
     */
    public UserAccount patchUser(Actor actor, String userId, UserPatch p) {
        UserAccount u = user(actor, userId);
        AuditRecord attempt = AuditRecord.of(actor, "user.change", u.primaryCompanyId(), "user", u.userId());
        boolean self = actor.is(u.id());
        boolean creator = u.createdBy() != null && actor.is(u.createdBy());
        for (String f : p.present()) {
            if (UserPatch.PRIMARY.contains(f)) {
                continue;
            }
            if (UserPatch.PERSONAL.contains(f) && !(self || creator)) {
                throw access.deny(attempt.detail(f), RuleId.D10,
                        "Personal data (" + f + ") is edited only by the user or by the user who created the account");
            }
            if ((f.equals("uiLanguage") || f.equals("password") || f.equals("currentPassword")) && !self) {
                throw access.deny(attempt.detail(f), RuleId.D10, f + " is changed only by the user");
            }
            if (UserPatch.REGISTER.contains(f) && !(self && UserPatch.OWN.contains(f))) {
                if (self) {
                    throw access.deny(attempt.detail(f), RuleId.D1, "Nobody changes " + f + " on their own account");
                }
                if (!Access.administers(access.rolesOf(actor, u.primaryCompanyId()))) {
                    throw access.deny(attempt.detail(f), RuleId.D2, f + " is changed by a USER_ADMIN or"
                            + " FIRM_MAIN_USER of the user's primary company");
                }
            }
        }
        String before = describe(u);
        if (p.has("primaryCompanyId")) {
            changePrimaryCompany(actor, u, p, attempt);
        }
        if (p.has("password")) {
            if (p.currentPassword() == null || !PasswordHasher.verify(p.currentPassword(), u.passwordHash())) {
                throw new InvalidInputException("currentPassword", "currentPassword does not match");
            }
            u.setPasswordHash(accounts.hash(p.password()));
        }
        if (p.has("firstName")) u.setFirstName(p.firstName());
        if (p.has("lastName")) u.setLastName(p.lastName());
        if (p.has("email")) u.setEmail(p.email());
        if (p.has("phone")) u.setPhone(p.phone());
        if (p.has("uiLanguage")) u.setUiLanguage(p.uiLanguage());
        if (p.has("personalIdentityCode") || p.has("country")) accounts.changeIdentity(u, p.identity());
        if (p.has("aliasUserId")) accounts.changeAlias(u, p.aliasUserId());
        if (p.has("signature")) u.setSignature(p.signature());
        if (p.has("cardId")) accounts.changeCardId(u, p.cardId());
        if (p.has("showInstructionVideos")) u.setShowInstructionVideos(Boolean.TRUE.equals(p.showInstructionVideos()));
        if (p.has("active")) u.setActive(Boolean.TRUE.equals(p.active()));
        audit.allowed(attempt.rule(p.has("primaryCompanyId") ? RuleId.D14 : RuleId.D10).change(before, describe(u)));
        return u;
    }

    private void changePrimaryCompany(Actor actor, UserAccount u, UserPatch p, AuditRecord attempt) {
        if (!actor.platformSupport()) {
            throw access.deny(attempt, RuleId.D14, "A primary company is changed only by platform support");
        }
        if (p.primaryCompanyId() == null) {
            throw new InvalidInputException("primaryCompanyId", "primaryCompanyId may not be null");
        }
        Company target = companies.find(p.primaryCompanyId())
                .orElseThrow(() -> new InvalidInputException("primaryCompanyId", "no company " + p.primaryCompanyId()));
        if (p.requestedBy() == null) {
            throw new InvalidInputException("requestedBy", "D14: name the USER_ADMIN of " + target.name()
                    + " who requested the change");
        }
        UserAccount requester = users.findByUserId(p.requestedBy())
                .orElseThrow(() -> new InvalidInputException("requestedBy", "no user '" + p.requestedBy() + "'"));
        if (!access.rolesOf(requester.id(), target.id()).contains(CoreRoles.USER_ADMIN)) {
            throw access.deny(attempt, RuleId.D14, p.requestedBy() + " is not a USER_ADMIN of " + target.name()
                    + ", the new primary company");
        }
        if (!access.isMember(u.id(), target.id())) {
            throw new InvalidInputException("primaryCompanyId", u.userId() + " is not a member of " + target.name()
                    + "; authorise the user there first");
        }
        u.movePrimaryCompany(target.id());
    }

    /** D9: the user's memberships that the actor sees: where the actor is USER_ADMIN (all of them for the user themself). */
    /**
     * A page of the memberships of the user that the actor may see (D9): all for the user themself and
     * platform support, otherwise those in companies where the actor's USER_ADMIN counts today. The
     * page and the count come from the database; only the page becomes views.
     */
    public MembershipPage membershipsOf(Actor actor, String userId, int page, int size) {
        UserAccount u = user(actor, userId);
        if (actor.is(u.id()) || actor.platformSupport()) {
            return new MembershipPage(views(u, membershipRepository.ofUser(u.id(), page * size, size)),
                    membershipRepository.countOfUser(u.id()));
        }
        if (!actor.isUser()) {
            return new MembershipPage(List.of(), 0);
        }
        LocalDate day = today.date();
        return new MembershipPage(views(u, grants.membershipsWhereEffective(u.id(), actor.accountId(),
                CoreRoles.USER_ADMIN, day, page * size, size)),
                grants.countMembershipsWhereEffective(u.id(), actor.accountId(), CoreRoles.USER_ADMIN, day));
    }

    public record ValidityUpdate(List<Company> companies) {
    }

    /** D12: sets the user's validity end in every company where the actor holds USER_ADMIN, and no other. */
    public ValidityUpdate validityForAll(Actor actor, String userId, LocalDate validTo) {
        UserAccount u = user(actor, userId);
        AuditRecord attempt = AuditRecord.of(actor, "membership.validity-all", null, "user", u.userId());
        if (actor.is(u.id())) {
            throw access.deny(attempt, RuleId.D1, "Nobody changes the validity of their own memberships");
        }
        Set<Long> adminIn = access.userAdminCompanies(actor);
        List<Membership> targets = membershipRepository.ofUser(u.id()).stream()
                .filter(m -> adminIn.contains(m.companyId())).toList();
        if (targets.isEmpty()) {
            throw access.deny(attempt, RuleId.D12, "You hold USER_ADMIN in none of " + u.userId() + "'s companies");
        }
        Map<Long, Company> byId = companies.findAll(targets.stream().map(Membership::companyId).toList()).stream()
                .collect(Collectors.toMap(Company::id, Function.identity()));
        List<Company> changed = new ArrayList<>();
        for (Membership m : targets) {
            String before = m.describe();
            m.setValidity(Validity.of(m.validity().validFrom(), validTo));
            audit.allowed(AuditRecord.of(actor, "membership.validity-all", m.companyId(), "user", u.userId())
                    .rule(RuleId.D12).change(before, m.describe()));
            changed.add(byId.get(m.companyId()));
        }
        return new ValidityUpdate(changed);
    }

    /** The caller with all their memberships and grants. */
    /** A page of the caller's own memberships with their roles, by company id: a firm main user may have thousands. */
    public MembershipPage myMemberships(Actor actor, int page, int size) {
        if (!actor.isUser()) {
            return new MembershipPage(List.of(), 0);
        }
        UserAccount u = users.find(actor.accountId()).orElseThrow(() -> new NotFoundException("no such account"));
        return new MembershipPage(views(u, membershipRepository.ofUser(u.id(), page * size, size)),
                membershipRepository.countOfUser(u.id()));
    }

    /** One page of memberships and how many there are in all. */
    public record MembershipPage(List<MemberView> items, long total) {
    }

    private MemberView view(UserAccount u, Company c, Membership m) {
        m.overrides(); // read inside the transaction
        return new MemberView(u, c, m, grants.ofMembership(m.id()));
    }

    private List<MemberView> views(UserAccount u, List<Membership> ms) {
        Map<Long, Company> byId = companies.findAll(ms.stream().map(Membership::companyId).toList()).stream()
                .collect(Collectors.toMap(Company::id, Function.identity()));
        Map<Long, List<Grant>> byMembership = grants.ofMemberships(ms.stream().map(Membership::id).toList());
        List<MemberView> result = new ArrayList<>();
        for (Membership m : ms) {
            result.add(new MemberView(u, byId.get(m.companyId()), m, byMembership.getOrDefault(m.id(), List.of())));
        }
        return result;
    }

    static String describe(UserAccount u) {
        return "{\"firstName\":" + q(u.firstName()) + ",\"lastName\":" + q(u.lastName()) + ",\"email\":" + q(u.email())
                + ",\"phone\":" + q(u.phone()) + ",\"uiLanguage\":" + q(u.uiLanguage()) + ",\"aliasUserId\":"
                + q(u.aliasUserId()) + ",\"cardId\":" + q(u.cardId()) + ",\"signature\":" + q(u.signature())
                + ",\"active\":" + u.isActive() + ",\"primaryCompanyId\":" + u.primaryCompanyId()
                + ",\"identity\":" + (u.personalIdentityCode() == null ? "null" : "\"(set)\"") + "}";
    }

    private static String q(String v) {
        return v == null ? "null" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
