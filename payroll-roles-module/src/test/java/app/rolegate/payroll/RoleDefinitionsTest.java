package app.rolegate.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.delegation.AuditorRole;
import app.rolegate.delegation.BookkeeperRole;
import app.rolegate.delegation.CompanyFacts;
import app.rolegate.delegation.FirmMainUserRole;
import app.rolegate.delegation.RoleDefinition;
import app.rolegate.delegation.UserAdminRole;
import app.rolegate.grant.GrantScope;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.platform.RuleId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** SPEC 1 (the role table and grant scopes), D5/D6 (support's roles), D13 (what firm main users get in a new client), D17. */
class RoleDefinitionsTest {
    private final List<RoleDefinition> all = List.of(new UserAdminRole(), new FirmMainUserRole(), new BookkeeperRole(),
            new AuditorRole(), new PayrollCalculatorRole(), new SupervisorRole(), new PersonalDataHandlerRole());

    private static CompanyFacts client(boolean payroll) {
        return new CompanyFacts(2, "Client Oy", false, 1L, payroll, false, null);
    }

    private static boolean followsEmployees(RoleDefinition r) {
        return r.code().equals("SUPERVISOR") || r.code().equals("PERSONAL_DATA_HANDLER");
    }

    @Test
    void SPEC1_codesAndSeedAbbreviations_asInTheRoleTable() {
        Map<String, String> byCode = new TreeMap<>();
        all.forEach(r -> byCode.put(r.code(), r.abbreviation()));
        assertEquals(Map.of("USER_ADMIN", "KH", "FIRM_MAIN_USER", "TPK", "BOOKKEEPER", "KP", "AUDITOR", "TT",
                "PAYROLL_CALCULATOR", "P", "SUPERVISOR", "E", "PERSONAL_DATA_HANDLER", "HH"), byCode);
        all.forEach(r -> assertFalse(r.description().isBlank(), r.code()));
    }

    @Test
    void SPEC4_D17_supervisorAndPersonalDataHandler_defaultToHierarchy_othersToWholeCompany() {
        for (RoleDefinition r : all) {
            assertEquals(followsEmployees(r) ? GrantScope.HIERARCHY : GrantScope.COMPANY, r.defaultScope(), r.code());
        }
    }

    @Test
    void D17_onlySupervisorAndPersonalDataHandlerTakeAnotherScopeThanTheWholeCompany() {
        for (RoleDefinition r : all) {
            assertEquals(followsEmployees(r) ? Set.of(GrantScope.COMPANY, GrantScope.COST_CENTRE, GrantScope.HIERARCHY)
                    : Set.of(GrantScope.COMPANY), r.scopes(), r.code());
            assertTrue(r.scopes().contains(r.defaultScope()), r.code());
        }
    }

    /** Revision 2: support grants FIRM_MAIN_USER (D5) and, on request, PAYROLL_CALCULATOR (D6); nothing else. */
    @Test
    void D5_D6_supportGrantsOnRequestOnlyFirmMainUserAndPayrollCalculator() {
        for (RoleDefinition r : all) {
            assertEquals(List.of("FIRM_MAIN_USER", "PAYROLL_CALCULATOR").contains(r.code()), r.grantedBySupportOnRequest(),
                    r.code());
        }
    }

    /** D6: a payroll calculator needs payroll profile ALL_RIGHTS to run payroll; no other role warns. */
    @Test
    void D6_payrollCalculatorWarnsWithoutAllRights_otherRolesNever() {
        for (RoleDefinition r : all) {
            for (PayrollProfile p : PayrollProfile.values()) {
                boolean warns = r.code().equals("PAYROLL_CALCULATOR") && p != PayrollProfile.ALL_RIGHTS;
                assertEquals(warns, r.warningWhenHeldWith(p).isPresent(), r.code() + " with " + p);
            }
            assertEquals(r.code().equals("PAYROLL_CALCULATOR"), r.warningWhenHeldWith(null).isPresent(), r.code());
        }
    }

    @Test
    void D13_firmMainUsersInNewClient_getFirmMainUserUserAdminBookkeeper_andPayrollCalculatorWherePayroll() {
        for (boolean payroll : new boolean[] {true, false}) {
            CompanyFacts c = client(payroll);
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
