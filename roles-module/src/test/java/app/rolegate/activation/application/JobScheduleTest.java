package app.rolegate.activation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class JobScheduleTest {
    private static final String S = "rolegate.jobs.employment-activation.schedule";

    @Test
    void sixCalendarFields() {
        ScheduleExpression e = JobSchedule.parse(S, " 0 30 2 * * * ");
        assertEquals("0", e.getSecond());
        assertEquals("30", e.getMinute());
        assertEquals("2", e.getHour());
        assertEquals("*", e.getDayOfMonth());
        assertEquals("*", e.getMonth());
        assertEquals("*", e.getDayOfWeek());
        assertEquals("*/5", JobSchedule.parse(S, "*/5 * * * * *").getSecond());
        assertEquals("Mon-Fri", JobSchedule.parse(S, "0 0 3 * * Mon-Fri").getDayOfWeek());
    }

    @Test
    void off() {
        assertNull(JobSchedule.parse(S, "off"));
        assertNull(JobSchedule.parse(S, " OFF "));
    }

    @Test
    void anythingElseNamesTheSetting() {
        for (String bad : new String[] {"", "0 30 2 * *", "0 30 2 * * * *", "daily", "0 30 2 * * ;"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobSchedule.parse(S, bad));
            assertTrue(e.getMessage().startsWith(S), e.getMessage());
        }
    }
}
