package app.rolegate.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.Company;
import app.rolegate.delegation.AuditorRole;
import app.rolegate.delegation.BookkeeperRole;
import app.rolegate.delegation.FirmMainUserRole;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.delegation.UserAdminRole;
import app.rolegate.grant.GrantScope;
import app.rolegate.platform.RuleId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** SPEC 1 (the role table and grant scopes) and D13 (what firm main users get in a new client). */
class RoleDefinitionsTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private final List<RoleDefinition> all = List.of(new UserAdminRole(), new FirmMainUserRole(), new BookkeeperRole(),
            new AuditorRole(), new PayrollCalculatorRole(), new SupervisorRole(), new PersonalDataHandlerRole());

    private static Company client(boolean payroll) {
        return new Company("Client Oy", null, false, 1L, payroll, false, NOW);
    }

    @Test
    void codesAndSeedAbbreviations_asInSpecSection1() {
        Map<String, String> byCode = new TreeMap<>();
        all.forEach(r -> byCode.put(r.code(), r.abbreviation()));
        assertEquals(Map.of("USER_ADMIN", "KH", "FIRM_MAIN_USER", "TPK", "BOOKKEEPER", "KP", "AUDITOR", "TT",
                "PAYROLL_CALCULATOR", "P", "SUPERVISOR", "E", "PERSONAL_DATA_HANDLER", "HH"), byCode);
        all.forEach(r -> assertFalse(r.description().isBlank(), r.code()));
    }

    @Test
    void supervisorAndPersonalDataHandler_defaultToHierarchy_othersToWholeCompany() {
        for (RoleDefinition r : all) {
            boolean hierarchy = r.code().equals("SUPERVISOR") || r.code().equals("PERSONAL_DATA_HANDLER");
            assertEquals(hierarchy ? GrantScope.HIERARCHY : GrantScope.COMPANY, r.defaultScope(), r.code());
        }
    }

    @Test
    void D13_firmMainUsersInNewClient_getFirmMainUserUserAdminBookkeeper_andPayrollCalculatorWherePayroll() {
        for (boolean payroll : new boolean[] {true, false}) {
            Company c = client(payroll);
            for (RoleDefinition r : all) {
                boolean expected = switch (r.code()) {
                    case "FIRM_MAIN_USER", "USER_ADMIN", "BOOKKEEPER" -> true;
                    case "PAYROLL_CALCULATOR" -> payroll;
                    default -> false;
                };
                assertEquals(expected, r.givenToFirmMainUsersInNewClient(c), r.code() + " payroll=" + payroll);
            }
        }
    }

    @Test
    void D6_payrollRolesExistOnlyWherePayrollEnabled_coreRolesEverywhere() {
        for (RoleDefinition r : all) {
            boolean payrollRole = List.of("PAYROLL_CALCULATOR", "SUPERVISOR", "PERSONAL_DATA_HANDLER").contains(r.code());
            assertTrue(r.availableIn(client(true)).isEmpty(), r.code());
            if (payrollRole) {
                assertEquals(RuleId.D6, r.availableIn(client(false)).orElseThrow().rule(), r.code());
            } else {
                assertTrue(r.availableIn(client(false)).isEmpty(), r.code());
            }
        }
    }
}
