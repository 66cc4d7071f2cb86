package app.rolegate.company.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.company.CompanySettings;
import app.rolegate.delegation.ActorFacts;
import app.rolegate.delegation.Decision;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RuleId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/**
 * A company's settings (SPEC 4.1, 5.2, 5.4): the permission tolerance days of cost-centre moves and the
 * verified e-mail domains, read and changed by the company's administrators (D2; 2.1 for everybody else); a
 * new verified domain is platform support's to add ({@link DelegationPolicy#changeSettings}).
 * Two administrators may change them at once: the company's version is their ETag. One transaction per call.
 */
@Stateless
public class CompanySettingsAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditLog audit;

    public SettingsView settings(Actor actor, long companyId) {
        AuditRecord attempt = AuditRecord.of(actor, "settings.read", companyId, "company", companyId);
        decisions.require(policy.readSettings(facts.actorIn(actor, companyId)), attempt);
        return SettingsView.of(companies.find(companyId).orElseThrow());
    }

    /** Changes what the request names; a stale If-Match is 412, a stale version 409. */
    public SettingsView change(Actor actor, long companyId, CompanySettings s, Long ifMatch) {
        AuditRecord attempt = AuditRecord.of(actor, "settings.change", companyId, "company", companyId);
        ActorFacts a = facts.actorIn(actor, companyId);
        decisions.require(policy.readSettings(a), attempt);
        Company c = companies.find(companyId).orElseThrow();
        Set<String> added = new TreeSet<>(s.verifiedDomains() == null ? Set.of() : s.verifiedDomains());
        added.removeAll(c.verifiedDomains());
        Decision d = decisions.require(policy.changeSettings(a, added), attempt);
        if (ifMatch != null && ifMatch != c.version()) {
            throw new PreconditionFailedException("The settings were changed since they were read (version "
                    + c.version() + ", If-Match named " + ifMatch + "); reload them and try again");
        }
        if (s.expectedVersion() != null && s.expectedVersion() != c.version()) {
            throw new ConflictException("The settings were changed by someone else (version " + c.version()
                    + ", the request had " + s.expectedVersion() + "); reload them and try again");
        }
        AuditState before = c.settingsAuditState();
        c.changeSettings(s);
        companies.touched(c);
        audit.allowed(attempt.rule(d.rule()).change(before, c.settingsAuditState()));
        companies.flush();
        return SettingsView.of(c);
    }
}
