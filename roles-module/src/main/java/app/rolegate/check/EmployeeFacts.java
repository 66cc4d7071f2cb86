package app.rolegate.check;

import java.time.LocalDate;
import java.util.List;

/**
 * What coverage of one employee X is decided on (SPEC 3, 5.2), read from current data: whether X is an
 * employee of the company asked about, X's home cost centre history, the company's tolerance days, the
 * subject's (the grant holder's) linked employee record in that company, and how many levels X is below it
 * in the hierarchy (null: X is not below it).
 *
 * @param asked the employee id as the question named it
 * @param id X's record id; null when the question named no employee of the company
 */
public record EmployeeFacts(String asked, Long id, String companyName, int toleranceDays, List<Home> homeCostCentres,
        Long holderEmployeeId, Integer depthBelowHolder) {

    /** One entry of the home cost centre history: the cost centre's code from this day on. */
    public record Home(String costCentre, LocalDate from) {
    }

    public EmployeeFacts {
        homeCostCentres = homeCostCentres == null ? List.of()
                : homeCostCentres.stream().sorted(java.util.Comparator.comparing(Home::from)).toList();
    }

    /** No employee of the company by that id. */
    public static EmployeeFacts notInCompany(String asked, String companyName, Long holderEmployeeId) {
        return new EmployeeFacts(asked, null, companyName, 0, List.of(), holderEmployeeId, null);
    }

    public boolean inCompany() {
        return id != null;
    }

    /** Whether X is the subject's own linked employee record (SPEC 3 payroll.payslip.read). */
    public boolean ownRecord() {
        return id != null && id.equals(holderEmployeeId);
    }

    /** How the reasons name X. */
    public String name() {
        return "employee " + (id == null ? asked : id.toString());
    }
}
