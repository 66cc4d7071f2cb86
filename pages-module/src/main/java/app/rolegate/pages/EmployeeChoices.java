package app.rolegate.pages;

import app.rolegate.employee.application.CostCentreView;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import java.util.List;

/**
 * The company's employee records and cost centres to choose from in a form (a manager, a record to link to
 * an account, a home cost centre), read through the same service as the lists. Up to {@value #MAX} of each,
 * by number and code: with more, the form asks for the record's id (shown on the employee's page) instead.
 */
final class EmployeeChoices {
    static final int MAX = 500;

    private EmployeeChoices() {
    }

    static Page<EmployeeView> employees(EmployeeAdministration service, Actor actor, long companyId) {
        return Retry.call(() -> service.employees(actor, companyId, null, 0, MAX));
    }

    static List<CostCentreView> costCentres(EmployeeAdministration service, Actor actor, long companyId) {
        return Retry.call(() -> service.costCentres(actor, companyId, 0, MAX)).items();
    }

    static boolean complete(Page<EmployeeView> p) {
        return p.total() <= p.items().size();
    }

    /** "8 Erik Employee" (and the account linked to it, in the words of the page's language). */
    static String label(EmployeeView e) {
        String base = e.number() + " " + EmployeesPage.name(e);
        return e.linkedUserId() == null ? base : Feedback.text("employee.choiceLinked", base, e.linkedUserId());
    }
}
