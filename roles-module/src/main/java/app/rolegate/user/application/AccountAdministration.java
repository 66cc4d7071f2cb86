package app.rolegate.user.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.AccountChange;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.RequesterFacts;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.user.Accounts;
import app.rolegate.user.PasswordHasher;
import app.rolegate.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts (D1, D2, D10, D14, D18): read an account, change it, deactivate or reactivate it. Load
 * the facts, let the policy decide, deny and audit, or write and audit. One transaction per call.
 */
@Stateless
public class AccountAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    Accounts accounts;

    @Inject
    MembershipRepository membershipRepository;

    @Inject
    CompanyRepository companyRepository;

    @Inject
    AuditLog audit;

    /** An account: to the user, their administrators (D2) and platform support; to others it does not exist. */
    public UserView user(Actor actor, String userId) {
        return UserView.of(visible(actor, userId, AuditRecord.of(actor, "user.read", null, "user", userId)));
    }

    private UserAccount visible(Actor actor, String userId, AuditRecord attempt) {
        decisions.require(policy.notServiceClient(actor), attempt);
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        decisions.require(policy.seeUser(actor, TargetFacts.of(u), facts.visible(actor, u)),
                attempt.target("user", u.userId()));
        return u;
    }

    /** Changes an account as the policy allows field by field; the audit log keeps before and after. */
    public UserView change(Actor actor, String userId, AccountPatch p) {
        AuditRecord attempt = AuditRecord.of(actor, "user.change", null, "user", userId);
        decisions.require(policy.notServiceClient(actor), attempt);
        UserAccount u = facts.account(userId).orElseThrow(() -> hidden(attempt));
        AuditRecord change = attempt.target("user", u.userId()).inCompany(u.primaryCompanyId())
                .rename(p.has("active") ? (Boolean.TRUE.equals(p.active()) ? "user.reactivate" : "user.deactivate")
                        : "user.change");
        ActorFacts inPrimary = facts.actorIn(actor, u.primaryCompanyId());
        RequesterFacts requester = p.has("primaryCompanyId") ? facts.requester(p.requestedBy(), p.primaryCompanyId())
                : null;
        boolean newExists = p.has("primaryCompanyId") && companyRepository.find(p.primaryCompanyId()).isPresent();
        boolean memberOfNew = p.has("primaryCompanyId")
                && membershipRepository.find(u.id(), p.primaryCompanyId()).isPresent();
        boolean visible = facts.visible(actor, u);
        Decision d = policy.changeAccount(new AccountChange(inPrimary, TargetFacts.of(u), visible, p.fields(),
                requester, newExists, memberOfNew));
        // An invisible account is a platform event: its primary company is not the actor's to audit in.
        decisions.require(d, visible ? change.detail(String.join(",", p.fields())) : attempt.inCompany(null));
        if (p.ifMatch() != null && p.ifMatch() != u.version()) {
            throw new PreconditionFailedException("The account was changed since it was read (version " + u.version()
                    + ", If-Match named " + p.ifMatch() + "); reload it and try again");
        }
        if (p.expectedVersion() != null && p.expectedVersion() != u.version()) {
            throw new ConflictException("The account was changed by someone else (version " + u.version()
                    + ", the request had " + p.expectedVersion() + "); reload it and try again");
        }
        AuditState before = u.auditState();
        apply(u, p);
        audit.allowed(change.rule(d.rule()).change(before, u.auditState()));
        accounts.flush();
        return UserView.of(u);
    }

    /** The fields {@link #changeable} answers for, in the order a form shows them. */
    public static final List<String> CHANGEABLE = List.of("firstName", "lastName", "email", "phone", "uiLanguage",
            "personalIdentityCode", "aliasUserId", "signature", "cardId", "showInstructionVideos", "active");

    /**
     * For each field of {@link #CHANGEABLE}, whether the actor may change it on this account now, and
     * for the rest the rule and why: the same decision {@link #change} takes, asked one field at a time,
     * so that the admin pages offer only what would be allowed. An invisible account is 404 (2.1).
     */
    public Map<String, FieldChoice> changeable(Actor actor, String userId) {
        UserAccount u = visible(actor, userId, AuditRecord.of(actor, "user.read", null, "user", userId));
        ActorFacts inPrimary = facts.actorIn(actor, u.primaryCompanyId());
        Map<String, FieldChoice> result = new LinkedHashMap<>();
        for (String f : CHANGEABLE) {
            Set<String> fields = "personalIdentityCode".equals(f) ? DelegationPolicy.IDENTITY : Set.of(f);
            Decision d = policy.changeAccount(new AccountChange(inPrimary, TargetFacts.of(u), true, fields, null, false,
                    false));
            result.put(f, d.allowed() ? new FieldChoice(f, true, null, null) : new FieldChoice(f, false, d.rule(),
                    d.reason()));
        }
        return result;
    }

    private void apply(UserAccount u, AccountPatch p) {
        if (p.has("password")) {
            if (!PasswordHasher.verify(p.currentPassword(), u.passwordHash())) {
                throw new InvalidInputException("currentPassword", "currentPassword does not match");
            }
            u.setPasswordHash(accounts.hash(p.password()));
        }
        if (p.has("firstName")) {
            u.setFirstName(p.firstName());
        }
        if (p.has("lastName")) {
            u.setLastName(p.lastName());
        }
        if (p.has("email")) {
            u.setEmail(p.email());
        }
        if (p.has("phone")) {
            u.setPhone(p.phone());
        }
        if (p.has("uiLanguage")) {
            u.setUiLanguage(p.uiLanguage() == null ? "en" : p.uiLanguage());
        }
        if (p.has("personalIdentityCode")) {
            accounts.changeIdentity(u, p.identity());
        }
        if (p.has("aliasUserId")) {
            accounts.changeAlias(u, p.aliasUserId());
        }
        if (p.has("signature")) {
            u.setSignature(p.signature());
        }
        if (p.has("cardId")) {
            accounts.changeCardId(u, p.cardId());
        }
        if (p.has("showInstructionVideos")) {
            u.setShowInstructionVideos(p.showInstructionVideos());
        }
        if (p.has("active")) {
            u.setActive(p.active()); // D18: deactivating by hand keeps the identity-provider link (5.3)
        }
        if (p.has("primaryCompanyId")) {
            u.movePrimaryCompany(p.primaryCompanyId());
        }
    }

    private NotFoundException hidden(AuditRecord attempt) {
        return decisions.hidden(attempt, "no such user");
    }
}
