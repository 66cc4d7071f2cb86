package app.rolegate.membership.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.administration.Views;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.membership.application.MembershipResults.AllCompanies;
import app.rolegate.membership.application.MembershipResults.Changed;
import app.rolegate.membership.application.MembershipResults.CompanyRef;
import app.rolegate.membership.application.MembershipResults.Created;
import app.rolegate.membership.application.MembershipResults.Removed;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.register.MemberDirectory;
import app.rolegate.register.MemberFilter;
import app.rolegate.template.UserTemplate;
import app.rolegate.template.UserTemplateRepository;
import app.rolegate.user.Accounts;
import app.rolegate.user.NewUser;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A company's users and memberships (D2, D9, D11, D12): create or authorise, list, read, change,
 * remove, and the bulk calls over all of a user's companies. Every operation has one shape: read the
 * facts, let the {@link DelegationPolicy} decide, deny and audit, or write and audit. One transaction
 * per call.
 */
@Stateless
public class MembershipAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    UserRepository userRepository;

    @Inject
    CompanyRepository companyRepository;

    @Inject
    GrantRepository grantRepository;

    @Inject
    MemberDirectory directory;

    @Inject
    UserTemplateRepository templates;

    @Inject
    Views views;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /**
     * D2: an administrator of the company creates a user there (primary company = this company). D11:
     * an identity code that already exists authorises that person instead, even one the actor could
     * not see, and never creates a duplicate. A template (SPEC 5.3) gives the defaults the request leaves open.
     */
    public Created createUser(Actor actor, long companyId, CreateUser cmd) {
        AuditRecord attempt = AuditRecord.of(actor, "user.create", companyId, "user", cmd.user().userId());
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.createUser(a), attempt);
        Company c = companyRepository.find(companyId).orElseThrow();
        UserTemplate template = cmd.template() == null ? null : templates.findByName(companyId, cmd.template())
                .orElseThrow(() -> new InvalidInputException("template", "the company has no user template '"
                        + cmd.template() + "'"));
        MembershipTerms terms = template == null ? cmd.terms() : withDefaults(cmd.terms(), template, c);
        Optional<UserAccount> person = cmd.user().identity() == null ? Optional.empty()
                : userRepository.findByIdentityCode(cmd.user().identity());
        if (person.isPresent()) {
            // The person's account is theirs already: a template gives this membership its profiles only.
            UserAccount p = person.get();
            AuditRecord authorise = AuditRecord.of(actor, "membership.authorise", companyId, "user", p.userId());
            decisions.require(policy.authoriseByIdentityCode(a, TargetFacts.of(p)), authorise);
            Membership m = memberships.open(p.id(), c, terms);
            audit.allowed(authorise.rule(RuleId.D11).change(null, m.auditState())
                    .detail("existing person found by identity code" + (template == null ? ""
                            : "; template " + template.name())));
            return new Created(views.member(p, c, m), true);
        }
        NewUser data = template != null && template.language() != null && cmd.user().uiLanguage() == null
                ? cmd.user().withUiLanguage(template.language()) : cmd.user();
        UserAccount u = accounts.open(data, companyId, actor.accountId());
        if (template != null) {
            u.setActivationPolicy(template.activation());
        }
        Membership m = memberships.open(u.id(), c, terms);
        audit.allowed(attempt.target("user", u.userId()).rule(RuleId.D2).change(null,
                AuditState.of().with("account", u.auditState()).with("membership", m.auditState()))
                .detail(template == null ? null : "template " + template.name()));
        return new Created(views.member(u, c, m), false);
    }

    /** SPEC 5.3: a template's profiles where the request names none, and only those the company has. */
    private static MembershipTerms withDefaults(MembershipTerms t, UserTemplate template, Company c) {
        return new MembershipTerms(t.validity(),
                t.accountingProfile() != null ? t.accountingProfile() : template.accountingProfile(),
                t.payrollProfile() != null || !c.payrollEnabled() ? t.payrollProfile() : template.payrollProfile(),
                t.crmProfile() != null || !c.crmEnabled() ? t.crmProfile() : template.crmProfile(),
                t.overrides(), t.expectedVersion());
    }

    /** D2: the register of the company, for its administrators only. */
    public Page<MemberView> members(Actor actor, long companyId, MemberFilter filter, int page, int size) {
        AuditRecord attempt = AuditRecord.of(actor, "members.list", companyId, "company", companyId);
        decisions.require(policy.administer(facts.actorIn(actor, companyId)), attempt);
        if (filter.role() != null) {
            policy.role(filter.role());
        }
        MemberDirectory.Found found = directory.list(companyId, filter, Page.offset(page, size), size);
        Company c = companyRepository.find(companyId).orElseThrow();
        List<MemberView> rows = views.rows(c, found.rows().stream().map(MemberDirectory.Row::user).toList(),
                found.rows().stream().map(MemberDirectory.Row::membership).toList());
        return new Page<>(rows, page, size, found.total());
    }

    /** One membership: for the company's administrators, and for the user themself. */
    public MemberView membership(Actor actor, long companyId, String userId) {
        AuditRecord attempt = AuditRecord.of(actor, "membership.read", companyId, "user", userId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(a.isSelf(userId) ? policy.seeCompany(a) : policy.administer(a), attempt);
        Facts.Member m = facts.member(companyId, userId, false).orElseThrow(() -> hidden(attempt));
        return views.member(m.account(), companyRepository.find(companyId).orElseThrow(), m.membership(), m.grants());
    }

    /**
     * Changes a membership's profiles, overrides and validity (D1, D2, D9, D6's warning), or, where the
     * user is not yet a member, authorises an existing user the actor can see (D11).
     */
    public Changed putMembership(Actor actor, long companyId, String userId, ChangeMembership cmd) {
        AuditRecord attempt = AuditRecord.of(actor, "membership.change", companyId, "user", userId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerMember(a, userId), attempt);
        Company c = companyRepository.find(companyId).orElseThrow();
        Optional<Facts.Member> found = facts.member(companyId, userId, true);
        if (found.isEmpty()) {
            AuditRecord authorise = attempt.rename("membership.authorise");
            UserAccount u = facts.account(userId).orElseThrow(() -> hidden(authorise));
            decisions.require(policy.authoriseExisting(a, TargetFacts.of(u), facts.visible(actor, u)),
                    authorise.target("user", u.userId()));
            Membership m = memberships.open(u.id(), c, cmd.terms());
            audit.allowed(authorise.target("user", u.userId()).rule(RuleId.D11).change(null, m.auditState()));
            return new Changed(views.member(u, c, m), true, List.of());
        }
        Facts.Member m = found.get();
        AuditRecord change = attempt.target("user", m.account().userId());
        if (cmd.ifMatch() != null && cmd.ifMatch() != m.membership().version()) {
            throw new PreconditionFailedException("The membership was changed since it was read (version "
                    + m.membership().version() + ", If-Match named " + cmd.ifMatch() + "); reload it and try again");
        }
        Decision d = decisions.require(policy.changeMembership(a, m.facts(), cmd.terms().validity(),
                cmd.terms().payrollProfile(), cmd.confirmPrimary(), today.date()), change);
        AuditState before = m.membership().auditState();
        memberships.apply(m.membership(), c, cmd.terms());
        audit.allowed(change.rule(d.rule()).change(before, m.membership().auditState())
                .detail(d.warnings().isEmpty() ? null : String.join("; ", d.warnings())));
        membershipRepository.flush();
        return new Changed(views.member(m.account(), c, m.membership(), m.grants()), false, d.warnings());
    }

    /**
     * D9: any USER_ADMIN or FIRM_MAIN_USER of the company removes a membership (not their own, D1).
     * Removing the one in the user's primary company must be confirmed: the user then logs in
     * nowhere, and billing stops.
     */
    public Removed removeMembership(Actor actor, long companyId, String userId, boolean confirmPrimary) {
        AuditRecord attempt = AuditRecord.of(actor, "membership.remove", companyId, "user", userId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerMember(a, userId), attempt);
        Facts.Member m = facts.member(companyId, userId, true).orElseThrow(() -> hidden(attempt));
        AuditRecord removal = attempt.target("user", m.account().userId());
        decisions.require(policy.removeMembership(a, m.facts(), confirmPrimary), removal);
        boolean primary = m.facts().primary(companyId);
        remove(removal, companyRepository.find(companyId).orElseThrow(), m, primary);
        return new Removed(primary, m.grants().size());
    }

    private void remove(AuditRecord event, Company c, Facts.Member m, boolean primary) {
        AuditState before = AuditState.of().with("membership", m.membership().auditState())
                .with("roles", m.grants().stream().map(Grant::auditState).toList());
        m.grants().forEach(grantRepository::remove);
        if (c.hasMainUser(m.account().id())) {
            c.assignMainUser(null);
        }
        membershipRepository.remove(m.membership());
        audit.allowed(event.inCompany(c.id()).rule(RuleId.D9).change(before, null)
                .detail(primary ? "primary company membership removed (confirmed)" : null));
    }

    /**
     * D9: removes the user from every company where the actor holds USER_ADMIN, and no other; with the
     * confirmation where the primary company is among them. Says how many and which.
     */
    public AllCompanies removeFromAll(Actor actor, String userId, boolean confirmPrimary) {
        AuditRecord attempt = AuditRecord.of(actor, "membership.remove-all", null, "user", userId);
        Touched t = touched(actor, userId, attempt);
        boolean primaryTouched = t.memberships().stream().anyMatch(m -> m.companyId() == t.user().primaryCompanyId());
        decisions.require(policy.allCompanies(actor, TargetFacts.of(t.user()), t.visible(), RuleId.D9, t.names(),
                primaryTouched, confirmPrimary), attempt.target("user", t.user().userId()));
        List<CompanyRef> done = new ArrayList<>();
        for (Membership m : t.memberships()) {
            Company c = t.companies().get(m.companyId());
            Facts.Member locked = facts.member(c.id(), t.user().userId(), true).orElseThrow();
            remove(attempt.target("user", t.user().userId()), c, locked, m.companyId() == t.user().primaryCompanyId());
            done.add(new CompanyRef(c.id(), c.name()));
        }
        return new AllCompanies(done.size(), done);
    }

    /**
     * D12: sets the user's validity end in every company where the actor holds USER_ADMIN, and no
     * other; ending the primary company's membership needs D9's confirmation. Says how many and which.
     */
    public AllCompanies validityForAll(Actor actor, String userId, LocalDate validTo, boolean confirmPrimary) {
        AuditRecord attempt = AuditRecord.of(actor, "membership.validity-all", null, "user", userId);
        Validity.checkDate("validTo", validTo);
        Touched t = touched(actor, userId, attempt);
        boolean primaryEnds = validTo != null
                && t.memberships().stream().anyMatch(m -> m.companyId() == t.user().primaryCompanyId());
        decisions.require(policy.allCompanies(actor, TargetFacts.of(t.user()), t.visible(), RuleId.D12, t.names(),
                primaryEnds, confirmPrimary), attempt.target("user", t.user().userId()));
        List<CompanyRef> done = new ArrayList<>();
        for (Membership m : t.memberships()) {
            Company c = t.companies().get(m.companyId());
            Membership locked = membershipRepository.findForUpdate(t.user().id(), c.id()).orElseThrow();
            AuditState before = locked.auditState();
            locked.setValidity(Validity.of(locked.validity().validFrom(), validTo));
            audit.allowed(AuditRecord.of(actor, "membership.validity-all", c.id(), "user", t.user().userId())
                    .rule(RuleId.D12).change(before, locked.auditState()));
            done.add(new CompanyRef(c.id(), c.name()));
        }
        return new AllCompanies(done.size(), done);
    }

    /** The user (visible or not), and their memberships in companies where the actor holds USER_ADMIN today. */
    private record Touched(UserAccount user, boolean visible, List<Membership> memberships, Map<Long, Company> companies) {
        List<String> names() {
            return memberships.stream().map(m -> companies.get(m.companyId()).name()).toList();
        }
    }

    private Touched touched(Actor actor, String userId, AuditRecord attempt) {
        decisions.require(policy.notServiceClient(actor), attempt);
        if (actor.isUser() && userId != null && actor.name().equalsIgnoreCase(userId.strip())) {
            decisions.require(Decision.deny(RuleId.D1, "Nobody changes or removes their own memberships"), attempt);
        }
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        boolean visible = facts.visible(actor, u);
        if (!visible) {
            return new Touched(u, false, List.of(), Map.of());
        }
        Set<Long> adminIn = actor.isUser() ? grantRepository.companiesWhereEffective(actor.accountId(),
                List.of(CoreRoles.USER_ADMIN), today.date()) : Set.of();
        List<Membership> ms = membershipRepository.ofUser(u.id()).stream()
                .filter(m -> adminIn.contains(m.companyId())).sorted(Comparator.comparing(Membership::companyId)).toList();
        Map<Long, Company> companies = companyRepository.findAll(ms.stream().map(Membership::companyId).toList())
                .stream().collect(Collectors.toMap(Company::id, Function.identity()));
        return new Touched(u, true, ms, companies);
    }

    /**
     * A page of the user's memberships that the actor may see (D9): all of them for the user themself
     * and platform support, otherwise those in companies where the actor's USER_ADMIN counts today.
     */
    public Page<MemberView> membershipsOf(Actor actor, String userId, int page, int size) {
        AuditRecord attempt = AuditRecord.of(actor, "user.memberships", null, "user", userId);
        decisions.require(policy.notServiceClient(actor), attempt);
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        decisions.require(policy.seeUser(actor, TargetFacts.of(u), facts.visible(actor, u)),
                attempt.target("user", u.userId()));
        if (actor.is(u.id()) || actor.platformSupport()) {
            return new Page<>(views.memberships(u, membershipRepository.ofUser(u.id(), Page.offset(page, size), size)),
                    page, size, membershipRepository.countOfUser(u.id()));
        }
        LocalDate day = today.date();
        List<Membership> ms = grantRepository.membershipsWhereEffective(u.id(), actor.accountId(), CoreRoles.USER_ADMIN,
                day, Page.offset(page, size), size);
        return new Page<>(views.memberships(u, ms), page, size,
                grantRepository.countMembershipsWhereEffective(u.id(), actor.accountId(), CoreRoles.USER_ADMIN, day));
    }

    /** A page of the caller's own memberships with their roles, by company id: a firm main user may have thousands. */
    public Page<MemberView> myMemberships(Actor actor, int page, int size) {
        decisions.require(policy.notServiceClient(actor), AuditRecord.of(actor, "me", null, "user", actor.name()));
        UserAccount u = userRepository.find(actor.accountId()).orElseThrow(NotFoundException::new);
        return new Page<>(views.memberships(u, membershipRepository.ofUser(u.id(), Page.offset(page, size), size)),
                page, size, membershipRepository.countOfUser(u.id()));
    }

    private NotFoundException hidden(AuditRecord attempt) {
        return decisions.hidden(attempt, "no such user, or not a member of the company");
    }
}
