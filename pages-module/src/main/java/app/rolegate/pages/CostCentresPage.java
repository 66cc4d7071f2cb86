package app.rolegate.pages;

import app.rolegate.employee.application.CostCentreView;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.platform.Retry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The current company's cost centres (SPEC 5.2), a page at a time by code, and a new one: the same service
 * as {@code GET, POST /companies/{cid}/cost-centres}, which decides who may (D2; 2.1 for everybody else) and
 * checks the code and name as the API does. A code the company has already is said at the code.
 */
@Named
@ViewScoped
public class CostCentresPage extends PagedList<CostCentreView> {
    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;
    static final Map<String, String> FIELDS = Map.of("code", "costCentre:code", "name", "costCentre:name");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    EmployeeAdministration employees;

        private String code;
    private String name;

    public CostCentresPage() {
        super(SIZE);
    }

    public void load() {
        show(null);
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            int p = pageAsked();
            long cid = company.id();
            show(Retry.call(() -> employees.costCentres(caller.actor(), cid, p, SIZE)));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public String add() {
        try {
            long cid = company.id();
            CostCentreView k = Retry.call(() -> employees.addCostCentre(caller.actor(), cid, code, name));
            Feedback.info("costCentres.added", k.code(), k.name());
            return Nav.costCentres();
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS, FIELDS.get("code"));
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
