package app.rolegate.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 5.3 and 4.1: an employee record's own input rules, whatever interface sends it. */
class EmployeeDataTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    private static EmployeeData data(List<EmployeeData.Period> periods, List<EmployeeData.Home> homes) {
        return new EmployeeData("8", "Erik", "Employee", "erik@example.com", null, periods, homes, null);
    }

    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).field();
    }

    @Test
    void anOpenEmploymentAndSeparatePeriods_areAccepted_inTheOrderSent() {
        EmployeeData d = data(List.of(new EmployeeData.Period(JAN.plusYears(1), null),
                new EmployeeData.Period(JAN, JAN.plusMonths(3))), List.of(new EmployeeData.Home("K1", JAN)));
        assertEquals(JAN.plusYears(1), d.employments().get(0).start());
        assertEquals(2, d.employments().size());
    }

    @Test
    void anEndBeforeItsStart_isRefused_namingTheEnd() {
        assertEquals("employments[1].end", field(() -> data(List.of(new EmployeeData.Period(JAN, JAN),
                new EmployeeData.Period(JAN.plusYears(1), JAN.plusYears(1).minusDays(1))), List.of())));
    }

    @Test
    void overlappingPeriods_areRefused_andTouchingOnesToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> data(List.of(
                new EmployeeData.Period(JAN, JAN.plusMonths(6)), new EmployeeData.Period(JAN.plusMonths(6), null)),
                List.of()));
        assertEquals("employments", e.field());
        assertTrue(e.getMessage().contains("employments[1]") && e.getMessage().contains("employments[0]"), e.getMessage());
        // An open employment overlaps every later one.
        assertEquals("employments", field(() -> data(List.of(new EmployeeData.Period(JAN.plusYears(2), JAN.plusYears(3)),
                new EmployeeData.Period(JAN, null)), List.of())));
        // The day after an end is free.
        data(List.of(new EmployeeData.Period(JAN, JAN.plusMonths(6)), new EmployeeData.Period(JAN.plusMonths(6)
                .plusDays(1), null)), List.of());
    }

    @Test
    void aPeriodWithoutStart_andAHistoryEntryWithoutDayOrCode_areRefused() {
        assertEquals("employments[0].start", field(() -> data(List.of(new EmployeeData.Period(null, JAN)), List.of())));
        assertEquals("homeCostCentres[0].from", field(() -> data(List.of(), List.of(new EmployeeData.Home("K1", null)))));
        assertEquals("homeCostCentres[1].costCentre", field(() -> data(List.of(), List.of(
                new EmployeeData.Home("K1", JAN), new EmployeeData.Home(" ", JAN.plusDays(1))))));
        assertEquals("homeCostCentres[0].costCentre", field(() -> data(List.of(), List.of(
                new EmployeeData.Home("K 1", JAN)))));
    }

    @Test
    void twoHomeCostCentresOnOneDay_areRefused() {
        assertEquals("homeCostCentres[1].from", field(() -> data(List.of(), List.of(new EmployeeData.Home("K1", JAN),
                new EmployeeData.Home("K2", JAN)))));
    }

    @Test
    void numberNamesAndEmail_areChecked() {
        assertEquals("number", field(() -> new EmployeeData(" ", "A", "B", null, null, null, null, null)));
        assertEquals("firstName", field(() -> new EmployeeData("1", null, "B", null, null, null, null, null)));
        assertEquals("lastName", field(() -> new EmployeeData("1", "A", "", null, null, null, null, null)));
        assertEquals("email", field(() -> new EmployeeData("1", "A", "B", "not-an-address", null, null, null, null)));
        assertEquals("number", field(() -> new EmployeeData("1".repeat(31), "A", "B", null, null, null, null, null)));
    }

    @Test
    void datesOutsideWhatEveryDatabaseStores_areRefused() {
        assertEquals("employments[0].start", field(() -> data(List.of(new EmployeeData.Period(LocalDate.of(1899, 12, 31),
                null)), List.of())));
        assertEquals("homeCostCentres[0].from", field(() -> data(List.of(), List.of(new EmployeeData.Home("K1",
                LocalDate.of(10000, 1, 1))))));
    }
}
