package app.rolegate.membership;

import app.rolegate.company.Company;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Opens memberships and applies their terms, keeping them consistent with the company: a payroll
 * profile only where payroll is enabled, a CRM profile only where CRM is. Runs in the caller's
 * transaction; who may call is decided by the caller.
 */
@ApplicationScoped
public class Memberships {
    @Inject
    MembershipRepository repository;

    @Inject
    Today today;

    public Membership open(long userAccountId, Company company, MembershipTerms terms) {
        if (repository.find(userAccountId, company.id()).isPresent()) {
            throw new ConflictException("the user is already a member of this company");
        }
        Membership m = new Membership(userAccountId, company.id(), today.now());
        apply(m, company, terms);
        return repository.add(m);
    }

    /** Checks every term first and only then changes anything: a refused change leaves the membership as it was. */
    public void apply(Membership m, Company company, MembershipTerms t) {
        if (t.expectedVersion() != null && t.expectedVersion() != m.version()) {
            throw new ConflictException("the membership was changed by someone else (version " + m.version()
                    + ", the request had " + t.expectedVersion() + "); reload it and try again");
        }
        if (t.payrollProfile() != null && !company.payrollEnabled()) {
            throw new InvalidInputException("payrollProfile", "payroll is not enabled in " + company.name());
        }
        if (t.crmProfile() != null && !company.crmEnabled()) {
            throw new InvalidInputException("crmProfile", "CRM is not enabled in " + company.name());
        }
        if (t.validity() != null) {
            m.setValidity(t.validity());
        }
        if (t.accountingProfile() != null) {
            m.setAccountingProfile(t.accountingProfile());
        }
        if (t.payrollProfile() != null) {
            m.setPayrollProfile(t.payrollProfile());
        }
        if (t.crmProfile() != null) {
            m.setCrmProfile(t.crmProfile());
        }
        if (t.overrides() != null) {
            m.replaceOverrides(t.overrides());
        }
    }
}
