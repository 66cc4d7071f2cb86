package app.rolegate.audit.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditQuery;
import app.rolegate.audit.AuditRecord;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reading audit logs: a company's (audit.read: AUDITOR or USER_ADMIN of it), and the platform's (support). */
@Stateless
public class AuditReading {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    AuditQuery query;

    public Page<AuditEventView> company(Actor actor, long companyId, AuditFilter filter, int page, int size) {
        AuditRecord attempt = AuditRecord.of(actor, "audit.read", companyId, "company", companyId);
        decisions.require(policy.notServiceClient(actor), attempt);
        decisions.require(policy.readAudit(facts.actorIn(actor, companyId)), attempt);
        AuditQuery.Page p = query.forCompany(companyId, filter.query(), page, size);
        return new Page<>(p.events().stream().map(AuditEventView::of).toList(), page, size, p.total());
    }

    /** SPEC 2.1: the denials that belong to no company, and other platform events; platform support reads them. */
    public Page<AuditEventView> platform(Actor actor, AuditFilter filter, int page, int size) {
        decisions.require(policy.supportOnly(actor, "reads the platform's audit log"),
                AuditRecord.of(actor, "audit.read", null, "platform", null));
        AuditQuery.Page p = query.forPlatform(filter.query(), page, size);
        return new Page<>(p.events().stream().map(AuditEventView::of).toList(), page, size, p.total());
    }
}
