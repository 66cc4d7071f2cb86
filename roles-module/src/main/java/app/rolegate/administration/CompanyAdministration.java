package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.DelegationEngine;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.Membership;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.AccessDeniedException;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.user.Accounts;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Companies: creation with the first user, main user (D8), the auditors' organisation. */
@Stateless
public class CompanyAdministration {
    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    Grants grants;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    @Inject
    GrantRepository grantRepository;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    DelegationEngine engine;

    /** The created company and its first user. */
    public record Created(Company company, UserAccount firstUser, boolean existingPersonAuthorised) {
    }

    /**
     * Platform support creates a company with its first user, who becomes its main user with
     * USER_ADMIN, and FIRM_MAIN_USER where the company is an accounting firm. These are the system's
     * grants (D1 note), recorded as AUTOMATIC.
     */
    public Created create(Actor actor, NewCompany cmd) {
        if (cmd.openedUnder() != null) {
            return openClient(actor, cmd);
        }
        AuditRecord attempt = AuditRecord.of(actor, "company.create", null, "company", cmd.name());
        if (!actor.platformSupport()) {
            audit.denied(attempt.detail("only platform support creates companies"));
            throw new AccessDeniedException("Only platform support creates companies; an accounting firm's main"
                    + " user opens client companies with openedUnder (D13)");
        }
        if (cmd.firstUser() == null) {
            throw new InvalidInputException("firstUser", "firstUser is required");
        }
        if (cmd.accountingFirmId() != null) {
            Company firm = companies.find(cmd.accountingFirmId())
                    .orElseThrow(() -> new InvalidInputException("accountingFirmId", "no company " + cmd.accountingFirmId()));
            if (!firm.isAccountingFirm()) {
                throw new InvalidInputException("accountingFirmId", firm.name() + " is not an accounting firm");
            }
        }
        Company c = add(actor, cmd, cmd.accountingFirmId(), RuleId.D2);
        UserAccount first = firstUser(actor, c, cmd);
        return new Created(c, first, first.primaryCompanyId() != c.id());
    }

    /**
     * D13: a FIRM_MAIN_USER of an accounting firm (their primary company) opens a client company
     * under a company where they hold USER_ADMIN. The client's firm is always the opener's primary
     * company, and every FIRM_MAIN_USER of the firm gets the client with the roles their
     * definitions give (FIRM_MAIN_USER, USER_ADMIN, BOOKKEEPER, and PAYROLL_CALCULATOR where payroll
     * is on), even one without USER_ADMIN in the firm itself.
     */
    private Created openClient(Actor actor, NewCompany cmd) {
        AuditRecord attempt = AuditRecord.of(actor, "company.open-client", cmd.openedUnder(), "company", cmd.name());
        if (!actor.isUser()) {
            throw access.deny(attempt, RuleId.D13, "Only a user holding FIRM_MAIN_USER opens client companies");
        }
        UserAccount opener = users.find(actor.accountId()).orElseThrow();
        Company firm = access.company(opener.primaryCompanyId());
        if (!firm.isAccountingFirm() || !access.rolesOf(actor, firm.id()).contains(CoreRoles.FIRM_MAIN_USER)) {
            throw access.deny(attempt, RuleId.D13, "Only a FIRM_MAIN_USER of an accounting firm (their primary company)"
                    + " opens client companies");
        }
        Company under = companies.find(cmd.openedUnder())
                .orElseThrow(() -> new InvalidInputException("openedUnder", "no company " + cmd.openedUnder()));
        if (!access.rolesOf(actor, under.id()).contains(CoreRoles.USER_ADMIN)) {
            throw access.deny(attempt, RuleId.D13, "A client company is opened under a company where you hold"
                    + " USER_ADMIN; you do not in " + under.name());
        }
        if (cmd.accountingFirmId() != null && !cmd.accountingFirmId().equals(firm.id())) {
            throw new InvalidInputException("accountingFirmId", "a client company's accounting firm is always the"
                    + " opener's primary company, " + firm.name());
        }
        if (cmd.accountingFirm()) {
            throw new InvalidInputException("accountingFirm", "a client company is not an accounting firm");
        }
        Company c = add(actor, cmd, firm.id(), RuleId.D13);
        c.openedUnder(under.id());
        UserAccount first = cmd.firstUser() == null ? null : firstUser(actor, c, cmd);
        for (Long holder : grantRepository.effectiveHolders(firm.id(), CoreRoles.FIRM_MAIN_USER, today.date())) {
            UserAccount fmu = users.find(holder).orElseThrow();
            Membership m = membershipRepository.find(fmu.id(), c.id())
                    .orElseGet(() -> memberships.open(fmu.id(), c, new MembershipTerms(null, AccountingProfile.ALL_RIGHTS,
                            c.payrollEnabled() ? PayrollProfile.ALL_RIGHTS : null, null, null, null)));
            for (RoleDefinition role : engine.roles().values()) {
                if (role.givenToFirmMainUsersInNewClient(c) && !grantRepository.rolesHeld(fmu.id(), c.id()).contains(role.code())) {
                    grants.grant(grants.request(Actor.system(), c, fmu, GrantOrigin.AUTOMATIC), m, role.code(), null,
                            null, null, null);
                }
            }
        }
        return new Created(c, first, first != null && first.primaryCompanyId() != c.id());
    }

    private Company add(Actor actor, NewCompany cmd, Long firmId, RuleId rule) {
        if (cmd.businessId() != null && companies.businessIdTaken(cmd.businessId())) {
            throw new ConflictException("businessId '" + cmd.businessId() + "' is taken");
        }
        Company c = companies.add(new Company(cmd.name(), cmd.businessId(), cmd.accountingFirm(), firmId,
                cmd.payrollEnabled(), cmd.crmEnabled(), today.now()));
        audit.allowed(AuditRecord.of(actor, "company.create", c.id(), "company", c.id()).rule(rule)
                .change(null, describe(c)));
        return c;
    }

    /**
     * The first user becomes main user with USER_ADMIN, and FIRM_MAIN_USER in an accounting firm:
     * the system's grants (AUTOMATIC), not the creator's. An identity code that exists authorises
     * that person (D11) instead of creating a duplicate.
     */
    private UserAccount firstUser(Actor actor, Company c, NewCompany cmd) {
        Optional<UserAccount> existing;
        UserAccount first;
        try {
            PersonalIdentityCode identity = cmd.firstUser().identity();
            existing = identity == null ? Optional.empty() : users.findByIdentityCode(identity);
            first = existing.orElseGet(() -> accounts.open(cmd.firstUser(), c.id(), actor.accountId()));
        } catch (InvalidInputException e) {
            throw e.within("firstUser");
        }
        Membership m = memberships.open(first.id(), c, new MembershipTerms(null, AccountingProfile.ALL_RIGHTS,
                c.payrollEnabled() ? PayrollProfile.ALL_RIGHTS : null,
                c.crmEnabled() ? CrmProfile.ADMINISTRATION : null, null, null));
        c.assignMainUser(first.id());
        audit.allowed(AuditRecord.of(actor, existing.isPresent() ? "membership.authorise" : "user.create", c.id(),
                "user", first.userId()).rule(existing.isPresent() ? RuleId.D11 : RuleId.D2).change(null, m.describe()));
        List<String> systemRoles = c.isAccountingFirm() ? List.of(CoreRoles.USER_ADMIN, CoreRoles.FIRM_MAIN_USER)
                : List.of(CoreRoles.USER_ADMIN);
        for (String role : systemRoles) {
            grants.grant(grants.request(Actor.system(), c, first, GrantOrigin.AUTOMATIC), m, role, null, null, null,
                    null);
        }
        return first;
    }

    /** A company is visible to its members and to platform support; to anybody else it does not exist. */
    public Company get(Actor actor, long companyId) {
        Company c = access.company(companyId);
        if (actor.platformSupport() || actor.serviceClient()
                || (actor.isUser() && access.isMember(actor.accountId(), companyId))) {
            return c;
        }
        throw new NotFoundException("no company " + companyId);
    }

    /** D8: a USER_ADMIN of the company names a member as main user; never themself (D1: it widens their own rights). */
    public Company setMainUser(Actor actor, long companyId, String userId) {
        Company c = access.company(companyId);
        AuditRecord attempt = AuditRecord.of(actor, "company.main-user", companyId, "user", userId);
        if (!access.rolesOf(actor, companyId).contains(CoreRoles.USER_ADMIN)) {
            throw access.deny(attempt, RuleId.D8, "The main user is set by a USER_ADMIN of " + c.name());
        }
        UserAccount target = users.findByUserId(userId)
                .orElseThrow(() -> access.deny(attempt, RuleId.D8, "The main user must be a member of " + c.name()));
        if (!access.isMember(target.id(), companyId)) {
            throw access.deny(attempt, RuleId.D8, "The main user must be a member of " + c.name());
        }
        if (actor.is(target.id())) {
            throw access.deny(attempt, RuleId.D1, "Nobody makes themself main user: it widens their own rights (D8)");
        }
        String before = String.valueOf(c.mainUserId());
        c.assignMainUser(target.id());
        audit.allowed(attempt.rule(RuleId.D8).change("{\"mainUserId\":" + before + "}",
                "{\"mainUserId\":" + target.id() + "}"));
        return c;
    }

    /** Platform support designates the auditors' organisation (D7 reads it). */
    public Company setAuditorOrganisation(Actor actor, long companyId) {
        AuditRecord attempt = AuditRecord.of(actor, "platform.auditor-organisation", companyId, "company", companyId);
        if (!actor.platformSupport()) {
            audit.denied(attempt.detail("only platform support designates the auditors' organisation"));
            throw new AccessDeniedException("Only platform support designates the auditors' organisation");
        }
        Company c = access.company(companyId);
        String before = companies.auditorOrganisationId().map(String::valueOf).orElse("null");
        companies.setAuditorOrganisation(companyId);
        audit.allowed(attempt.rule(RuleId.D7).change("{\"companyId\":" + before + "}", "{\"companyId\":" + companyId + "}"));
        return c;
    }

    public Optional<Long> auditorOrganisationId() {
        return companies.auditorOrganisationId();
    }

    static String describe(Company c) {
        return "{\"name\":\"" + c.name().replace("\"", "'") + "\",\"accountingFirm\":" + c.isAccountingFirm()
                + ",\"accountingFirmId\":" + c.accountingFirmId() + ",\"payrollEnabled\":" + c.payrollEnabled()
                + ",\"crmEnabled\":" + c.crmEnabled() + "}";
    }
}
