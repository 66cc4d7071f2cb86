package app.rolegate.delegation;

import app.rolegate.grant.CoreRoles;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.Actor;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one policy of Rolegate: every decision of SPEC section 2 (D1-D18) and 2.1, and the access
 * rules of sections 1 and 3, for every path that asks (API, admin pages, copy, client companies,
 * first users, bulk calls, jobs). Like Apache Fortress's {@code DelAccessMgr}, each decision is a
 * method over a record of facts read from current data; it reads nothing else, so the decision
 * tables run against it directly. Each refusal names its rule.
 *
 * <p>The order of the checks is part of the policy (SPEC 2.1): whether the caller may see the
 * company, then the rules about the caller (D1 on oneself, D2), and only then, once the service
 * has looked the target up, the rules about the target. So the answer to a caller who may not act
 * never depends on the target.
 *
 * <p>Rules every role shares live here; each role's own rules (D3-D7) live in its
 * {@link RoleDefinition}, contributed as a CDI bean by the module that owns the role.
 */
@ApplicationScoped
public class DelegationPolicy {
    @Inject
    @Any
    Instance<RoleDefinition> contributed;

    @Inject
    SeparationOfDuty separationOfDuty;

    private Map<String, RoleDefinition> roles;

    public DelegationPolicy() {
    }

    /** For tests outside the container. */
    public DelegationPolicy(List<RoleDefinition> definitions, SeparationOfDuty sod) {
        this.separationOfDuty = sod;
        index(definitions);
    }

    @PostConstruct
    void init() {
        index(contributed.stream().toList());
    }

    private void index(List<RoleDefinition> definitions) {
        Map<String, RoleDefinition> byCode = new LinkedHashMap<>();
        definitions.stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(d -> byCode.put(d.code(), d));
        this.roles = Collections.unmodifiableMap(byCode);
    }

    /** Every role known to the platform, by code. */
    public Map<String, RoleDefinition> roles() {
        return roles;
    }

    /** The role of this code; 400 naming the field {@code role} when there is none. */
    public RoleDefinition role(String code) {
        RoleDefinition d = code == null ? null : roles.get(code);
        if (d == null) {
            throw new InvalidInputException("role", "unknown role '" + code + "'; roles are " + roles.keySet());
        }
        return d;
    }

    public SeparationOfDuty separationOfDuty() {
        return separationOfDuty;
    }

    // ---------------------------------------------------------------- 2.1, D1, D2: before any lookup

    /** 2.1: a company exists for its members and for platform support; for anyone else it does not. */
    public Decision seeCompany(ActorFacts a) {
        if (a.company() != null && (a.support() || a.member())) {
            return Decision.allow(null);
        }
        return Decision.hiddenCompany(a.company() == null ? "no company " + a.companyId()
                : a.actor().name() + " is not a member of company " + a.companyId());
    }

    /**
     * D2 with 2.1 and D1: may the actor change memberships, profiles or validity in the company, on
     * the user named (as typed)? Decided before the target is looked up.
     */
    public Decision administerMember(ActorFacts a, String targetUserId) {
        return seeCompany(a).and(() -> self(a, targetUserId, "Nobody changes profiles, validity or rights on their own"
                + " membership")).and(() -> administer(a));
    }

    /** D2: the actor holds USER_ADMIN or FIRM_MAIN_USER in the company (which they may see). */
    public Decision administer(ActorFacts a) {
        return seeCompany(a).and(() -> a.administers() ? Decision.allow(RuleId.D2)
                : Decision.deny(RuleId.D2, "Only a USER_ADMIN or FIRM_MAIN_USER of " + a.companyName()
                        + " administers its users"));
    }

    private static Decision self(ActorFacts a, String targetUserId, String reason) {
        return targetUserId != null && a.isSelf(targetUserId) ? Decision.deny(RuleId.D1, reason) : Decision.allow(null);
    }

    /** D2: whom the actor sees: themself, and the members of companies they administer; platform support sees all. */
    public Decision seeUser(Actor actor, TargetFacts target, boolean memberWhereActorAdministers) {
        if (target != null && (actor.is(target.accountId()) || actor.platformSupport() || memberWhereActorAdministers)) {
            return Decision.allow(RuleId.D2);
        }
        return Decision.hidden(target == null ? "no such user" : "the user is not visible to " + actor.name());
    }

    /** SPEC 3: a service client calls the check and nothing else. */
    public Decision notServiceClient(Actor actor) {
        return actor.serviceClient() ? Decision.deny(RuleId.CHECK, "A service client calls the check and nothing else")
                : Decision.allow(null);
    }

    /** SPEC 1: what only platform support does. */
    public Decision supportOnly(Actor actor, String what) {
        return actor.platformSupport() ? Decision.allow(RuleId.SUPPORT)
                : Decision.deny(RuleId.SUPPORT, "Only platform support " + what);
    }

    // ---------------------------------------------------------------- users and memberships

    /** D2, D11: creating a user in the company, or authorising by identity code the person who has it. */
    public Decision createUser(ActorFacts a) {
        return administer(a);
    }

    /**
     * D11: the identity code given belongs to an existing person: that person is authorised, even one
     * the actor could not see; but never the actor themself (D1), and never platform support's account.
     */
    public Decision authoriseByIdentityCode(ActorFacts a, TargetFacts person) {
        return administer(a).and(() -> person.is(a.actor().accountId() == null ? -1 : a.actor().accountId())
                ? Decision.deny(RuleId.D1, "Nobody authorises themself to a company")
                : person.platformSupport() ? Decision.deny(RuleId.D1, "Platform support's account is authorised to no"
                        + " company") : Decision.allow(RuleId.D11));
    }

    /**
     * D11: authorising an existing user, found by user id, to the company (PUT of a membership that
     * does not exist yet): the actor holds USER_ADMIN here, and can see the user (D2). The D1 and D2
     * checks of {@link #administerMember} came first.
     */
    public Decision authoriseExisting(ActorFacts a, TargetFacts user, boolean visible) {
        if (!visible) {
            return Decision.hidden("the user is not visible to " + a.actor().name());
        }
        if (!a.holds(CoreRoles.USER_ADMIN)) {
            return Decision.deny(RuleId.D11, "Only a USER_ADMIN of " + a.companyName() + " authorises an existing"
                    + " user to it");
        }
        if (user.platformSupport()) {
            return Decision.deny(RuleId.D1, "Platform support's account is authorised to no company");
        }
        return Decision.allow(RuleId.D11);
    }

    /**
     * D2 with D9 and D6: changing a membership's profiles, overrides or validity. Ending the validity
     * of the membership in the user's primary company must be confirmed (D9); taking payroll profile
     * ALL_RIGHTS from a payroll calculator is allowed with a warning (D6).
     */
    public Decision changeMembership(ActorFacts a, MemberFacts m, Validity newValidity, PayrollProfile newPayroll,
            boolean confirmPrimary, LocalDate today) {
        Decision d = notOwn(a, m).and(() -> Decision.allow(RuleId.D2));
        if (!d.allowed()) {
            return d;
        }
        boolean ending = newValidity != null && !newValidity.equals(m.validity()) && newValidity.endsAccess(today);
        if (ending && m.primary(a.companyId()) && !confirmPrimary) {
            return Decision.invalid(RuleId.D9, "confirmPrimary", "D9: " + a.companyName() + " is " + m.user().userId()
                    + "'s primary company; ending this membership's validity means that afterwards the user cannot log"
                    + " in to any company, and billing stops. Repeat with confirmPrimary=true to do it");
        }
        if (newPayroll != null && newPayroll != m.payrollProfile()) {
            for (String role : m.liveRoles(today)) {
                RoleDefinition def = roles.get(role);
                // Only a change that brings the problem warns: one that takes ALL_RIGHTS from a holder (D6).
                if (def != null && def.warningWhenHeldWith(m.payrollProfile()).isEmpty()) {
                    Optional<String> w = def.warningWhenHeldWith(newPayroll);
                    if (w.isPresent()) {
                        d = d.withWarning(w.get());
                    }
                }
            }
        }
        return d;
    }

    /** D9: removing a membership; the one in the user's primary company only when confirmed. */
    public Decision removeMembership(ActorFacts a, MemberFacts m, boolean confirmPrimary) {
        Decision own = notOwn(a, m);
        if (!own.allowed()) {
            return own;
        }
        if (m.primary(a.companyId()) && !confirmPrimary) {
            return Decision.invalid(RuleId.D9, "confirmPrimary", primaryWarning(a.companyName(), m.user().userId()));
        }
        return Decision.allow(RuleId.D9);
    }

    private static String primaryWarning(String company, String userId) {
        return "D9: " + company + " is " + userId + "'s primary company; afterwards the user cannot log in to any"
                + " company, and billing stops. Repeat with confirmPrimary=true to remove it";
    }

    /**
     * D9 "remove the user from all companies" and D12 "update validity for all companies": they touch
     * the user's memberships in companies where the actor holds USER_ADMIN, and no other; not one's
     * own (D1); with D9's confirmation where the primary company is among them and the change ends it.
     * {@code companiesTouched} are the companies that would change; {@code primaryTouched} whether the
     * user's primary company is among them and the change ends access there.
     */
    public Decision allCompanies(Actor actor, TargetFacts user, boolean visible, RuleId rule,
            Collection<String> companiesTouched, boolean primaryTouched, boolean confirmPrimary) {
        if (!visible) {
            return Decision.hidden("the user is not visible to " + actor.name());
        }
        if (actor.is(user.accountId())) {
            return Decision.deny(RuleId.D1, "Nobody changes or removes their own memberships");
        }
        if (companiesTouched.isEmpty()) {
            return Decision.deny(rule, "You hold USER_ADMIN in none of " + user.userId() + "'s companies");
        }
        if (primaryTouched && !confirmPrimary) {
            return Decision.invalid(RuleId.D9, "confirmPrimary", "D9: " + user.userId() + "'s primary company is among"
                    + " " + companiesTouched + "; afterwards the user cannot log in to any company, and billing stops."
                    + " Repeat with confirmPrimary=true to do it");
        }
        return Decision.allow(rule);
    }

    /** D8 with D1: the main user is set by a USER_ADMIN of the company, never to oneself. Before the lookup. */
    public Decision setMainUser(ActorFacts a, String targetUserId) {
        return seeCompany(a)
                .and(() -> self(a, targetUserId, "Nobody makes themself main user: it widens their own rights (D8)"))
                .and(() -> a.support() && targetUserId != null && a.isSelf(targetUserId)
                        ? Decision.deny(RuleId.D1, "Platform support's account is never a company's main user")
                        : Decision.allow(null))
                .and(() -> a.holds(CoreRoles.USER_ADMIN) ? Decision.allow(RuleId.D8)
                        : Decision.deny(RuleId.D8, "The main user of " + a.companyName() + " is set by a USER_ADMIN of it"));
    }

    /** D8, D1: the main user must be a member; platform support's account never is one. After the lookup. */
    public Decision mainUserTarget(ActorFacts a, MemberFacts member) {
        if (member == null) {
            return Decision.hidden("the main user named is not a member of company " + a.companyId());
        }
        if (a.actor().is(member.user().accountId())) {
            return Decision.deny(RuleId.D1, "Nobody makes themself main user: it widens their own rights (D8)");
        }
        if (member.user().platformSupport()) {
            return Decision.deny(RuleId.D1, "Platform support's account is never a company's main user");
        }
        return Decision.allow(RuleId.D8);
    }

    // ---------------------------------------------------------------- grants

    /**
     * Who may ask to grant or revoke in the company at all, before the target is looked up: D1 on
     * oneself, then D2; platform support, who administers no company, only for the roles it grants on
     * a company's written request (D5, D6).
     */
    public Decision administerRoles(ActorFacts a, String targetUserId, String roleCode) {
        RoleDefinition role = role(roleCode);
        return seeCompany(a)
                .and(() -> self(a, targetUserId, "Nobody grants, revokes or changes rights on their own membership"))
                .and(() -> a.support() ? (role.grantedBySupportOnRequest() ? Decision.allow(RuleId.D5)
                        : Decision.deny(RuleId.D2, "Platform support administers no company; it grants only "
                                + supportRoles() + ", at the company's written request (D5, D6)"))
                        : administer(a));
    }

    private List<String> supportRoles() {
        return roles.values().stream().filter(RoleDefinition::grantedBySupportOnRequest).map(RoleDefinition::code).toList();
    }

    /**
     * May the actor give the target this role? D1 (the target is platform support), D17 (scope and
     * validity), D6 (payroll), support's exceptional grant (D5, D6 with the requester), the role's own
     * rule (D3-D7), the role already held (409), D15 over what the target holds. The answer carries
     * D6's warnings and names the rule that allowed.
     */
    public Decision grant(ActorFacts a, MemberFacts target, GrantAsk ask, Optional<Long> auditorOrganisation,
            RequesterFacts requester, LocalDate today) {
        return grant(a, target, ask, auditorOrganisation, requester, true, today);
    }

    private Decision grant(ActorFacts a, MemberFacts target, GrantAsk ask, Optional<Long> auditorOrganisation,
            RequesterFacts requester, boolean requesterKnown, LocalDate today) {
        RoleDefinition role = role(ask.role());
        GrantOrigin origin = a.support() ? GrantOrigin.PLATFORM_SUPPORT : GrantOrigin.DIRECT;
        GrantRequest r = request(a, target, auditorOrganisation, origin, today);
        Decision d = targetMayHoldRoles(a, target)
                .and(() -> scope(role, ask, today))
                .and(() -> denial(role.availableIn(a.company())))
                .and(() -> origin != GrantOrigin.PLATFORM_SUPPORT ? Decision.allow(null)
                        : requesterKnown ? supportRequest(a, role, requester) : Decision.allow(RuleId.D5))
                .and(() -> origin == GrantOrigin.PLATFORM_SUPPORT
                        || ask.requestedBy() == null ? Decision.allow(null)
                        : Decision.invalid(RuleId.D5, "requestedBy", "requestedBy belongs only to platform support's"
                                + " exceptional grants"))
                .and(() -> origin == GrantOrigin.PLATFORM_SUPPORT ? Decision.allow(null) : denial(role.mayGrant(r)))
                .and(() -> target.holdsLive(role.code(), today)
                        ? Decision.conflict(target.user().userId() + " already holds " + role.code()) : Decision.allow(null))
                .and(() -> denial(separationOfDuty.check(with(target.liveRoles(today), role.code()))));
        if (!d.allowed()) {
            return d;
        }
        d = Decision.allow(origin == GrantOrigin.PLATFORM_SUPPORT ? RuleId.D5
                : a.holds(CoreRoles.FIRM_MAIN_USER) ? RuleId.D4 : RuleId.D3);
        Optional<String> warning = role.warningWhenHeldWith(target.payrollProfile());
        return warning.isPresent() ? d.withWarning(warning.get()) : d;
    }

    /** D9: revoking is allowed to whoever could grant (by symmetry); D16: what the target granted stays. */
    public Decision revoke(ActorFacts a, MemberFacts target, String roleCode, Optional<Long> auditorOrganisation,
            LocalDate today) {
        RoleDefinition role = role(roleCode);
        if (a.actor().is(target.user().accountId())) {
            return Decision.deny(RuleId.D1, "Nobody grants, revokes or changes rights on their own membership");
        }
        if (target.grants().stream().noneMatch(g -> g.role().equals(roleCode))) {
            return Decision.conflict(target.user().userId() + " does not hold " + roleCode);
        }
        if (a.support()) {
            return Decision.allow(RuleId.D9); // administerRoles let support through only for its exceptional roles
        }
        GrantRequest r = request(a, target, auditorOrganisation, GrantOrigin.DIRECT, today);
        return denial(role.mayRevoke(r)).because(RuleId.D9);
    }

    /**
     * D5: copying X's rights to the target, all or nothing. Only what counts for X today is copied; every
     * role of it must be one the actor may grant (FIRM_MAIN_USER counting as the actor's to give only
     * as D5 says), and the target's roles with the copied ones must keep D15. The D1 and D2 checks of
     * {@link #administerRoles} came first (as for any role).
     */
    public Decision copy(ActorFacts a, MemberFacts target, MemberFacts source, Optional<Long> auditorOrganisation,
            LocalDate today) {
        if (source.user().is(target.user().accountId())) {
            return Decision.invalid(RuleId.D5, "fromUserId", "Rights are copied from another user");
        }
        Decision d = targetMayHoldRoles(a, target);
        if (!d.allowed()) {
            return d;
        }
        // Only what counts for X today is copied (D5): an inactive X, or one whose membership here or in
        // the primary company is not valid, gives nothing, and a copy of nothing refuses nothing.
        GrantRequest r = request(a, target, auditorOrganisation, GrantOrigin.COPY, today);
        Set<String> after = new TreeSet<>(target.liveRoles(today));
        for (HeldGrant g : source.countingGrants(today)) {
            RoleDefinition role = role(g.role());
            Optional<Denial> denial = role.availableIn(a.company()).or(() -> role.mayGrant(r));
            if (denial.isPresent()) {
                return Decision.deny(denial.get().rule(), "The copy includes " + role.code() + ": " + denial.get().reason());
            }
            after.add(role.code());
        }
        return denial(separationOfDuty.check(after)).because(RuleId.D5);
    }

    /** One role as the grant dialog offers it: grantable, or the rule and reason why not. */
    public record Grantable(RoleDefinition role, boolean held, Decision decision) {
    }

    /**
     * Every role, and whether the actor may grant it to the target now with its default scope. For
     * platform support the requester of an exceptional grant is asked for when it is made, so it is not
     * judged here.
     */
    public List<Grantable> grantable(ActorFacts a, MemberFacts target, Optional<Long> auditorOrganisation,
            LocalDate today) {
        List<Grantable> result = new ArrayList<>();
        for (RoleDefinition def : roles.values()) {
            Decision pre = administerRoles(a, target.user().userId(), def.code());
            Decision d = pre.and(() -> grant(a, target, GrantAsk.of(def.code()), auditorOrganisation, null, false, today));
            result.add(new Grantable(def, target.holdsLive(def.code(), today), d));
        }
        return result;
    }

    private static Decision targetMayHoldRoles(ActorFacts a, MemberFacts target) {
        if (a.actor().is(target.user().accountId())) {
            return Decision.deny(RuleId.D1, "Nobody grants, revokes or changes rights on their own membership");
        }
        return target.user().platformSupport()
                ? Decision.deny(RuleId.D1, "Platform support's account holds no role in any company")
                : Decision.allow(null);
    }

    /**
     * D17 (SPEC 4.1): a COST_CENTRE scope names one of the company's cost centres; a mistyped code would
     * cover nobody and say nothing. Decided after {@link #grant}, so that only an allowed granter learns it.
     */
    public Decision costCentreKnown(GrantAsk ask, boolean known) {
        return ask.costCentre() == null || known
                ? Decision.allow(null)
                : Decision.invalid(RuleId.D17, "costCentre", "D17: the company has no cost centre " + ask.costCentre()
                        + ": create it first (POST /companies/{cid}/cost-centres)");
    }

    /** D1 once more on the membership found, whatever spelling of the user id found it. */
    public Decision notOwn(ActorFacts a, MemberFacts m) {
        return a.actor().is(m.user().accountId())
                ? Decision.deny(RuleId.D1, "Nobody changes profiles, validity or rights on their own membership")
                : Decision.allow(null);
    }

    /** D17: only roles that follow employees take another scope than the whole company; no grant wholly in the past. */
    private static Decision scope(RoleDefinition role, GrantAsk ask, LocalDate today) {
        GrantScope scope = ask.scope() == null ? role.defaultScope() : ask.scope();
        if (!role.scopes().contains(scope)) {
            return Decision.invalid(RuleId.D17, "scope", "D17: " + role.code() + " is granted for the whole company"
                    + " (scope COMPANY), not " + scope);
        }
        if (scope == GrantScope.COST_CENTRE && (ask.costCentre() == null || ask.costCentre().isBlank())) {
            return Decision.invalid(RuleId.D17, "costCentre", "a COST_CENTRE scope needs costCentre");
        }
        if (scope != GrantScope.COST_CENTRE && ask.costCentre() != null) {
            return Decision.invalid(RuleId.D17, "costCentre", "costCentre goes only with scope COST_CENTRE");
        }
        if (ask.validity().endedBefore(today)) {
            return Decision.invalid(RuleId.D17, "validTo", "D17: the grant's validity ended on "
                    + ask.validity().validTo() + ", before today");
        }
        return Decision.allow(null);
    }

    /** D5, D6: support's exceptional grant names who requested it: the company's main user or a USER_ADMIN of it. */
    private static Decision supportRequest(ActorFacts a, RoleDefinition role, RequesterFacts requester) {
        if (requester == null) {
            return Decision.invalid(RuleId.D5, "requestedBy", "Platform support grants " + role.code() + " only at the"
                    + " written request of " + a.companyName() + "'s main user or a USER_ADMIN of it: name them in"
                    + " requestedBy");
        }
        if (!requester.mainUser() && !requester.userAdmin()) {
            return Decision.deny(RuleId.D5, requester.userId() + " is neither the main user nor a USER_ADMIN of "
                    + a.companyName() + ", so cannot request " + role.code());
        }
        return Decision.allow(RuleId.D5);
    }

    private static GrantRequest request(ActorFacts a, MemberFacts target, Optional<Long> auditorOrganisation,
            GrantOrigin origin, LocalDate today) {
        return new GrantRequest(a.actor(), a.roles(), a.mainUser(), a.company(), target.user(),
                target.liveRoles(today), auditorOrganisation, origin);
    }

    // ---------------------------------------------------------------- companies

    /** SPEC 1 with D1: platform support creates companies; the first user is never support's own account. */
    public Decision createCompany(Actor actor, FirstUserFacts firstUser) {
        return supportOnly(actor, "creates companies; an accounting firm's main user opens client companies with"
                + " openedUnder (D13)").and(() -> firstUser(actor, firstUser));
    }

    /** D1: a first user that resolves to the actor (by user id or identity code), or to support's account, is refused. */
    private static Decision firstUser(Actor actor, FirstUserFacts f) {
        if (f == null) {
            return Decision.allow(null);
        }
        TargetFacts existing = f.existing();
        boolean self = (actor.name() != null && actor.name().equalsIgnoreCase(f.userId()))
                || (existing != null && actor.is(existing.accountId()));
        if (self) {
            return Decision.deny(RuleId.D1, "Nobody makes themself a company's first user");
        }
        if (existing != null && existing.platformSupport()) {
            return Decision.deny(RuleId.D1, "Platform support's account is never a company's first user");
        }
        return Decision.allow(null);
    }

    /**
     * D13: a user holding FIRM_MAIN_USER in an accounting firm that is their primary company opens a
     * client company under a company where they hold USER_ADMIN. The client's firm is always the
     * opener's primary company. Every firm main user whose FIRM_MAIN_USER counts today is propagated;
     * each must be able to hold what they get (D15). All or nothing.
     */
    public Decision openClient(ClientOpening o, Map<String, RoleDefinition> given) {
        Actor actor = o.inFirm().actor();
        if (!actor.isUser() || o.inFirm().company() == null || !o.inFirm().company().accountingFirm()
                || !o.inFirm().holds(CoreRoles.FIRM_MAIN_USER)) {
            return Decision.deny(RuleId.D13, "Only a FIRM_MAIN_USER of an accounting firm (their primary company)"
                    + " opens client companies");
        }
        if (o.under() == null || o.under().company() == null || !o.under().member()) {
            // 2.1: a company the opener is not a member of, or none, is answered as any other one they may not see.
            return Decision.hiddenCompany("openedUnder names no company " + (o.under() == null ? "" : o.under().companyId())
                    + " that the opener is a member of");
        }
        if (!o.under().holds(CoreRoles.USER_ADMIN)) {
            return Decision.deny(RuleId.D13, "A client company is opened under a company where you hold USER_ADMIN;"
                    + " you do not in " + o.under().companyName());
        }
        if (o.accountingFirmId() != null && o.accountingFirmId() != o.inFirm().companyId()) {
            return Decision.invalid(RuleId.D13, "accountingFirmId", "a client company's accounting firm is always the"
                    + " opener's primary company, " + o.inFirm().companyName());
        }
        if (o.accountingFirm()) {
            return Decision.invalid(RuleId.D13, "accountingFirm", "a client company is not an accounting firm");
        }
        Decision first = firstUser(actor, o.firstUser());
        if (!first.allowed()) {
            return first;
        }
        for (ClientOpening.Propagated p : o.firmMainUsers()) {
            Set<String> held = new TreeSet<>(given.keySet());
            TargetFacts existing = o.firstUser() == null ? null : o.firstUser().existing();
            if (existing != null && existing.is(p.user().accountId())) {
                held.add(CoreRoles.USER_ADMIN); // the first user's own system grant
            }
            Optional<Denial> sod = separationOfDuty.check(held);
            if (sod.isPresent()) {
                return Decision.deny(RuleId.D15, "Opening the client would give " + p.user().userId() + " " + held
                        + ": " + sod.get().reason());
            }
        }
        return Decision.allow(RuleId.D13);
    }

    /** D13: the roles a firm main user gets in a new client, from the role definitions. */
    public Map<String, RoleDefinition> rolesForFirmMainUsersIn(CompanyFacts client) {
        Map<String, RoleDefinition> given = new LinkedHashMap<>();
        roles.values().stream().filter(r -> r.givenToFirmMainUsersInNewClient(client)).forEach(r -> given.put(r.code(), r));
        return given;
    }

    // ---------------------------------------------------------------- accounts

    /** D10 fields: personal data, edited by the user or the account's creator while the creator can still see it. */
    public static final Set<String> PERSONAL = Set.of("firstName", "lastName", "email", "phone");
    /** D10: the identity code and its country. */
    public static final Set<String> IDENTITY = Set.of("country", "personalIdentityCode");
    /** What only the user changes on their own account. */
    public static final Set<String> OWN_ONLY = Set.of("uiLanguage", "password", "currentPassword");
    /** Register fields (SPEC 5.1) that administrators of the user's primary company change; not the user (D1). */
    public static final Set<String> REGISTER = Set.of("aliasUserId", "signature", "cardId");
    /** D14. */
    public static final Set<String> PRIMARY = Set.of("primaryCompanyId", "requestedBy");

    /**
     * A change of an account: D10 for personal data and the identity code, D1 and D2 for register
     * fields, D18 for deactivation, D14 for the primary company. The field that is refused is named.
     */
    public Decision changeAccount(AccountChange c) {
        Actor actor = c.inTargetPrimary().actor();
        TargetFacts u = c.target();
        if (!c.visible()) {
            return Decision.hidden("the user is not visible to " + actor.name());
        }
        boolean self = actor.is(u.accountId());
        boolean creator = u.createdBy() != null && actor.is(u.createdBy());
        boolean adminOfPrimary = c.inTargetPrimary().administers();
        RuleId allowedBy = null;
        for (String f : new TreeSet<>(c.fields())) {
            Decision d;
            if (PERSONAL.contains(f)) {
                d = self || creator ? Decision.allow(RuleId.D10) : Decision.deny(RuleId.D10, "Personal data (" + f
                        + ") is edited only by the user, or by the user who created the account");
            } else if (IDENTITY.contains(f)) {
                d = self ? Decision.deny(RuleId.D10, "Nobody sets or changes the identity code on their own account")
                        : actor.platformSupport() ? Decision.allow(RuleId.D10)
                        : creator && !u.hasIdentityCode() ? Decision.allow(RuleId.D10)
                        : Decision.deny(RuleId.D10, "The identity code identifies the person: once set it is changed"
                                + " only by platform support" + (creator ? "" : "; only the account's creator sets one"
                                + " where none is set"));
            } else if (OWN_ONLY.contains(f)) {
                d = self ? Decision.allow(RuleId.D10) : Decision.deny(RuleId.D10, f + " is changed only by the user");
            } else if (REGISTER.contains(f)) {
                d = self ? Decision.deny(RuleId.D1, "Nobody changes " + f + " on their own account")
                        : adminOfPrimary ? Decision.allow(RuleId.D2)
                        : Decision.deny(RuleId.D2, f + " is changed by a USER_ADMIN or FIRM_MAIN_USER of the user's"
                                + " primary company");
            } else if ("showInstructionVideos".equals(f)) {
                d = self || adminOfPrimary ? Decision.allow(RuleId.D2) : Decision.deny(RuleId.D2, f + " is changed by"
                        + " the user or by a USER_ADMIN or FIRM_MAIN_USER of the user's primary company");
            } else if ("active".equals(f)) {
                d = deactivate(c.inTargetPrimary(), u);
            } else if (PRIMARY.contains(f)) {
                d = changePrimaryCompany(c);
            } else {
                throw new IllegalArgumentException("no rule for account field " + f);
            }
            if (!d.allowed()) {
                return d;
            }
            allowedBy = weightier(allowedBy, d.rule());
        }
        return Decision.allow(allowedBy);
    }

    /** The rule an account change is recorded under, when its fields were allowed by several: D14, D18, D10, then D2. */
    private static RuleId weightier(RuleId a, RuleId b) {
        List<RuleId> order = List.of(RuleId.D14, RuleId.D18, RuleId.D10, RuleId.D2);
        if (a == null) {
            return b;
        }
        return b == null || order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    /** D18 with D1: a USER_ADMIN of the user's primary company, or platform support (or the job), never on oneself. */
    public Decision deactivate(ActorFacts inTargetPrimary, TargetFacts u) {
        Actor actor = inTargetPrimary.actor();
        if (actor.is(u.accountId())) {
            return Decision.deny(RuleId.D1, "Nobody deactivates or reactivates their own account");
        }
        if (u.platformSupport()) {
            return Decision.deny(RuleId.D18, "Platform support's account is not deactivated through the API");
        }
        if (actor.platformSupport() || inTargetPrimary.holds(CoreRoles.USER_ADMIN)
                || (!actor.isUser() && !actor.serviceClient())) {
            return Decision.allow(RuleId.D18);
        }
        return Decision.deny(RuleId.D18, "An account is deactivated or reactivated by a USER_ADMIN of the user's"
                + " primary company, or by platform support");
    }

    /** D14: platform support, at the request of a USER_ADMIN of the new primary company, where the user is a member. */
    private static Decision changePrimaryCompany(AccountChange c) {
        Actor actor = c.inTargetPrimary().actor();
        if (!actor.platformSupport()) {
            return Decision.deny(RuleId.D14, "A primary company is changed only by platform support");
        }
        if (actor.is(c.target().accountId())) {
            return Decision.deny(RuleId.D1, "Platform support does not change its own primary company");
        }
        if (!c.newPrimaryExists()) {
            return Decision.invalid(RuleId.D14, "primaryCompanyId", "there is no such company");
        }
        if (c.requestedBy() == null) {
            return Decision.invalid(RuleId.D14, "requestedBy", "D14: name the USER_ADMIN of the new primary company who"
                    + " requested the change");
        }
        if (!c.requestedBy().userAdmin()) {
            return Decision.deny(RuleId.D14, c.requestedBy().userId() + " is not a USER_ADMIN of the new primary company");
        }
        if (!c.memberOfNewPrimary()) {
            return Decision.invalid(RuleId.D14, "primaryCompanyId", c.target().userId() + " is not a member of the new"
                    + " primary company; authorise the user there first");
        }
        return Decision.allow(RuleId.D14);
    }

    // ---------------------------------------------------------------- reading

    /** SPEC 3 audit.read: AUDITOR or USER_ADMIN of the company. */
    public Decision readAudit(ActorFacts a) {
        return seeCompany(a).and(() -> a.holds(CoreRoles.AUDITOR) || a.holds(CoreRoles.USER_ADMIN)
                ? Decision.allow(RuleId.AUDIT)
                : Decision.deny(RuleId.AUDIT, "Reading the audit log (audit.read) needs AUDITOR or USER_ADMIN in "
                        + a.companyName()));
    }

    /**
     * SPEC 3: who may ask the check: a service client about anyone; U about U; a USER_ADMIN,
     * FIRM_MAIN_USER or AUDITOR of C about anyone in C. Asking about a company one is not a member
     * of is 2.1's 404. {@code aboutSelf} compares the user id asked about with the asker's own.
     */
    public Decision askCheck(ActorFacts a, boolean aboutSelf) {
        if (a.actor().serviceClient()) {
            return a.company() == null ? Decision.hiddenCompany("no company " + a.companyId()) : Decision.allow(RuleId.CHECK);
        }
        return seeCompany(a).and(() -> aboutSelf || a.holds(CoreRoles.USER_ADMIN) || a.holds(CoreRoles.FIRM_MAIN_USER)
                || a.holds(CoreRoles.AUDITOR) ? Decision.allow(RuleId.CHECK)
                : Decision.deny(RuleId.CHECK, "You may ask about yourself, or about anyone in a company where you hold"
                        + " USER_ADMIN, FIRM_MAIN_USER or AUDITOR; portals use a service token with group rolegate.check"));
    }

    // ---------------------------------------------------------------- employees, cost centres, templates (SPEC 5.1-5.3, 5.5)

    /**
     * D2 with 2.1: a company's cost centres, employee register, settings and user templates are read and
     * changed by its administrators (USER_ADMIN or FIRM_MAIN_USER); a non-member learns nothing of the company.
     */
    public Decision administerRegister(ActorFacts a) {
        return administer(a);
    }

    /**
     * SPEC 4.1, 5.4 with D2 and 2.1: a company's settings are read by its administrators and by platform support.
     */
    public Decision readSettings(ActorFacts a) {
        return a.actor().platformSupport() ? seeCompany(a).and(() -> Decision.allow(RuleId.SUPPORT)) : administer(a);
    }

    /**
     * SPEC 5.4: a verified domain makes every address at it count as proven, so that a link to it is verified at
     * once, without a mail. Whoever could add any domain (gmail.com, a competitor's) could link accounts to
     * mailboxes nobody proved: the company's administrators change the tolerance and remove domains, and platform
     * support, having checked that the company owns a domain, adds it.
     */
    public Decision changeSettings(ActorFacts a, Set<String> addedDomains) {
        if (a.actor().platformSupport()) {
            return seeCompany(a).and(() -> Decision.allow(RuleId.SUPPORT));
        }
        return administer(a).and(() -> addedDomains.isEmpty() ? Decision.allow(RuleId.D2)
                : Decision.deny(RuleId.SUPPORT, "A verified domain makes every address at it count as proven (SPEC"
                        + " 5.4): platform support adds " + String.join(", ", new java.util.TreeSet<>(addedDomains))
                        + " after checking that " + a.companyName() + " owns it; administrators may remove domains"));
    }

    /**
     * SPEC 5.3 with D1 and D2, before the account is looked up: linking an account to an employee record of the
     * company, or removing the link, is an administrator's act, and never on one's own account.
     */
    public Decision administerEmployeeLink(ActorFacts a, String targetUserId) {
        return seeCompany(a).and(() -> self(a, targetUserId, "Nobody links their own account to an employee record,"
                + " or removes its link")).and(() -> administer(a));
    }

    /**
     * SPEC 5.3 after the lookup: the account is a member of the company (otherwise 2.1: the administrator does not
     * see it), not the actor's own (D1, whatever spelling found it), and, for a link, its primary company is this
     * company: the link gives the account the employee's e-mail, which is personal data (D10), so only the company
     * that owns the account links it, never one it is merely authorised to.
     */
    public Decision employeeLink(ActorFacts a, TargetFacts user, boolean member, boolean linking) {
        if (!member || user.platformSupport()) {
            return Decision.hidden("the user is not a member of company " + a.companyId());
        }
        if (a.actor().is(user.accountId())) {
            return Decision.deny(RuleId.D1, "Nobody links their own account to an employee record, or removes its link");
        }
        if (linking && user.primaryCompanyId() != a.companyId()) {
            return Decision.deny(RuleId.D18, "A linked account is deactivated and reactivated with its employment"
                    + " (SPEC 5.3), which only its primary company decides (D18): only accounts whose primary company is "
                    + a.companyName() + " are linked to its employee records");
        }
        return Decision.allow(RuleId.D2);
    }

    /**
     * D10 on the register's route to an account's e-mail (SPEC 5.3: a linked user gets the employee's e-mail, also
     * when the record's e-mail changes): that changes personal data, which only the user or the account's creator
     * edits. Without this an administrator could put a mailbox of theirs on the record, have the account follow
     * it, verify the identity-provider link to it (5.4) and sign in as the user through an external issuer (6).
     */
    public Decision emailFromEmployee(ActorFacts a, TargetFacts user, String employeeEmail, String accountEmail) {
        if (employeeEmail == null || employeeEmail.equals(accountEmail)
                || (user.createdBy() != null && a.actor().is(user.createdBy()))) {
            return Decision.allow(RuleId.D10);
        }
        return Decision.deny(RuleId.D10, "This would give " + user.userId() + " the employee record's e-mail; a"
                + " user's e-mail is changed only by the user or by whoever created the account. Leave the record's"
                + " e-mail empty or equal to the account's, or ask them");
    }

    /**
     * SPEC 5.3 with D18 and D1: the activation policy makes the daily job deactivate and reactivate the account,
     * so it is set by whoever may deactivate it: a USER_ADMIN of the user's primary company or platform support,
     * never on oneself. An account the actor does not see is 2.1's 404.
     */
    public Decision setActivationPolicy(ActorFacts inTargetPrimary, TargetFacts u, boolean visible) {
        if (!visible) {
            return Decision.hidden("the user is not visible to " + inTargetPrimary.actor().name());
        }
        return deactivate(inTargetPrimary, u);
    }

    /**
     * SPEC 5.1 with D2 and 2.1: a clocking terminal's look-up by card id or alias finds only an account the caller
     * sees; an unknown card and an invisible account are the same 404. A service client calls the check only.
     */
    public Decision lookup(Actor actor, TargetFacts found, boolean visible) {
        return notServiceClient(actor).and(() -> found == null ? Decision.hidden("no account has that card id or alias")
                : seeUser(actor, found, visible));
    }

    // ---------------------------------------------------------------- identity-provider link, outbox, jobs (SPEC 5.3, 5.4)

    /**
     * SPEC 5.4 with D2, D1 and 2.1: a user's identity-provider link is verified, reset or removed by a
     * USER_ADMIN or FIRM_MAIN_USER of the company acted for, never on one's own account. Decided
     * before the target is looked up; platform support administers no company (D2).
     */
    public Decision administerIdpLink(ActorFacts a, String targetUserId) {
        return seeCompany(a).and(() -> self(a, targetUserId, "Nobody verifies, resets or removes the"
                + " identity-provider link of their own account")).and(() -> administer(a));
    }

    /**
     * After the lookup: the user is a member of the company acted for (otherwise 2.1's 404, as for an
     * unknown user); D1 once more on the account found, whatever spelling found it; and platform
     * support's account has no link (it is no company's user).
     */
    public Decision idpLinkTarget(ActorFacts a, TargetFacts user, boolean member) {
        if (user == null || !member) {
            return Decision.hidden("the user is not a member of company " + a.companyId());
        }
        if (a.actor().is(user.accountId())) {
            return Decision.deny(RuleId.D1, "Nobody verifies, resets or removes the identity-provider link of their"
                    + " own account");
        }
        if (user.platformSupport()) {
            return Decision.deny(RuleId.D1, "Platform support's account is linked to no identity provider through"
                    + " a company");
        }
        return Decision.allow(RuleId.D2);
    }

    /**
     * The address a link is made to: the user's saved e-mail; another one only by whoever may change
     * the user's e-mail (D10: the account's creator, while they see the user; the user themself is
     * refused by D1). Otherwise an administrator could link an account to an address they own, follow
     * the link, and sign in as its user through an external issuer (SPEC 6).
     */
    public Decision idpAddress(Actor actor, TargetFacts user, boolean savedAddress) {
        if (savedAddress) {
            return Decision.allow(RuleId.D2);
        }
        boolean creator = user.createdBy() != null && actor.is(user.createdBy());
        return creator ? Decision.allow(RuleId.D10) : Decision.deny(RuleId.D10, "The link is made to "
                + user.userId() + "'s saved e-mail; another address is given only by whoever may change the user's"
                + " e-mail (the user, or the user who created the account)");
    }

    /**
     * SPEC 4.1: a company's outbox. Its administrators (D2) read each mail's recipient, subject, times
     * and state, never its body or token (with them they could verify an address they do not own);
     * platform support reads the mails whole. Others as 2.1 and D2 say.
     */
    public Decision readOutbox(ActorFacts a) {
        return seeCompany(a).and(() -> a.support() ? Decision.allow(RuleId.SUPPORT) : administer(a));
    }

    /** Whether a reading of the outbox that this decision allowed may see bodies and tokens: platform support's. */
    public static boolean readsMailsWhole(Decision outboxReading) {
        return outboxReading.allowed() && outboxReading.rule() == RuleId.SUPPORT;
    }

    /**
     * D18 with SPEC 1: the employment-based activation job (5.3) deactivates and reactivates accounts
     * as the system, on its schedule; a person runs it for a date only as platform support.
     */
    public Decision runEmploymentJob(Actor actor) {
        if (!actor.isUser() && !actor.serviceClient()) {
            return Decision.allow(RuleId.D18);
        }
        return supportOnly(actor, "runs the employment-based activation job by hand");
    }

    // ---------------------------------------------------------------- helpers

    private static Decision denial(Optional<Denial> d) {
        return d.map(Decision::deny).orElse(Decision.allow(null));
    }

    private static Set<String> with(Set<String> roles, String role) {
        Set<String> s = new TreeSet<>(roles);
        s.add(role);
        return s;
    }
}
