package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static app.rolegate.it.Register.home;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC 3 "covering X" and 5.2 against the real server: POST /check with employeeId answers time.approve,
 * payroll.payslip.read and personal-data.edit from the employee register: cost-centre scopes with the company's
 * tolerance around a move (its four edges, and t = 0), the hierarchy at depth and after a subtree moves, X's own
 * record, and revision 2's approver. Coverage is decided on the server's current date, so every history here is
 * built relative to today.
 */
class CoverageIT {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate LONG_AGO = TODAY.minusDays(400);

    /** POST /check about an employee, asked by the company's administrator; fails unless 200 with reasons. */
    private static JsonObject check(Company c, String userId, String permission, Object employeeId) {
        JsonObject v = Api.post(V1 + "/check", c.admin(), object("userId", userId, "companyId", c.id(), "permission",
                permission, "employeeId", String.valueOf(employeeId))).expect(200).json();
        assertFalse(v.getJsonArray("reasons").isEmpty(), v.toString());
        return v;
    }

    private static void assertCovers(boolean expected, Company c, String userId, Object employeeId, String... inReason) {
        JsonObject v = check(c, userId, "time.approve", employeeId);
        assertEquals(expected, v.getBoolean("allowed"), () -> userId + " about employee " + employeeId + ": " + v);
        for (String text : inReason) {
            assertTrue(v.getJsonArray("reasons").toString().contains(text), () -> "'" + text + "' not in " + v);
        }
    }

    /** A member given SUPERVISOR scoped to one cost centre. */
    private static Person supervisorOf(Company c, String costCentre) {
        Person p = Delegation.member(c.admin(), c.id());
        Delegation.grantWith(c.admin(), c.id(), p.userId(), object("role", "SUPERVISOR", "scope", "COST_CENTRE",
                "costCentre", costCentre)).expect(201);
        return p;
    }

    private static Company withCostCentres(int toleranceDays) {
        Company c = Delegation.company(false, true);
        Register.costCentre(c.admin(), c.id(), "K1");
        Register.costCentre(c.admin(), c.id(), "K2");
        Register.tolerance(c.admin(), c.id(), toleranceDays);
        return c;
    }

    /** An employee moving from K1 to K2 on today + offset (so that today is D - offset). */
    private static long mover(Company c, int daysUntilMove) {
        return Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO), home("K2", TODAY.plusDays(daysUntilMove)));
    }

    @Test
    void SPEC52_toleranceOfThreeDays_bothCostCentresCover_fromDminusTtoDplusT() {
        Company c = withCostCentres(3);
        Person newSup = supervisorOf(c, "K2");
        Person oldSup = supervisorOf(c, "K1");
        long dMinusTMinus1 = mover(c, 4); // today is D - t - 1
        long dMinusT = mover(c, 3);
        long dPlusT = mover(c, -3);
        long dPlusTPlus1 = mover(c, -4);
        assertCovers(false, c, newSup.userId(), dMinusTMinus1, "K2", "does not cover");
        assertCovers(true, c, newSup.userId(), dMinusT, "SUPERVISOR (scope COST_CENTRE K2)", "tolerance of 3 days",
                TODAY.plusDays(3).toString());
        assertCovers(true, c, newSup.userId(), dPlusT, "the home cost centre on " + TODAY + " is K2");
        assertCovers(true, c, newSup.userId(), dPlusTPlus1, "the home cost centre on " + TODAY + " is K2");
        assertCovers(true, c, oldSup.userId(), dMinusTMinus1, "the home cost centre on " + TODAY + " is K1");
        assertCovers(true, c, oldSup.userId(), dMinusT, "the home cost centre on " + TODAY + " is K1");
        assertCovers(true, c, oldSup.userId(), dPlusT, "SUPERVISOR (scope COST_CENTRE K1)", "from K1 to K2",
                "tolerance of 3 days");
        assertCovers(false, c, oldSup.userId(), dPlusTPlus1, "K1", "does not cover");
        // The same windows hold for the other permissions that follow coverage.
        assertTrue(check(c, newSup.userId(), "payroll.payslip.read", dMinusT).getBoolean("allowed"));
        assertFalse(check(c, oldSup.userId(), "payroll.payslip.read", dPlusTPlus1).getBoolean("allowed"));
    }

    /** t = 0 means the move day only: both cover on D, the new one not before it, the old one not after it. */
    @Test
    void SPEC52_toleranceZero_meansTheMoveDayOnly() {
        Company c = withCostCentres(0);
        Person newSup = supervisorOf(c, "K2");
        Person oldSup = supervisorOf(c, "K1");
        long dMinus1 = mover(c, 1);
        long d = mover(c, 0);
        long dPlus1 = mover(c, -1);
        assertCovers(false, c, newSup.userId(), dMinus1);
        assertCovers(true, c, newSup.userId(), d);
        assertCovers(true, c, newSup.userId(), dPlus1);
        assertCovers(true, c, oldSup.userId(), dMinus1);
        assertCovers(true, c, oldSup.userId(), d, "from K1 to K2 on " + TODAY, "tolerance of 0 days");
        assertCovers(false, c, oldSup.userId(), dPlus1);
        // The company's setting is read on every check: one more day of tolerance reaches D - 1.
        Register.tolerance(c.admin(), c.id(), 1);
        assertCovers(true, c, newSup.userId(), dMinus1, "tolerance of 1 days");
        assertCovers(true, c, oldSup.userId(), dPlus1);
    }

    /** The first home cost centre is no move: no tolerance before it; a cost centre never held is never covered. */
    @Test
    void SPEC52_noToleranceBeforeTheFirstHomeCostCentre_andNoneForOtherCostCentres() {
        Company c = withCostCentres(5);
        Register.costCentre(c.admin(), c.id(), "K3");
        Person sup = supervisorOf(c, "K2");
        long starts = Register.employee(c.admin(), c.id(), null, home("K2", TODAY.plusDays(2)));
        assertCovers(false, c, sup.userId(), starts, "no home cost centre on " + TODAY);
        long elsewhere = Register.employee(c.admin(), c.id(), null, home("K3", LONG_AGO));
        assertCovers(false, c, sup.userId(), elsewhere, "is K3");
    }

    @Test
    void SPEC3_hierarchy_coversEveryoneBelow_atAnyDepth_notTheHolderNorAboveNorBeside() {
        Company c = Delegation.company(false, true);
        Register.costCentre(c.admin(), c.id(), "K1");
        List<Long> chain = new ArrayList<>();
        Long manager = null;
        for (int i = 0; i <= 10; i++) {
            manager = Register.employee(c.admin(), c.id(), manager, home("K1", LONG_AGO));
            chain.add(manager);
        }
        long beside = Register.employee(c.admin(), c.id(), chain.get(0), home("K1", LONG_AGO));
        Person top = Delegation.member(c.admin(), c.id());
        Person middle = Delegation.member(c.admin(), c.id());
        Person unlinked = Delegation.member(c.admin(), c.id());
        for (Person p : List.of(top, middle, unlinked)) {
            Delegation.granted(c.admin(), c.id(), p.userId(), Delegation.SUP); // HIERARCHY, the default
        }
        Register.linkTo(c.admin(), top.userId(), c.id(), chain.get(0));
        Register.linkTo(c.admin(), middle.userId(), c.id(), chain.get(5));

        assertCovers(true, c, top.userId(), chain.get(10), "SUPERVISOR (scope HIERARCHY)", "10 levels below");
        assertCovers(true, c, top.userId(), chain.get(1), "1 level below");
        assertCovers(true, c, top.userId(), beside);
        assertCovers(false, c, top.userId(), chain.get(0), "not the record itself");
        assertCovers(true, c, middle.userId(), chain.get(10), "5 levels below");
        assertCovers(true, c, middle.userId(), chain.get(6));
        assertCovers(false, c, middle.userId(), chain.get(4), "not below");
        assertCovers(false, c, middle.userId(), chain.get(0));
        assertCovers(false, c, middle.userId(), beside);
        assertCovers(false, c, unlinked.userId(), chain.get(10), "linked to no employee record");

        // The subtree from chain[5] down moves under another root: coverage follows at once.
        long root = Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO));
        Person rootSup = Delegation.member(c.admin(), c.id());
        Delegation.granted(c.admin(), c.id(), rootSup.userId(), Delegation.SUP);
        Register.linkTo(c.admin(), rootSup.userId(), c.id(), root);
        Api.put(Register.employee(c.id(), chain.get(5)), c.admin(), Register.withManager(Register.read(c.admin(), c.id(),
                chain.get(5)), root)).expect(200);
        assertCovers(false, c, top.userId(), chain.get(10));
        assertCovers(false, c, top.userId(), chain.get(5));
        assertCovers(true, c, top.userId(), chain.get(4), "4 levels below");
        assertCovers(true, c, rootSup.userId(), chain.get(10), "6 levels below");
        assertCovers(true, c, middle.userId(), chain.get(10), "5 levels below");
        // A loop through the moved subtree is refused and changes nothing.
        Api.put(Register.employee(c.id(), root), c.admin(), Register.withManager(Register.read(c.admin(), c.id(), root),
                chain.get(10))).expectInvalid("managerEmployeeId");
        assertCovers(true, c, rootSup.userId(), chain.get(10), "6 levels below");
        // To the top and back under chain[4]: the old paths return, with their depths.
        Api.put(Register.employee(c.id(), chain.get(5)), c.admin(), Register.withManager(Register.read(c.admin(), c.id(),
                chain.get(5)), null)).expect(200);
        assertCovers(false, c, rootSup.userId(), chain.get(10));
        Api.put(Register.employee(c.id(), chain.get(5)), c.admin(), Register.withManager(Register.read(c.admin(), c.id(),
                chain.get(5)), chain.get(4))).expect(200);
        assertCovers(true, c, top.userId(), chain.get(10), "10 levels below");
    }

    /** SPEC 4.1: an employee of another company, or an unknown one, is simply not covered, whatever the scope. */
    @Test
    void anEmployeeOfAnotherCompanyOrAnUnknownOne_isNotCovered() {
        Company c = withCostCentres(0);
        Company other = withCostCentres(0);
        Person sup = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "ALL_RIGHTS"));
        Delegation.grantWith(c.admin(), c.id(), sup.userId(), object("role", "SUPERVISOR", "scope", "COMPANY")).expect(201);
        Delegation.granted(c.admin(), c.id(), sup.userId(), Delegation.PC);
        long own = Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO));
        long foreign = Register.employee(other.admin(), other.id(), null, home("K1", LONG_AGO));
        assertCovers(true, c, sup.userId(), own, "covers every employee of");
        for (Object x : List.of(foreign, 987654321L, "abc", -1)) {
            for (String permission : List.of("time.approve", "payroll.payslip.read", "personal-data.edit")) {
                JsonObject v = check(c, sup.userId(), permission, x);
                assertFalse(v.getBoolean("allowed"), permission + " " + x + ": " + v);
                assertTrue(v.getJsonArray("reasons").toString().contains("is not an employee of"), v.toString());
            }
        }
        // Another company's employee reads the same as one that does not exist.
        assertEquals(check(c, sup.userId(), "time.approve", foreign).getJsonArray("reasons").toString()
                .replace(String.valueOf(foreign), "X"), check(c, sup.userId(), "time.approve", 987654321L)
                .getJsonArray("reasons").toString().replace("987654321", "X"));
    }

    @Test
    void SPEC3_payslip_ownRecord_profile_orSupervisorCovering() {
        Company c = withCostCentres(0);
        long mine = Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO));
        long colleague = Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO));
        Person u = Delegation.person(c.admin(), c.id(), Delegation.terms("payrollProfile", "EMPLOYEE"));
        Register.linkTo(c.admin(), u.userId(), c.id(), mine);
        JsonObject v = check(c, u.userId(), "payroll.payslip.read", mine);
        assertTrue(v.getBoolean("allowed"), v.toString());
        assertTrue(v.getJsonArray("reasons").toString().contains("own employee record"), v.toString());
        assertFalse(check(c, u.userId(), "payroll.payslip.read", colleague).getBoolean("allowed"));
        // U asks about U (SPEC 3: who may ask).
        JsonObject self = Api.post(V1 + "/check", u.token(), object("userId", u.userId(), "companyId", c.id(),
                "permission", "payroll.payslip.read", "employeeId", String.valueOf(mine))).expect(200).json();
        assertTrue(self.getBoolean("allowed"), self.toString());
        // The own record gives no approval of one's own time.
        assertFalse(check(c, u.userId(), "time.approve", mine).getBoolean("allowed"));
        Person mgmt = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "MANAGEMENT"));
        assertTrue(check(c, mgmt.userId(), "payroll.payslip.read", colleague).getBoolean("allowed"));
    }

    /** SPEC 3 revision 2: APPROVER with a SUPERVISOR or PERSONAL_DATA_HANDLER grant covering X; no other grant. */
    @Test
    void SPEC3rev2_anApproverNeedsASupervisorOrPersonalDataHandlerGrantCoveringX() {
        Company c = withCostCentres(0);
        long inK1 = Register.employee(c.admin(), c.id(), null, home("K1", LONG_AGO));
        long inK2 = Register.employee(c.admin(), c.id(), null, home("K2", LONG_AGO));
        Person approver = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "APPROVER"));
        Delegation.granted(c.admin(), c.id(), approver.userId(), Delegation.BK);
        Delegation.granted(c.admin(), c.id(), approver.userId(), Delegation.PC);
        JsonObject v = check(c, approver.userId(), "time.approve", inK1);
        assertFalse(v.getBoolean("allowed"), "BOOKKEEPER and PAYROLL_CALCULATOR make no approver: " + v);
        Delegation.grantWith(c.admin(), c.id(), approver.userId(), object("role", "PERSONAL_DATA_HANDLER", "scope",
                "COST_CENTRE", "costCentre", "K1")).expect(201);
        assertCovers(true, c, approver.userId(), inK1, "payroll profile APPROVER with PERSONAL_DATA_HANDLER");
        assertCovers(false, c, approver.userId(), inK2, "an approver also needs");
        // A PERSONAL_DATA_HANDLER without the APPROVER profile approves nothing, yet edits personal data.
        Person handler = Delegation.member(c.admin(), c.id(), Delegation.terms("payrollProfile", "EMPLOYEE"));
        Delegation.grantWith(c.admin(), c.id(), handler.userId(), object("role", "PERSONAL_DATA_HANDLER", "scope",
                "COST_CENTRE", "costCentre", "K1")).expect(201);
        assertCovers(false, c, handler.userId(), inK1, "is not APPROVER");
        assertTrue(check(c, handler.userId(), "personal-data.edit", inK1).getBoolean("allowed"));
        assertFalse(check(c, handler.userId(), "personal-data.edit", inK2).getBoolean("allowed"));
        assertTrue(check(c, approver.userId(), "personal-data.edit", inK2).getBoolean("allowed"), "PAYROLL_CALCULATOR");
    }
}
