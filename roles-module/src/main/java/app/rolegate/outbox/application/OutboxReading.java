package app.rolegate.outbox.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.outbox.Outbox;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A company's outbox (SPEC 4.1): its administrators see each mail but its body and token; platform support sees all. */
@Stateless
public class OutboxReading {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    Outbox outbox;

    public Page<MailView> ofCompany(Actor actor, long companyId, int page, int size) {
        AuditRecord attempt = AuditRecord.of(actor, "outbox.read", companyId, "company", companyId);
        decisions.require(policy.notServiceClient(actor), attempt);
        Decision d = decisions.require(policy.readOutbox(facts.actorIn(actor, companyId)), attempt);
        boolean whole = DelegationPolicy.readsMailsWhole(d);
        return new Page<>(outbox.ofCompany(companyId, Page.offset(page, size), size).stream()
                .map(m -> MailView.of(m, whole)).toList(), page, size, outbox.countOfCompany(companyId));
    }
}
