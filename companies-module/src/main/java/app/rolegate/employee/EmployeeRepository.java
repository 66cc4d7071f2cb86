package app.rolegate.employee;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where employee records are kept, with the company hierarchy as a closure table (ancestor, descendant,
 * depth), whose upkeep is set-based: a manager change costs a fixed number of statements, whatever the size of
 * the subtree that moves.
 */
public interface EmployeeRepository {
    Employee add(Employee employee);

    /** The employee if it belongs to the company; empty for an unknown one and one of another company alike. */
    Optional<Employee> findInCompany(long companyId, long employeeId);

    /**
     * One page of the company's employees by number (their periods and histories: {@link #detailsOf}); with a
     * manager, only those whose manager that record is (its direct reports).
     */
    List<Employee> ofCompany(long companyId, Long managerId, int offset, int limit);

    /** The employment periods and home cost centre histories of many employees, in two queries. */
    Details detailsOf(Collection<Long> employeeIds);

    /** Employment periods and home cost centre histories by employee id, earliest first. */
    record Details(Map<Long, List<EmploymentPeriod>> employments, Map<Long, List<HomeCostCentre>> homeCostCentres) {
        public List<EmploymentPeriod> employmentsOf(long employeeId) {
            return employments.getOrDefault(employeeId, List.of());
        }

        public List<HomeCostCentre> homeCostCentresOf(long employeeId) {
            return homeCostCentres.getOrDefault(employeeId, List.of());
        }
    }

    long countOfCompany(long companyId, Long managerId);

    /** Whether another employee of the company (not {@code exceptId}, which may be null) has this number. */
    boolean numberTaken(long companyId, String number, Long exceptId);

    /**
     * Locks the company's hierarchy until the transaction ends: manager changes in one company run one
     * after the other, so that two of them can never together make a loop that neither made alone.
     */
    void lockHierarchy(long companyId);

    /** Whether {@code candidate} is {@code ancestor} itself or below it, transitively: one closure lookup. */
    boolean isSelfOrBelow(long ancestor, long candidate);

    /** A new employee's own closure row, and its paths under the manager if it has one. */
    void placeNew(long employeeId, Long managerId);

    /** Moves the employee, with everyone below it, under another manager (null: to the top). */
    void move(long employeeId, Long newManagerId);

    /** Counts a change of the record's periods or history as a change of the record (its version grows). */
    void touched(Employee employee);

    void flush();

    /** The employees of these ids, in one query (for views). */
    List<Employee> findAll(Collection<Long> ids);
}
