package app.rolegate.user.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.platform.Actor;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * SPEC 5.1: a clocking terminal finds the account of a key tag or card, or of an alias typed on a keypad. Only
 * an account the caller may see is found (D2); an unknown card and an invisible account are the same 404
 * (2.1). An alias is never another user's login name (Accounts refuses that), so an alias finds one person.
 */
@Stateless
public class TerminalLookup {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    UserRepository users;

    /** By card id or by alias: the caller names exactly one (the interface checks). */
    public UserView lookup(Actor actor, String cardId, String aliasUserId) {
        AuditRecord attempt = AuditRecord.of(actor, "user.lookup", null, cardId != null ? "card" : "alias",
                cardId != null ? cardId : aliasUserId);
        Optional<UserAccount> found = actor.serviceClient() ? Optional.empty()
                : cardId != null ? users.findByCardId(cardId) : users.findByAlias(aliasUserId);
        TargetFacts target = found.map(TargetFacts::of).orElse(null);
        boolean visible = found.isPresent() && facts.visible(actor, found.get());
        decisions.require(policy.lookup(actor, target, visible), visible ? attempt.target("user", found.get().userId())
                : attempt);
        return UserView.of(found.orElseThrow());
    }
}
