package app.rolegate.template.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.CompanyRepository;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Page;
import app.rolegate.platform.RuleId;
import app.rolegate.template.TemplateData;
import app.rolegate.template.UserTemplate;
import app.rolegate.template.UserTemplateRepository;
import app.rolegate.template.UserTemplates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A company's user templates (SPEC 5.3, 4.1), for its administrators (D2; 2.1 for everybody else). A user
 * created from one gets its defaults (see MembershipAdministration#createUser). One transaction per call.
 */
@Stateless
public class TemplateAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    CompanyRepository companies;

    @Inject
    UserTemplates templates;

    @Inject
    UserTemplateRepository repository;

    @Inject
    AuditLog audit;

    public Page<TemplateView> templates(Actor actor, long companyId, int page, int size) {
        AuditRecord attempt = AuditRecord.of(actor, "user-templates.list", companyId, "company", companyId);
        decisions.require(policy.administerRegister(facts.actorIn(actor, companyId)), attempt);
        return new Page<>(repository.ofCompany(companyId, Page.offset(page, size), size).stream()
                .map(TemplateView::of).toList(), page, size, repository.countOfCompany(companyId));
    }

    /** A new template; its name is unique in the company (409). */
    public TemplateView add(Actor actor, long companyId, TemplateData data) {
        AuditRecord attempt = AuditRecord.of(actor, "user-template.create", companyId, "user-template", data.name());
        decisions.require(policy.administerRegister(facts.actorIn(actor, companyId)), attempt);
        UserTemplate t = templates.add(companies.find(companyId).orElseThrow(), data);
        audit.allowed(attempt.target("user-template", t.id()).rule(RuleId.D2).change(null, t.auditState()));
        return TemplateView.of(t);
    }
}
