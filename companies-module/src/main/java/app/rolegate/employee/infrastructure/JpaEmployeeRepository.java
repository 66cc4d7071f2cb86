package app.rolegate.employee.infrastructure;

import app.rolegate.company.Company;
import app.rolegate.employee.Employee;
import app.rolegate.employee.EmployeeRepository;
import app.rolegate.employee.EmploymentPeriod;
import app.rolegate.employee.HomeCostCentre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Employees in JPA; the hierarchy's closure in native SQL, set-based and portable between Derby and
 * PostgreSQL (neither recursion nor a statement per level): moving an employee deletes the paths from its
 * old ancestors into its subtree in one statement and inserts the paths from the new manager's ancestors
 * into it in another.
 */
@ApplicationScoped
public class JpaEmployeeRepository implements EmployeeRepository {
    /** The paths from the employee's proper ancestors to everyone in its subtree (itself included). */
    private static final String DETACH = "DELETE FROM employee_hierarchy"
            + " WHERE descendant_id IN (SELECT s.descendant_id FROM employee_hierarchy s WHERE s.ancestor_id = ?)"
            + " AND ancestor_id IN (SELECT a.ancestor_id FROM employee_hierarchy a WHERE a.descendant_id = ?"
            + " AND a.depth > 0)";
    /** Every ancestor of the manager (itself included) above everyone in the employee's subtree. */
    private static final String ATTACH = "INSERT INTO employee_hierarchy (ancestor_id, descendant_id, depth)"
            + " SELECT a.ancestor_id, s.descendant_id, a.depth + s.depth + 1"
            + " FROM employee_hierarchy a, employee_hierarchy s WHERE a.descendant_id = ? AND s.ancestor_id = ?";

    @PersistenceContext(unitName = "rolegate")
    private EntityManager em;

    @Override
    public Employee add(Employee employee) {
        em.persist(employee);
        em.flush();
        return employee;
    }

    @Override
    public Optional<Employee> findInCompany(long companyId, long employeeId) {
        Employee e = em.find(Employee.class, employeeId);
        return e != null && e.companyId() == companyId ? Optional.of(e) : Optional.empty();
    }

    @Override
    public List<Employee> ofCompany(long companyId, Long managerId, int offset, int limit) {
        TypedQuery<Employee> q = managerId == null
                ? em.createQuery("SELECT e FROM Employee e WHERE e.companyId = :c ORDER BY e.number, e.id", Employee.class)
                : em.createQuery("SELECT e FROM Employee e WHERE e.companyId = :c AND e.managerId = :m"
                        + " ORDER BY e.number, e.id", Employee.class).setParameter("m", managerId);
        return q.setParameter("c", companyId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Native SQL: EclipseLink 4.0.9 fails to batch-read element collections of embeddables (a NullPointerException
     * in the aggregate's mapping), and reading them lazily would cost two queries per employee.
     */
    @Override
    public Details detailsOf(Collection<Long> employeeIds) {
        Map<Long, List<EmploymentPeriod>> periods = new HashMap<>();
        Map<Long, List<HomeCostCentre>> homes = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return new Details(periods, homes);
        }
        String in = employeeIds.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
        Query p = em.createNativeQuery("SELECT employee_id, start_date, end_date FROM employment_period"
                + " WHERE employee_id IN " + in + " ORDER BY employee_id, start_date");
        Query h = em.createNativeQuery("SELECT employee_id, cost_centre, valid_from FROM home_cost_centre"
                + " WHERE employee_id IN " + in + " ORDER BY employee_id, valid_from");
        int i = 1;
        for (Long id : employeeIds) {
            p.setParameter(i, id);
            h.setParameter(i++, id);
        }
        for (Object row : p.getResultList()) {
            Object[] r = (Object[]) row;
            periods.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new EmploymentPeriod(date(r[1]), date(r[2])));
        }
        for (Object row : h.getResultList()) {
            Object[] r = (Object[]) row;
            homes.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new HomeCostCentre((String) r[1], date(r[2])));
        }
        return new Details(periods, homes);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    @Override
    public long countOfCompany(long companyId, Long managerId) {
        TypedQuery<Long> q = managerId == null
                ? em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.companyId = :c", Long.class)
                : em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.companyId = :c AND e.managerId = :m",
                        Long.class).setParameter("m", managerId);
        return q.setParameter("c", companyId).getSingleResult();
    }

    @Override
    public boolean numberTaken(long companyId, String number, Long exceptId) {
        return em.createQuery("SELECT e.id FROM Employee e WHERE e.companyId = :c AND e.number = :n", Long.class)
                .setParameter("c", companyId).setParameter("n", number).getResultList().stream()
                .anyMatch(id -> !id.equals(exceptId));
    }

    @Override
    public void lockHierarchy(long companyId) {
        Company c = em.find(Company.class, companyId);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean isSelfOrBelow(long ancestor, long candidate) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM employee_hierarchy WHERE ancestor_id = ?"
                + " AND descendant_id = ?").setParameter(1, ancestor).setParameter(2, candidate).getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public void placeNew(long employeeId, Long managerId) {
        em.createNativeQuery("INSERT INTO employee_hierarchy (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)")
                .setParameter(1, employeeId).setParameter(2, employeeId).executeUpdate();
        if (managerId != null) {
            em.createNativeQuery(ATTACH).setParameter(1, managerId).setParameter(2, employeeId).executeUpdate();
        }
    }

    @Override
    public void move(long employeeId, Long newManagerId) {
        em.createNativeQuery(DETACH).setParameter(1, employeeId).setParameter(2, employeeId).executeUpdate();
        if (newManagerId != null) {
            em.createNativeQuery(ATTACH).setParameter(1, newManagerId).setParameter(2, employeeId).executeUpdate();
        }
    }

    @Override
    public void touched(Employee employee) {
        em.lock(employee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Employee> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Employee e WHERE e.id IN :ids", Employee.class).setParameter("ids", ids)
                .getResultList();
    }
}
