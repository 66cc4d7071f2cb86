package app.rolegate.template;

import app.rolegate.company.Company;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes user templates consistent with their company: a unique name, a payroll profile only where payroll
 * is enabled, a CRM profile only where CRM is. Runs in the caller's transaction; who may call is decided by
 * the caller.
 */
@ApplicationScoped
public class UserTemplates {
    @Inject
    UserTemplateRepository repository;

    @Inject
    Today today;

    public UserTemplate add(Company company, TemplateData d) {
        if (d.payrollProfile() != null && !company.payrollEnabled()) {
            throw new InvalidInputException("payrollProfile", "payroll is not enabled in " + company.name());
        }
        if (d.crmProfile() != null && !company.crmEnabled()) {
            throw new InvalidInputException("crmProfile", "CRM is not enabled in " + company.name());
        }
        if (repository.findByName(company.id(), d.name()).isPresent()) {
            throw new ConflictException("the company has a user template named '" + d.name() + "'");
        }
        return repository.add(new UserTemplate(company.id(), d, today.now()));
    }
}
