package app.rolegate.company.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.administration.SystemGrants;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.company.application.CompanyResults.Created;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.ClientOpening;
import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.FirstUserFacts;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantRepository;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import app.rolegate.user.Accounts;
import app.rolegate.user.NewUser;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import app.rolegate.user.application.UserSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Companies: creation with the first user (SPEC 1, D1, D11), client companies (D13), main user (D8),
 * the auditors' organisation. Load the facts, let the policy decide, deny and audit, or write and
 * audit. One transaction per call; a client opening with all its propagation is one.
 */
@Stateless
public class CompanyAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    CompanyRepository companyRepository;

    @Inject
    UserRepository userRepository;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    GrantRepository grantRepository;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    SystemGrants systemGrants;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /**
     * Platform support creates a company with its first user, who becomes its main user with
     * USER_ADMIN, and FIRM_MAIN_USER where the company is an accounting firm: the system's grants (D1
     * note). With {@code openedUnder} it is a client company (D13).
     */
    public Created create(Actor actor, NewCompany cmd) {
        if (cmd.openedUnder() != null) {
            return openClient(actor, cmd);
        }
        AuditRecord attempt = AuditRecord.of(actor, "company.create", null, "company", cmd.name());
        FirstUserFacts first = firstUserFacts(cmd.firstUser());
        decisions.require(policy.createCompany(actor, first), attempt);
        if (cmd.accountingFirmId() != null) {
            Company firm = companyRepository.find(cmd.accountingFirmId()).orElseThrow(() -> new InvalidInputException(
                    "accountingFirmId", "no company " + cmd.accountingFirmId()));
            if (!firm.isAccountingFirm()) {
                throw new InvalidInputException("accountingFirmId", firm.name() + " is not an accounting firm");
            }
        }
        Company c = add(actor, cmd, cmd.accountingFirmId(), RuleId.SUPPORT);
        UserAccount firstUser = firstUser(actor, c, cmd.firstUser(), first);
        return new Created(CompanyView.of(c), UserSummary.of(firstUser), firstUser.primaryCompanyId() != c.id(), 0);
    }

    /**
     * D13: a FIRM_MAIN_USER of an accounting firm (their primary company) opens a client company under
     * a company where they hold USER_ADMIN. Every firm main user whose FIRM_MAIN_USER counts today gets
     * the client with the roles their definitions give, until their FIRM_MAIN_USER in the firm ends.
     */
    private Created openClient(Actor actor, NewCompany cmd) {
        AuditRecord attempt = AuditRecord.of(actor, "company.open-client", null, "company", cmd.name());
        decisions.require(policy.notServiceClient(actor), attempt);
        UserAccount opener = actor.isUser() ? userRepository.find(actor.accountId()).orElseThrow() : null;
        long firmId = opener == null ? -1 : opener.primaryCompanyId();
        ActorFacts inFirm = facts.actorIn(actor, firmId);
        ActorFacts under = facts.actorIn(actor, cmd.openedUnder());
        FirstUserFacts first = cmd.firstUser() == null ? null : firstUserFacts(cmd.firstUser());
        CompanyFacts client = new CompanyFacts(0, cmd.name(), false, firmId, cmd.payrollEnabled(), cmd.crmEnabled(), null);
        Map<String, RoleDefinition> given = policy.rolesForFirmMainUsersIn(client);
        List<GrantRepository.Holder> holders = inFirm.company() == null ? List.of()
                : grantRepository.effectiveHolders(firmId, CoreRoles.FIRM_MAIN_USER, today.date());
        List<ClientOpening.Propagated> propagated = new ArrayList<>();
        for (GrantRepository.Holder h : holders) {
            propagated.add(new ClientOpening.Propagated(TargetFacts.of(userRepository.find(h.userAccountId()).orElseThrow()),
                    Validity.of(null, h.until())));
        }
        ClientOpening opening = new ClientOpening(inFirm, under, cmd.accountingFirmId(), cmd.accountingFirm(),
                cmd.payrollEnabled(), first, propagated);
        // A refusal belongs to the company it was opened under where the opener is a member there (its
        // administrators see the attempt), else to the opener's firm, else to the platform (2.1).
        Long auditIn = under.member() ? Long.valueOf(cmd.openedUnder()) : inFirm.member() ? Long.valueOf(firmId) : null;
        decisions.require(policy.openClient(opening, given), attempt.inCompany(auditIn));
        Company c = add(actor, cmd, firmId, RuleId.D13);
        c.openedUnder(cmd.openedUnder());
        UserAccount firstUser = cmd.firstUser() == null ? null : firstUser(actor, c, cmd.firstUser(), first);
        for (GrantRepository.Holder h : holders) {
            UserAccount fmu = userRepository.find(h.userAccountId()).orElseThrow();
            Validity until = Validity.of(null, h.until());
            Membership m = membershipRepository.find(fmu.id(), c.id()).orElseGet(() -> memberships.open(fmu.id(), c,
                    new MembershipTerms(until, AccountingProfile.ALL_RIGHTS,
                            c.payrollEnabled() ? PayrollProfile.ALL_RIGHTS : null, null, null, null)));
            for (String role : given.keySet()) {
                if (!grantRepository.rolesHeld(fmu.id(), c.id()).contains(role)) {
                    systemGrants.grant(c, fmu, m, role, until, "D13: " + fmu.userId()
                            + " holds FIRM_MAIN_USER in the accounting firm");
                }
            }
        }
        return new Created(CompanyView.of(c), firstUser == null ? null : UserSummary.of(firstUser),
                firstUser != null && firstUser.primaryCompanyId() != c.id(), holders.size());
    }

    private Company add(Actor actor, NewCompany cmd, Long firmId, RuleId rule) {
        if (cmd.businessId() != null && companyRepository.businessIdTaken(cmd.businessId())) {
            throw new ConflictException("businessId '" + cmd.businessId() + "' is taken");
        }
        Company c = companyRepository.add(new Company(cmd.name(), cmd.businessId(), cmd.accountingFirm(), firmId,
                cmd.payrollEnabled(), cmd.crmEnabled(), today.now()));
        audit.allowed(AuditRecord.of(actor, "company.create", c.id(), "company", c.id()).rule(rule)
                .change(null, c.auditState()));
        return c;
    }

    /** Whom a first user resolves to: the holder of the identity code given, and the holder of the user id given. */
    private FirstUserFacts firstUserFacts(NewUser first) {
        TargetFacts byCode = first.identity() == null ? null
                : userRepository.findByIdentityCode(first.identity()).map(TargetFacts::of).orElse(null);
        TargetFacts byId = userRepository.findByUserId(first.userId()).map(TargetFacts::of).orElse(null);
        return new FirstUserFacts(first.userId(), byCode, byId);
    }

    /**
     * The first user becomes main user with USER_ADMIN, and FIRM_MAIN_USER in an accounting firm: the
     * system's grants, not the creator's. An identity code that exists authorises that person (D11).
     */
    private UserAccount firstUser(Actor actor, Company c, NewUser data, FirstUserFacts resolved) {
        Optional<UserAccount> existing = resolved.byIdentityCode() == null ? Optional.empty()
                : userRepository.find(resolved.byIdentityCode().accountId());
        UserAccount first;
        try {
            first = existing.orElseGet(() -> accounts.open(data, c.id(), actor.accountId()));
        } catch (InvalidInputException e) {
            throw e.within("firstUser");
        } catch (ConflictException e) {
            throw new ConflictException("firstUser: " + e.getMessage());
        }
        Membership m = memberships.open(first.id(), c, new MembershipTerms(null, AccountingProfile.ALL_RIGHTS,
                c.payrollEnabled() ? PayrollProfile.ALL_RIGHTS : null,
                c.crmEnabled() ? CrmProfile.ADMINISTRATION : null, null, null));
        c.assignMainUser(first.id());
        audit.allowed(AuditRecord.of(actor, existing.isPresent() ? "membership.authorise" : "user.create", c.id(),
                "user", first.userId()).rule(existing.isPresent() ? RuleId.D11 : RuleId.D2)
                .change(null, AuditState.of().with("membership", m.auditState()).with("mainUser", true)));
        List<String> systemRoles = c.isAccountingFirm() ? List.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER)
                : List.of(CoreRoles.USER_ADMIN);
        for (String role : systemRoles) {
            systemGrants.grant(c, first, m, role, null, "the company's first user");
        }
        return first;
    }

    /** A company is visible to its members and to platform support; to anybody else it does not exist (2.1). */
    public CompanyView get(Actor actor, long companyId) {
        seen(actor, companyId);
        return CompanyView.of(companyRepository.find(companyId).orElseThrow());
    }

    /**
     * The company as {@link #get} answers it, with the roles that count for the actor there today and whether
     * the policy lets them administer its users (D2): for the admin pages to offer only what the services
     * would allow. It decides nothing else and changes nothing.
     */
    public CompanyWorkspace workspace(Actor actor, long companyId) {
        ActorFacts a = seen(actor, companyId);
        return new CompanyWorkspace(CompanyView.of(companyRepository.find(companyId).orElseThrow()), a.roles(),
                policy.administer(a).allowed());
    }

    private ActorFacts seen(Actor actor, long companyId) {
        AuditRecord attempt = AuditRecord.of(actor, "company.read", companyId, "company", companyId);
        decisions.require(policy.notServiceClient(actor), attempt);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.seeCompany(a), attempt);
        return a;
    }

    /** D8: a USER_ADMIN of the company names a member as main user; never themself (D1). */
    public CompanyView setMainUser(Actor actor, long companyId, String userId) {
        AuditRecord attempt = AuditRecord.of(actor, "company.main-user", companyId, "user", userId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.setMainUser(a, userId), attempt);
        Optional<Facts.Member> member = facts.member(companyId, userId, false);
        decisions.require(policy.mainUserTarget(a, member.map(Facts.Member::facts).orElse(null)), attempt);
        UserAccount target = member.orElseThrow().account();
        Company c = companyRepository.find(companyId).orElseThrow();
        AuditState before = AuditState.of().with("mainUserId", c.mainUserId());
        c.assignMainUser(target.id());
        audit.allowed(attempt.target("user", target.userId()).rule(RuleId.D8)
                .change(before, AuditState.of().with("mainUserId", target.id())));
        companyRepository.flush();
        return CompanyView.of(c);
    }

    /** Platform support designates the auditors' organisation (D7 reads it). */
    public CompanyView setAuditorOrganisation(Actor actor, long companyId) {
        AuditRecord attempt = AuditRecord.of(actor, "platform.auditor-organisation", null, "company", companyId);
        decisions.require(policy.supportOnly(actor, "designates the auditors' organisation"), attempt);
        Company c = companyRepository.find(companyId).orElseThrow(NotFoundException::new);
        AuditState before = AuditState.of().with("companyId", companyRepository.auditorOrganisationId().orElse(null));
        companyRepository.setAuditorOrganisation(companyId);
        audit.allowed(attempt.rule(RuleId.D7).change(before, AuditState.of().with("companyId", companyId)));
        return CompanyView.of(c);
    }

    /** Which company is the auditors' organisation: platform support's to read, as it is its to set. */
    public Optional<Long> auditorOrganisation(Actor actor) {
        decisions.require(policy.supportOnly(actor, "reads the platform's settings"),
                AuditRecord.of(actor, "platform.auditor-organisation.read", null, "platform", null));
        return companyRepository.auditorOrganisationId();
    }
}
