package app.rolegate.pages;

import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.platform.Today;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current company's employee register (SPEC 5.3), a page at a time by number: each record's name,
 * e-mail, manager, employment and home cost centre today, and the account linked to it; with {@code ?manager=}
 * the direct reports of one record, so that the hierarchy can be walked down a level at a time (and up, by
 * each row's manager). The service decides who may read it (D2; 2.1 for everybody else, and for a manager
 * that is no record of the company).
 */
@Named
@RequestScoped
public class EmployeesPage extends PagedList<EmployeeView> {
    static final int SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    EmployeeAdministration employees;

    @Inject
    Today today;

    private Map<Long, EmployeeView> byId = Map.of();
    private String manager;
    private EmployeeView managerShown;

    public EmployeesPage() {
        super(SIZE);
    }

    public void load() {
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            int p = pageAsked();
            long cid = company.id();
            Long managerId = manager == null || manager.isBlank() ? null : EmployeePage.parseId(manager);
            managerShown = managerId == null ? null
                    : Retry.call(() -> employees.employee(caller.actor(), cid, managerId));
            Page<EmployeeView> result = Retry.call(() -> employees.employees(caller.actor(), cid, managerId, p, SIZE));
            show(result);
            byId = result.items().stream().collect(Collectors.toMap(EmployeeView::id, Function.identity()));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    /** The record whose direct reports are shown; null for the whole register. */
    public EmployeeView getManagerShown() {
        return managerShown;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    /** The manager as "number name" where the manager is on this page, else as the record's id. */
    public String manager(EmployeeView e) {
        if (e.managerEmployeeId() == null) {
            return "";
        }
        EmployeeView m = managerShown != null && managerShown.id() == e.managerEmployeeId() ? managerShown
                : byId.get(e.managerEmployeeId());
        return m == null ? Feedback.text("employee.byId", e.managerEmployeeId()) : m.number() + " " + name(m);
    }

    public static String name(EmployeeView e) {
        return (e.firstName() + " " + e.lastName()).strip();
    }

    /** The home cost centre on the server's date: the newest entry from today or before. */
    public String homeToday(EmployeeView e) {
        LocalDate d = today.date();
        return e.homeCostCentres().stream().filter(h -> !h.from().isAfter(d))
                .max(Comparator.comparing(EmployeeView.Home::from)).map(EmployeeView.Home::costCentre).orElse("");
    }

    /** The employment periods, oldest first, each as "start – end", an open end as "until further notice". */
    public List<String> employments(EmployeeView e) {
        return e.employments().stream().sorted(Comparator.comparing(EmployeeView.Period::start))
                .map(p -> p.start() + " – " + (p.end() == null ? Feedback.text("validity.untilFurtherNotice")
                        : p.end().toString())).toList();
    }
}
