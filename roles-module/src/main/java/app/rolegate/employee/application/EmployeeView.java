package app.rolegate.employee.application;

import app.rolegate.employee.Employee;
import app.rolegate.employee.EmploymentPeriod;
import app.rolegate.employee.HomeCostCentre;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee record as the interfaces show it, with the login name of the account linked to it (null when
 * none) and the version to send back when changing it.
 */
public record EmployeeView(long id, long companyId, String number, String firstName, String lastName, String email,
        Long managerEmployeeId, List<Period> employments, List<Home> homeCostCentres, String linkedUserId,
        long version) {

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Home(String costCentre, LocalDate from) {
    }

    public static EmployeeView of(Employee e, String linkedUserId) {
        return of(e, e.employments(), e.homeCostCentres(), linkedUserId);
    }

    /** With the periods and history read for a whole page at once. */
    public static EmployeeView of(Employee e, List<EmploymentPeriod> employments, List<HomeCostCentre> homes,
            String linkedUserId) {
        return new EmployeeView(e.id(), e.companyId(), e.number(), e.firstName(), e.lastName(), e.email(), e.managerId(),
                employments.stream().map(p -> new Period(p.start(), p.end())).toList(),
                homes.stream().map(h -> new Home(h.costCentre(), h.from())).toList(), linkedUserId, e.version());
    }
}
