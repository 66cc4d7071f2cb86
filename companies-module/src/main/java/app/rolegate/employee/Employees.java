package app.rolegate.employee;

import app.rolegate.costcentre.CostCentreRepository;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Opens and changes employee records, keeping them consistent with the company: a number unique in it, home
 * cost centres that are its own, a manager who is one of its employees and never below the employee (a loop
 * of any length), and the hierarchy's closure in step with the managers. Everything is checked before
 * anything is written, so a refused change leaves the register as it was. Runs in the caller's transaction;
 * who may call is decided by the caller.
 */
@ApplicationScoped
public class Employees {
    @Inject
    EmployeeRepository repository;

    @Inject
    CostCentreRepository costCentres;

    @Inject
    Today today;

    public Employee open(long companyId, EmployeeData d) {
        if (repository.numberTaken(companyId, d.number(), null)) {
            throw new ConflictException("employee number '" + d.number() + "' is taken in this company");
        }
        checkCostCentres(companyId, d);
        if (d.managerEmployeeId() != null) {
            repository.lockHierarchy(companyId);
            manager(companyId, d.managerEmployeeId());
        }
        Employee e = new Employee(companyId, d, today.now());
        e.setManagerId(d.managerEmployeeId());
        repository.add(e);
        repository.placeNew(e.id(), d.managerEmployeeId());
        return e;
    }

    /** Replaces the record's fields; a new manager moves the employee with everyone below it. */
    public void change(Employee e, EmployeeData d) {
        if (d.expectedVersion() != null && d.expectedVersion() != e.version()) {
            throw new ConflictException("the employee record was changed by someone else (version " + e.version()
                    + ", the request had " + d.expectedVersion() + "); reload it and try again");
        }
        if (!d.number().equals(e.number()) && repository.numberTaken(e.companyId(), d.number(), e.id())) {
            throw new ConflictException("employee number '" + d.number() + "' is taken in this company");
        }
        checkCostCentres(e.companyId(), d);
        boolean moves = !Objects.equals(d.managerEmployeeId(), e.managerId());
        if (moves && d.managerEmployeeId() != null) {
            repository.lockHierarchy(e.companyId());
            manager(e.companyId(), d.managerEmployeeId());
            if (repository.isSelfOrBelow(e.id(), d.managerEmployeeId())) {
                throw new InvalidInputException("managerEmployeeId", d.managerEmployeeId() == e.id().longValue()
                        ? "an employee is not their own manager"
                        : "employee " + d.managerEmployeeId() + " is below employee " + e.id()
                                + " in the hierarchy: making them the manager would make a loop");
            }
        } else if (moves) {
            repository.lockHierarchy(e.companyId());
        }
        e.apply(d);
        repository.touched(e);
        if (moves) {
            e.setManagerId(d.managerEmployeeId());
            repository.flush();
            repository.move(e.id(), d.managerEmployeeId());
        }
    }

    private void manager(long companyId, long managerId) {
        if (repository.findInCompany(companyId, managerId).isEmpty()) {
            throw new InvalidInputException("managerEmployeeId", "the company has no employee " + managerId);
        }
    }

    private void checkCostCentres(long companyId, EmployeeData d) {
        Set<String> named = new HashSet<>();
        d.homeCostCentres().forEach(h -> named.add(h.costCentre()));
        Set<String> known = costCentres.existing(companyId, named);
        for (EmployeeData.Home h : d.homeCostCentres()) {
            if (!known.contains(h.costCentre())) {
                throw new InvalidInputException(d.fieldOf(h.costCentre()), "the company has no cost centre '"
                        + h.costCentre() + "'");
            }
        }
    }
}
