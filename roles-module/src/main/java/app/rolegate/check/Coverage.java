package app.rolegate.check;

import app.rolegate.check.CheckFacts.GrantFacts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a grant covers an employee on a date (SPEC 3 "covering X"): the whole company always
 * does; cost-centre and hierarchy scopes need the employee register, which contributes its own
 * implementation. Without one, only company-wide grants cover.
 */
public interface Coverage {
    /** Empty when the grant covers the employee; otherwise why not. */
    Optional<String> covers(GrantFacts grant, long companyId, String employeeId, LocalDate day);
}
