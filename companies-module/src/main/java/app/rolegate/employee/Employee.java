package app.rolegate.employee;

import app.rolegate.audit.AuditState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An employee record of a company (SPEC 5.3): number, name, e-mail, employment periods, the dated home cost
 * centre history and the manager (another employee of the same company). Optimistically locked: two
 * administrators may edit it at once. The hierarchy's closure is kept by {@link Employees}.
 */
@Entity
@Table(name = "employee")
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "employee_number", nullable = false)
    private String number;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String email;

    @Column(name = "manager_id")
    private Long managerId;

    // Lazy: a page of employees reads these for the whole page in one query each (EmployeeRepository.detailsOf).
    // Unordered in the mapping: sorted when read.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "employment_period", joinColumns = @JoinColumn(name = "employee_id"))
    private List<EmploymentPeriod> employments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "home_cost_centre", joinColumns = @JoinColumn(name = "employee_id"))
    private List<HomeCostCentre> homeCostCentres = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(long companyId, EmployeeData data, Instant createdAt) {
        this.companyId = companyId;
        this.createdAt = createdAt;
        apply(data);
    }

    public Long id() { return id; }
    public long companyId() { return companyId; }
    public String number() { return number; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public Long managerId() { return managerId; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    /** The employment periods, earliest first. */
    public List<EmploymentPeriod> employments() {
        return employments.stream().sorted(Comparator.comparing(EmploymentPeriod::start)).toList();
    }

    /** The home cost centre history, earliest first. */
    public List<HomeCostCentre> homeCostCentres() {
        return homeCostCentres.stream().sorted(Comparator.comparing(HomeCostCentre::from)).toList();
    }

    /** The home cost centre on the day (without tolerance), if the history names one by then. */
    public Optional<String> homeCostCentreOn(LocalDate day) {
        String found = null;
        for (HomeCostCentre h : homeCostCentres()) {
            if (!h.from().isAfter(day)) {
                found = h.costCentre();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Everything but the manager, which {@link Employees} sets with the hierarchy. */
    void apply(EmployeeData d) {
        this.number = d.number();
        this.firstName = d.firstName();
        this.lastName = d.lastName();
        this.email = d.email();
        employments.clear();
        d.employments().stream().sorted(Comparator.comparing(EmployeeData.Period::start))
                .forEach(p -> employments.add(new EmploymentPeriod(p.start(), p.end())));
        homeCostCentres.clear();
        d.homeCostCentres().stream().sorted(Comparator.comparing(EmployeeData.Home::from))
                .forEach(h -> homeCostCentres.add(new HomeCostCentre(h.costCentre(), h.from())));
    }

    void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    /** The record as the audit log records it. */
    public AuditState auditState() {
        return AuditState.of().with("number", number).with("firstName", firstName).with("lastName", lastName)
                .with("email", email).with("managerEmployeeId", managerId)
                .with("employments", employments().stream().map(EmploymentPeriod::toString).toList())
                .with("homeCostCentres", homeCostCentres().stream().map(HomeCostCentre::toString).toList());
    }
}
