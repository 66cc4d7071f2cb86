package app.rolegate.idp.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.idp.IdpVerification;
import app.rolegate.idp.IdpVerifications;
import app.rolegate.idp.VerificationTokens;
import app.rolegate.idp.VerifiedDomains;
import app.rolegate.membership.MembershipRepository;
import app.rolegate.outbox.Outbox;
import app.rolegate.outbox.OutboxMail;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.register.MemberDirectory;
import app.rolegate.register.MemberFilter;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's identity-provider link (SPEC 5.4). "Verify account" links the user's saved e-mail (or an
 * address D10 lets the actor give): at once where its domain is one of the company's verified domains,
 * otherwise PENDING with a single-use, expiring link mailed through the outbox. Following that link
 * verifies it; "reset password" mails a reset; "remove link" clears it, and a pending link's token
 * stops working. "Verify accounts" does the same for every member matching the register's filter who
 * has a saved e-mail and is not yet verified. An address verified for one account is never linked to
 * another. Who may: a USER_ADMIN or FIRM_MAIN_USER of the company acted for, where the user is a
 * member (D2); 2.1's 404 for everybody else; nobody on their own account (D1).
 *
 * <p>The company acted for is {@code companyId} when given, else the user's primary company: its
 * verified domains decide, its administrators see the mail in its outbox, its audit log records it.
 */
@Stateless
public class IdentityProviderLinks {
    /** The one answer to a link that does not verify, whatever the reason: it tells the holder what to do. */
    public static final String LINK_NOT_VALID = "This verification link is not valid: it is unknown, was already"
            + " used, was replaced by a newer one, was removed, or has expired. Ask an administrator to verify the"
            + " account again.";
    private static final String VERIFIED = "VERIFIED";

    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    UserRepository users;

    @Inject
    MembershipRepository memberships;

    @Inject
    IdpVerifications verifications;

    @Inject
    Outbox outbox;

    @Inject
    MemberDirectory directory;

    @Inject
    IdpMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** "Verify account". */
    public LinkView verify(Actor actor, String userId, VerifyLink cmd) {
        Target t = target(actor, userId, cmd.companyId(), "idp.verify");
        UserAccount u = t.user();
        String address = cmd.email() != null ? cmd.email() : u.email();
        if (address == null) {
            throw new InvalidInputException("email", u.userId() + " has no saved e-mail; give the address to link as"
                    + " email");
        }
        boolean saved = u.email() != null && UserAccount.emailKey(u.email()).equals(UserAccount.emailKey(address));
        Decision d = decisions.require(policy.idpAddress(actor, TargetFacts.of(u), saved), t.event());
        if (VERIFIED.equals(u.idpStatus())) {
            if (UserAccount.emailKey(address).equals(UserAccount.emailKey(u.idpEmail()))) {
                return LinkView.of(u, false); // verified already: nothing to do
            }
            throw new ConflictException(u.userId() + "'s link is verified for another address; remove the link first"
                    + " to link " + address);
        }
        String key = UserAccount.emailKey(address);
        Map<String, Long> holders = new HashMap<>(verifications.verifiedHolders(List.of(key)));
        refuseTaken(u, address, holders);
        boolean domain = facts.domainVerified(t.actor().companyId(), address);
        AuditState before = linkState(u);
        verifications.removeUnused(List.of(u.id()));
        boolean mailed = link(u, t.actor(), address, domain);
        audit.allowed(t.event().rule(d.rule()).change(before, linkState(u)).detail(mailed
                ? "verification mailed to " + address : "verified at once: " + VerifiedDomains.domainOf(address)
                + " is a verified domain of " + t.actor().companyName()));
        return LinkView.of(u, mailed);
    }

    /**
     * Following the mailed link (no bearer token): verifies the pending link, once. Any token that does
     * not verify (unknown, used, replaced, removed, expired) gets the same 404.
     */
    public FollowedLink follow(String token) {
        Actor follower = new Actor(null, "verification link", false, false);
        String hash = VerificationTokens.wellFormed(token) ? VerificationTokens.hash(token) : null;
        AuditRecord attempt = AuditRecord.of(follower, "idp.verification.follow", null, "idp-verification",
                hash == null ? "(malformed)" : hash.substring(0, 16));
        Instant now = today.now();
        Optional<IdpVerification> found = hash == null ? Optional.empty() : verifications.findByTokenHash(hash);
        if (found.isEmpty()) {
            audit.denied(attempt.detail("no such verification"));
            throw new NotFoundException(LINK_NOT_VALID);
        }
        IdpVerification v = found.get();
        UserAccount u = users.find(v.userAccountId()).orElseThrow();
        AuditRecord event = attempt.inCompany(v.companyId()).target("user", u.userId());
        if (!v.usableAt(now) || !"PENDING".equals(u.idpStatus())
                || !UserAccount.emailKey(v.email()).equals(UserAccount.emailKey(u.idpEmail()))) {
            audit.denied(event.detail(v.usedAt() != null ? "used already, on " + v.usedAt()
                    : !now.isBefore(v.expiresAt()) ? "expired on " + v.expiresAt()
                    : "the link is no longer pending for " + v.email()));
            throw new NotFoundException(LINK_NOT_VALID);
        }
        refuseTaken(u, v.email(), verifications.verifiedHolders(List.of(UserAccount.emailKey(v.email()))));
        AuditState before = linkState(u);
        u.linkVerified(v.email());
        v.use(now);
        audit.allowed(event.change(before, linkState(u)).detail("verification link followed"));
        return new FollowedLink(u.idpStatus(), u.idpEmail());
    }

    /** "Reset password": a reset mail to the verified address, through the outbox. */
    public LinkView resetPassword(Actor actor, String userId, Long companyId) {
        Target t = target(actor, userId, companyId, "idp.reset-password");
        UserAccount u = t.user();
        if (!VERIFIED.equals(u.idpStatus())) {
            throw new ConflictException(u.userId() + " has no verified identity-provider link; verify the account"
                    + " first");
        }
        outbox.queue(new OutboxMail(OutboxMail.Kind.IDP_PASSWORD_RESET, t.actor().companyId(), u.id(), u.idpEmail(),
                mails.resetSubject(), mails.resetBody(u.displayName(), t.actor().companyName(), u.idpEmail()), null,
                today.now()));
        audit.allowed(t.event().rule(RuleId.D2).detail("password reset mailed to " + u.idpEmail()));
        return LinkView.of(u, true);
    }

    /** "Remove link": the link is cleared, and a pending link's token stops working. */
    public LinkView remove(Actor actor, String userId, Long companyId) {
        Target t = target(actor, userId, companyId, "idp.remove");
        UserAccount u = t.user();
        AuditState before = linkState(u);
        int tokens = verifications.removeUnused(List.of(u.id()));
        if (!"NONE".equals(u.idpStatus()) || tokens > 0) {
            u.unlink();
            audit.allowed(t.event().rule(RuleId.D2).change(before, linkState(u)));
        }
        return LinkView.of(u, false);
    }

    /**
     * "Verify accounts": every member matching the filter who has a saved e-mail and is not yet
     * verified, as one verification each; the actor's own account (D1), platform support's and an
     * address already verified for another account are skipped.
     */
    public BulkVerification verifyMembers(Actor actor, long companyId, MemberFilter filter) {
        AuditRecord attempt = AuditRecord.of(actor, "idp.verify-members", companyId, "company", companyId);
        decisions.require(policy.notServiceClient(actor), attempt);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.administerIdpLink(a, null), attempt);
        if (filter.role() != null) {
            policy.role(filter.role());
        }
        List<UserAccount> candidates = new ArrayList<>();
        int skipped = 0;
        for (MemberDirectory.Row row : directory.all(companyId, filter)) {
            UserAccount u = row.user();
            if (u.email() == null || VERIFIED.equals(u.idpStatus())
                    || !policy.idpLinkTarget(a, TargetFacts.of(u), true).allowed()) {
                skipped++;
            } else {
                candidates.add(u);
            }
        }
        Set<String> domains = facts.verifiedDomains(companyId);
        Map<String, Long> holders = new HashMap<>(verifications.verifiedHolders(candidates.stream()
                .map(u -> UserAccount.emailKey(u.email())).distinct().toList()));
        List<UserAccount> linking = new ArrayList<>();
        for (UserAccount u : candidates) {
            String key = UserAccount.emailKey(u.email());
            Long holder = holders.get(key);
            if (holder != null && holder != u.id().longValue()) {
                skipped++; // verified for another account (or for one linked earlier in this call)
                continue;
            }
            if (domains.contains(VerifiedDomains.domainOf(u.email()))) {
                holders.put(key, u.id());
            }
            linking.add(u);
        }
        verifications.removeUnused(linking.stream().map(UserAccount::id).toList());
        int verified = 0;
        int mailed = 0;
        for (UserAccount u : linking) {
            AuditState before = linkState(u);
            boolean sent = link(u, a, u.email(), domains.contains(VerifiedDomains.domainOf(u.email())));
            verified += sent ? 0 : 1;
            mailed += sent ? 1 : 0;
            audit.allowed(AuditRecord.of(actor, "idp.verify", companyId, "user", u.userId()).rule(RuleId.D2)
                    .change(before, linkState(u)).detail("verify accounts: " + (sent ? "verification mailed"
                            : "verified domain")));
        }
        BulkVerification result = new BulkVerification(verified, mailed, skipped);
        audit.allowed(attempt.rule(RuleId.D2).detail("filter role=" + filter.role() + " active=" + filter.active()
                + " idpStatus=" + filter.idpStatus() + " q=" + filter.text() + ": " + verified + " verified, " + mailed
                + " mailed, " + skipped + " skipped"));
        return result;
    }

    /** The user, as the actor acting for a company may address them; every refusal decided and audited. */
    private Target target(Actor actor, String userId, Long companyId, String action) {
        AuditRecord attempt = AuditRecord.of(actor, action, companyId, "user", userId);
        decisions.require(policy.notServiceClient(actor), attempt);
        long cid = companyId != null ? companyId : facts.account(userId).map(UserAccount::primaryCompanyId)
                .orElseThrow(() -> decisions.hidden(attempt, "no such user"));
        AuditRecord inCompany = attempt.inCompany(cid);
        ActorFacts a = facts.actorIn(actor, cid);
        decisions.require(policy.administerIdpLink(a, userId), inCompany);
        Optional<UserAccount> u = facts.account(userId);
        boolean member = u.isPresent() && memberships.find(u.get().id(), cid).isPresent();
        AuditRecord event = u.map(x -> inCompany.target("user", x.userId())).orElse(inCompany);
        decisions.require(policy.idpLinkTarget(a, u.map(TargetFacts::of).orElse(null), member), event);
        return new Target(a, u.get(), event);
    }

    private record Target(ActorFacts actor, UserAccount user, AuditRecord event) {
    }

    /** Links the address: verified at once in a verified domain, else pending with a mailed link. Whether mailed. */
    private boolean link(UserAccount u, ActorFacts a, String address, boolean verifiedDomain) {
        if (verifiedDomain) {
            u.linkVerified(address);
            return false;
        }
        String token = VerificationTokens.newToken();
        Instant now = today.now();
        verifications.add(new IdpVerification(u.id(), a.companyId(), address, VerificationTokens.hash(token), now,
                now.plus(mails.verificationLifetime())));
        u.linkPending(address);
        outbox.queue(new OutboxMail(OutboxMail.Kind.IDP_VERIFICATION, a.companyId(), u.id(), address,
                mails.verificationSubject(), mails.verificationBody(u.displayName(), a.companyName(), address, token),
                token, now));
        return true;
    }

    private static void refuseTaken(UserAccount u, String address, Map<String, Long> holders) {
        Long holder = holders.get(UserAccount.emailKey(address));
        if (holder != null && holder != u.id().longValue()) {
            throw new ConflictException("The address " + address + " is linked to another account");
        }
    }

    private static AuditState linkState(UserAccount u) {
        return AuditState.of().with("idpStatus", u.idpStatus()).with("idpEmail", u.idpEmail());
    }
}
