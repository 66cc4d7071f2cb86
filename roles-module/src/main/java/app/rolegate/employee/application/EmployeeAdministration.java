package app.rolegate.employee.application;

import app.rolegate.administration.Decisions;
import app.rolegate.administration.Facts;
import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.audit.AuditState;
import app.rolegate.costcentre.CostCentre;
import app.rolegate.costcentre.CostCentreRepository;
import app.rolegate.delegation.DelegationPolicy;
import app.rolegate.delegation.TargetFacts;
import app.rolegate.employee.Employee;
import app.rolegate.employee.EmployeeData;
import app.rolegate.employee.EmployeeRepository;
import app.rolegate.employee.Employees;
import app.rolegate.platform.Actor;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.PreconditionFailedException;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Today;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A company's cost centres and employee register (SPEC 5.1-5.3), for its administrators (D2; 2.1 for
 * everybody else): list, read, create, change. Load the facts, let the {@link DelegationPolicy} decide, deny
 * and audit, or write and audit. One transaction per call.
 */
@Stateless
public class EmployeeAdministration {
    @Inject
    Facts facts;

    @Inject
    Decisions decisions;

    @Inject
    DelegationPolicy policy;

    @Inject
    CostCentreRepository costCentres;

    @Inject
    EmployeeRepository employeeRepository;

    @Inject
    Employees employees;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** One page of the company's cost centres, by code. */
    public Page<CostCentreView> costCentres(Actor actor, long companyId, int page, int size) {
        require(actor, companyId, AuditRecord.of(actor, "cost-centres.list", companyId, "company", companyId));
        return new Page<>(costCentres.ofCompany(companyId, Page.offset(page, size), size).stream()
                .map(CostCentreView::of).toList(), page, size, costCentres.countOfCompany(companyId));
    }

    /** A new cost centre; its code is unique in the company (409). */
    public CostCentreView addCostCentre(Actor actor, long companyId, String code, String name) {
        AuditRecord attempt = AuditRecord.of(actor, "cost-centre.create", companyId, "cost-centre", code);
        require(actor, companyId, attempt);
        CostCentre k = new CostCentre(companyId, code, name, today.now());
        if (costCentres.exists(companyId, k.code())) {
            throw new ConflictException("the company has a cost centre '" + k.code() + "'");
        }
        costCentres.add(k);
        audit.allowed(attempt.target("cost-centre", k.code()).rule(RuleId.D2).change(null, k.auditState()));
        return CostCentreView.of(k);
    }

    /**
     * One page of the company's employees, by number, or of one record's direct reports (the hierarchy a level
     * at a time; a manager id that is no record of the company has none, as 2.1 wants): a fixed number of
     * queries whatever the page size.
     */
    public Page<EmployeeView> employees(Actor actor, long companyId, Long managerId, int page, int size) {
        require(actor, companyId, AuditRecord.of(actor, "employees.list", companyId, "company", companyId));
        List<Employee> found = employeeRepository.ofCompany(companyId, managerId, Page.offset(page, size), size);
        List<Long> ids = found.stream().map(Employee::id).toList();
        EmployeeRepository.Details details = employeeRepository.detailsOf(ids);
        Map<Long, String> linked = new HashMap<>();
        users.findByEmployeeIds(ids).forEach(u -> linked.put(u.employeeId(), u.userId()));
        return new Page<>(found.stream().map(e -> EmployeeView.of(e, details.employmentsOf(e.id()),
                details.homeCostCentresOf(e.id()), linked.get(e.id()))).toList(), page, size,
                employeeRepository.countOfCompany(companyId, managerId));
    }

    /** One employee record; an unknown one and one of another company are the same 404 (2.1). */
    public EmployeeView employee(Actor actor, long companyId, long employeeId) {
        AuditRecord attempt = AuditRecord.of(actor, "employee.read", companyId, "employee", employeeId);
        require(actor, companyId, attempt);
        return view(find(companyId, employeeId, attempt));
    }

    public EmployeeView addEmployee(Actor actor, long companyId, EmployeeData data) {
        if (data.expectedVersion() != null) {
            throw new InvalidInputException("version", "a new employee record has no version yet; version is for a"
                    + " change (PUT)");
        }
        AuditRecord attempt = AuditRecord.of(actor, "employee.create", companyId, "employee", data.number());
        require(actor, companyId, attempt);
        Employee e = employees.open(companyId, data);
        audit.allowed(attempt.target("employee", e.id()).rule(RuleId.D2).change(null, e.auditState()));
        return EmployeeView.of(e, null);
    }

    /**
     * Replaces an employee record (PUT): stale If-Match is 412, a stale version 409. A new manager moves the
     * employee with everyone below; an account linked to the record follows a new e-mail (SPEC 5.3).
     */
    public EmployeeView changeEmployee(Actor actor, long companyId, long employeeId, EmployeeData data, Long ifMatch) {
        AuditRecord attempt = AuditRecord.of(actor, "employee.change", companyId, "employee", employeeId);
        require(actor, companyId, attempt);
        Employee e = find(companyId, employeeId, attempt);
        if (ifMatch != null && ifMatch != e.version()) {
            throw new PreconditionFailedException("The employee record was changed since it was read (version "
                    + e.version() + ", If-Match named " + ifMatch + "); reload it and try again");
        }
        AuditState before = e.auditState();
        String oldEmail = e.email();
        employees.change(e, data);
        audit.allowed(attempt.rule(RuleId.D2).change(before, e.auditState()));
        users.findByEmployeeId(e.id()).ifPresent(u -> followEmail(actor, companyId, e, u, oldEmail));
        employeeRepository.flush();
        return view(e);
    }

    /**
     * SPEC 5.3: a user linked to an employee gets the employee's e-mail, also when it changes; only for an
     * account whose primary company is the employee's (as when the link was made, D18), and only when the actor
     * may change the user's e-mail (D10): otherwise the whole change is refused, saying why.
     */
    private void followEmail(Actor actor, long companyId, Employee e, UserAccount u, String oldEmail) {
        if (e.email() == null || Objects.equals(e.email(), oldEmail) || u.primaryCompanyId() != companyId) {
            return;
        }
        decisions.require(policy.emailFromEmployee(facts.actorIn(actor, companyId), TargetFacts.of(u), e.email(),
                u.email()), AuditRecord.of(actor, "user.email-from-employee", companyId, "user", u.userId())
                .detail("employee " + e.id()));
        AuditState before = u.auditState();
        u.linkEmployee(e.id(), e.email());
        audit.allowed(AuditRecord.of(actor, "user.email-from-employee", companyId, "user", u.userId())
                .rule(RuleId.D2).change(before, u.auditState()).detail("employee " + e.id()));
    }

    private EmployeeView view(Employee e) {
        return EmployeeView.of(e, users.findByEmployeeId(e.id()).map(UserAccount::userId).orElse(null));
    }

    private Employee find(long companyId, long employeeId, AuditRecord attempt) {
        return employeeRepository.findInCompany(companyId, employeeId).orElseThrow(() -> hidden(attempt));
    }

    private void require(Actor actor, long companyId, AuditRecord attempt) {
        decisions.require(policy.administerRegister(facts.actorIn(actor, companyId)), attempt);
    }

    private NotFoundException hidden(AuditRecord attempt) {
        return decisions.hidden(attempt, "no such employee in the company");
    }
}
