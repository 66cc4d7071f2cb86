package app.rolegate.grant.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.costcentre.CostCentreRepository;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.GrantAsk;
import app.rolegate.delegation.HeldGrant;
import app.rolegate.grant.Grant;
import app.rolegate.grant.GrantOrigin;
import app.rolegate.grant.GrantRepository;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.platform.Actor;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Granting, revoking and copying roles (D1-D7, D9, D15-D17), and what the actor may grant. Each
 * operation reads the facts (the target's membership locked, so that two requests that together
 * would break D15 run one after the other), lets the {@link DelegationPolicy} decide, and denies
 * and audits, or writes and audits. One transaction per call.
 */
@Stateless
public class GrantAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    GrantRepository grantRepository;

    @Inject
    CompanyRepository companyRepository;

    @Inject
    Memberships memberships;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    @Inject
    CostCentreRepository costCentres;

    /** Grants a role; platform support grants its exceptional roles at a requester's request (D5, D6). */
    public GrantResult grant(Actor actor, long companyId, String userId, GrantCommand cmd) {
        AuditRecord attempt = AuditRecord.of(actor, "role.grant", companyId, "user", userId).detail(cmd.role());
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerRoles(a, userId, cmd.role()), attempt);
        Facts.Member m = facts.member(companyId, userId, true).orElseThrow(() -> hidden(attempt));
        AuditRecord grant = attempt.target("user", m.account().userId());
        LocalDate day = today.date();
        GrantAsk ask = cmd.ask();
        Decision d = decisions.require(policy.grant(a, m.facts(), ask, facts.auditorOrganisation(),
                facts.requester(ask.requestedBy(), companyId), day), grant);
        decisions.require(policy.costCentreKnown(ask, ask.costCentre() != null
                && costCentres.exists(companyId, ask.costCentre())), grant);
        Grant g = write(a.actor(), m, ask, origin(actor), null, day, d, grant);
        return new GrantResult(GrantView.of(g), d.warnings());
    }

    /**
     * Writes an allowed grant and audits it. A grant of the same role whose validity has wholly passed
     * is replaced: it blocks nothing (D17), and the audit log keeps it.
     */
    private Grant write(Actor actor, Facts.Member m, GrantAsk ask, GrantOrigin origin, Long copiedFrom, LocalDate day,
            Decision d, AuditRecord event) {
        for (Grant old : m.grants()) {
            if (old.role().equals(ask.role()) && old.validity().endedBefore(day)) {
                grantRepository.remove(old);
                audit.allowed(event.rename("role.expired-replaced").rule(RuleId.D17).change(old.auditState(), null));
            }
        }
        GrantScope scope = ask.scope() == null ? policy.role(ask.role()).defaultScope() : ask.scope();
        String requester = ask.requestedBy() == null ? null : facts.account(ask.requestedBy()).orElseThrow().userId();
        Grant g = grantRepository.add(new Grant(m.membership(), ask.role(), scope, ask.costCentre(), ask.validity(),
                actor.accountId(), today.now(), origin, copiedFrom, requester));
        audit.allowed(event.rule(d.rule()).change(null, g.auditState())
                .detail(d.warnings().isEmpty() ? ask.role() : ask.role() + ": " + String.join("; ", d.warnings())));
        return g;
    }

    /** D9: revoking is allowed to whoever could grant; D16: what the target granted stays. */
    public void revoke(Actor actor, long companyId, String userId, String role) {
        AuditRecord attempt = AuditRecord.of(actor, "role.revoke", companyId, "user", userId).detail(role);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerRoles(a, userId, role), attempt);
        Facts.Member m = facts.member(companyId, userId, true).orElseThrow(() -> hidden(attempt));
        AuditRecord revoke = attempt.target("user", m.account().userId());
        Decision d = policy.revoke(a, m.facts(), role, facts.auditorOrganisation(), today.date());
        if (d.outcome() == Decision.Outcome.CONFLICT) {
            throw new NotFoundException(d.reason()); // no grant to remove; the target is visible to the actor
        }
        decisions.require(d, revoke);
        Grant g = m.grants().stream().filter(x -> x.role().equals(role)).findFirst().orElseThrow();
        grantRepository.remove(g);
        audit.allowed(revoke.rule(d.rule()).change(g.auditState(), null));
    }

    /**
     * D5: gives the target every role that counts for the source in the company today, with its scope
     * and validity, and the source's profiles; all or nothing.
     */
    public List<GrantView> copy(Actor actor, long companyId, String userId, String fromUserId) {
        AuditRecord attempt = AuditRecord.of(actor, "role.copy", companyId, "user", userId)
                .detail("from " + fromUserId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerMember(a, userId), attempt);
        Facts.Member target = facts.member(companyId, userId, true).orElseThrow(() -> hidden(attempt));
        Facts.Member source = facts.member(companyId, fromUserId, false).orElseThrow(() -> hidden(attempt));
        AuditRecord copy = attempt.target("user", target.account().userId()).detail("from " + source.account().userId());
        LocalDate day = today.date();
        Decision d = decisions.require(policy.copy(a, target.facts(), source.facts(), facts.auditorOrganisation(), day),
                copy);
        Company c = companyRepository.find(companyId).orElseThrow();
        AuditState before = target.membership().auditState();
        if (source.facts().counts(day)) {
            // Profiles of a part the company no longer has (payroll or CRM switched off) are not copied.
            memberships.apply(target.membership(), c, new MembershipTerms(null, source.membership().accountingProfile(),
                    c.payrollEnabled() ? source.membership().payrollProfile() : null,
                    c.crmEnabled() ? source.membership().crmProfile() : null, source.membership().overrides(), null));
        }
        audit.allowed(copy.rule(RuleId.D5).change(before, target.membership().auditState())
                .detail(source.facts().counts(day) ? copy.detail() : copy.detail() + ": nothing of theirs counts today"));
        List<GrantView> made = new ArrayList<>();
        for (HeldGrant g : source.facts().countingGrants(day)) {
            if (target.facts().holdsLive(g.role(), day)) {
                continue; // already held: the copy adds, it does not replace
            }
            GrantAsk ask = new GrantAsk(g.role(), g.scope(), g.costCentre(), g.validity(), null);
            made.add(GrantView.of(write(actor, target, ask, GrantOrigin.COPY, source.account().id(), day, d,
                    copy.rename("role.grant"))));
        }
        return made;
    }

    /** Every role, and whether the actor may grant it to the target now; for the rest, the rule and why. */
    public List<RoleChoice> grantable(Actor actor, long companyId, String userId) {
        AuditRecord attempt = AuditRecord.of(actor, "roles.grantable", companyId, "user", userId);
        ActorFacts a = facts.actorIn(actor, companyId);
        // Platform support administers nowhere, yet grants its exceptional roles (D5, D6): it may ask too.
        decisions.require(a.support() ? policy.seeCompany(a) : policy.administer(a), attempt);
        Facts.Member m = facts.member(companyId, userId, false).orElseThrow(() -> hidden(attempt));
        List<RoleChoice> result = new ArrayList<>();
        for (DelegationPolicy.Grantable g : policy.grantable(a, m.facts(), facts.auditorOrganisation(), today.date())) {
            Decision d = g.decision();
            boolean grantable = d.allowed() && !g.held();
            result.add(new RoleChoice(g.role().code(), g.role().abbreviation(), g.role().description(), grantable,
                    g.held(), grantable || g.held() ? null : d.rule(),
                    g.held() ? "already held" : grantable ? null : d.reason()));
        }
        return result;
    }

    /** Support's grants are its exceptional ones (D5, D6); every other grant by anyone is a direct one. */
    private static GrantOrigin origin(Actor actor) {
        return actor.platformSupport() ? GrantOrigin.PLATFORM_SUPPORT : GrantOrigin.DIRECT;
    }

    private NotFoundException hidden(AuditRecord attempt) {
        return decisions.hidden(attempt, "no such user, or not a member of the company");
    }
}
