package app.rolegate.pages;

import app.rolegate.employee.EmployeeData;
import app.rolegate.employee.application.CostCentreView;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One employee record of the current company (SPEC 5.3), new ({@code employee.xhtml}) or to change
 * ({@code ?eid=}): number, names, e-mail, manager, employment periods and the dated home cost centre
 * history. The same command as the API's ({@link EmployeeData}, checked as it is made, so bad input is
 * named at its field), and a change sends the version read: an edit that came second is refused and the
 * page shows the current record. A record of another company reads "not found", as an unknown one (2.1).
 */
@Named
@ViewScoped
public class EmployeePage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "employee:";

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    EmployeeAdministration employees;

    private String eid;
    private Long id;
    private boolean found;
    private long version;
    private String linkedUserId;

    private String number;
    private String firstName;
    private String lastName;
    private String email;
    private Long managerId;
    private List<PeriodRow> periods = new ArrayList<>();
    private List<HomeRow> homes = new ArrayList<>();

    private transient Page<EmployeeView> managers;
    private transient List<CostCentreView> costCentres;

    /** One employment period as the form edits it. */
    public static class PeriodRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate start;
        private LocalDate end;
        private boolean remove;

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        boolean blank() {
            return start == null && end == null;
        }
    }

    /** One entry of the home cost centre history as the form edits it. */
    public static class HomeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String costCentre;
        private LocalDate from;
        private boolean remove;

        public String getCostCentre() {
            return costCentre;
        }

        public void setCostCentre(String costCentre) {
            this.costCentre = costCentre;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        boolean blank() {
            return (costCentre == null || costCentre.isBlank()) && from == null;
        }
    }

    /** Reads the record (or starts a new one) and what its form offers. */
    public void load() {
        found = false;
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            long cid = company.id();
            if (eid == null || eid.isBlank()) {
                id = null;
                fill(null);
            } else {
                id = parseId(eid);
                fill(Retry.call(() -> employees.employee(caller.actor(), cid, id)));
            }
            managers = EmployeeChoices.employees(employees, caller.actor(), cid);
            costCentres = EmployeeChoices.costCentres(employees, caller.actor(), cid);
            found = true;
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    /** An id in the address that is no number names nothing: 2.1's "not found", as for an unknown record. */
    static long parseId(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private void fill(EmployeeView e) {
        periods = new ArrayList<>();
        homes = new ArrayList<>();
        if (e == null) {
            version = 0;
            linkedUserId = null;
            number = firstName = lastName = email = null;
            managerId = null;
        } else {
            version = e.version();
            linkedUserId = e.linkedUserId();
            number = e.number();
            firstName = e.firstName();
            lastName = e.lastName();
            email = e.email();
            managerId = e.managerEmployeeId();
            for (EmployeeView.Period p : e.employments()) {
                PeriodRow r = new PeriodRow();
                r.start = p.start();
                r.end = p.end();
                periods.add(r);
            }
            for (EmployeeView.Home h : e.homeCostCentres()) {
                HomeRow r = new HomeRow();
                r.costCentre = h.costCentre();
                r.from = h.from();
                homes.add(r);
            }
        }
        periods.add(new PeriodRow());
        homes.add(new HomeRow());
    }

    public String addPeriod() {
        periods.add(new PeriodRow());
        return null;
    }

    public String addHome() {
        homes.add(new HomeRow());
        return null;
    }

    /** Adds the record, or changes it with the version read. */
    public String save() {
        Map<String, String> fields = new HashMap<>();
        for (String f : new String[] {"number", "firstName", "lastName", "email"}) {
            fields.put(f, FORM + f);
        }
        fields.put("managerEmployeeId", FORM + (isManagersComplete() ? "manager" : "managerId"));
        fields.put("employments", FORM + "addPeriod");
        fields.put("homeCostCentres", FORM + "addHome");
        List<EmployeeData.Period> sentPeriods = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            PeriodRow r = periods.get(i);
            if (r.remove || r.blank()) {
                continue;
            }
            String at = "employments[" + sentPeriods.size() + "]";
            String row = FORM + "periods:" + i + ":";
            fields.put(at, row + "start");
            fields.put(at + ".start", row + "start");
            fields.put(at + ".end", row + "end");
            sentPeriods.add(new EmployeeData.Period(r.start, r.end));
        }
        List<EmployeeData.Home> sentHomes = new ArrayList<>();
        for (int i = 0; i < homes.size(); i++) {
            HomeRow r = homes.get(i);
            if (r.remove || r.blank()) {
                continue;
            }
            String at = "homeCostCentres[" + sentHomes.size() + "]";
            String row = FORM + "homes:" + i + ":";
            fields.put(at, row + "costCentre");
            fields.put(at + ".costCentre", row + "costCentre");
            fields.put(at + ".from", row + "from");
            sentHomes.add(new EmployeeData.Home(r.costCentre, r.from));
        }
        try {
            long cid = company.id();
            EmployeeData data = new EmployeeData(number, firstName, lastName, blank(email), managerId, sentPeriods,
                    sentHomes, id == null ? null : version);
            EmployeeView saved = Retry.call(() -> id == null ? employees.addEmployee(caller.actor(), cid, data)
                    : employees.changeEmployee(caller.actor(), cid, id, data, null));
            Feedback.info(id == null ? "employee.added" : "employee.saved", saved.number(), EmployeesPage.name(saved));
            return Nav.employee(saved.id());
        } catch (RuntimeException e) {
            if (Feedback.decisive(e) instanceof ConflictException && id != null && changedMeanwhile()) {
                Feedback.failure(e, fields);
                load();
            } else if (Feedback.failure(e, fields, FORM + "number") == Feedback.Kind.CONFLICT) {
                load(); // the database's own check of the version, at the end of the transaction
            }
            return null;
        }
    }

    /** Whether the record's version is no longer the one read: the 409 was a concurrent edit, not the number. */
    private boolean changedMeanwhile() {
        try {
            long cid = company.id();
            return Retry.call(() -> employees.employee(caller.actor(), cid, id)).version() != version;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------- for the view

    public boolean isFound() {
        return found;
    }

    public boolean isCreating() {
        return id == null;
    }

    /** The records offered as manager: the company's, this one excepted. */
    public List<EmployeeView> getManagers() {
        return managers == null ? List.of() : managers.items().stream().filter(e -> id == null || e.id() != id).toList();
    }

    /** Whether every record of the company is offered; otherwise the form asks for the manager's id. */
    public boolean isManagersComplete() {
        return managers != null && EmployeeChoices.complete(managers);
    }

    public String choiceLabel(EmployeeView e) {
        return EmployeeChoices.label(e);
    }

    public List<CostCentreView> getCostCentres() {
        return costCentres == null ? List.of() : costCentres;
    }

    public String getEid() {
        return eid;
    }

    public void setEid(String eid) {
        this.eid = eid;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLinkedUserId() {
        return linkedUserId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public List<HomeRow> getHomes() {
        return homes;
    }
}
