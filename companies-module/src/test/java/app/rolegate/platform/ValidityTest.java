package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SPEC 1, Membership: validity "until further notice" (default) or a period validFrom..validTo, both ends inclusive. */
class ValidityTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    @Test
    void untilFurtherNotice_isValidOnAnyDay() {
        Validity v = Validity.untilFurtherNotice();
        assertNull(v.validFrom());
        assertNull(v.validTo());
        assertTrue(v.isValidOn(LocalDate.of(1900, 1, 1)));
        assertTrue(v.isValidOn(LocalDate.of(2999, 12, 31)));
    }

    @Test
    void period_bothEndsAreInclusive() {
        Validity v = Validity.of(FROM, TO);
        assertFalse(v.isValidOn(FROM.minusDays(1)));
        assertTrue(v.isValidOn(FROM));
        assertTrue(v.isValidOn(FROM.plusDays(10)));
        assertTrue(v.isValidOn(TO));
        assertFalse(v.isValidOn(TO.plusDays(1)));
    }

    @Test
    void openStart_validUpToAndIncludingTheEnd() {
        Validity v = Validity.of(null, TO);
        assertTrue(v.isValidOn(LocalDate.of(1970, 1, 1)));
        assertTrue(v.isValidOn(TO));
        assertFalse(v.isValidOn(TO.plusDays(1)));
    }

    @Test
    void openEnd_validFromTheStartOnwards() {
        Validity v = Validity.of(FROM, null);
        assertFalse(v.isValidOn(FROM.minusDays(1)));
        assertTrue(v.isValidOn(FROM));
        assertTrue(v.isValidOn(LocalDate.of(2999, 1, 1)));
    }

    @Test
    void oneDayPeriod_isAllowed() {
        Validity v = Validity.of(FROM, FROM);
        assertTrue(v.isValidOn(FROM));
        assertFalse(v.isValidOn(FROM.plusDays(1)));
        assertFalse(v.isValidOn(FROM.minusDays(1)));
    }

    @Test
    void of_rejectsEndBeforeStart_namingFieldValidTo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Validity.of(TO, FROM));
        assertEquals("validTo", e.field());
        assertEquals(400, e.status());
    }

    @Test
    void withValidTo_keepsStartAndValidatesTheNewEnd() {
        Validity v = Validity.of(FROM, null);
        Validity ended = v.withValidTo(TO);
        assertEquals(FROM, ended.validFrom());
        assertEquals(TO, ended.validTo());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> v.withValidTo(FROM.minusDays(1)));
        assertEquals("validTo", e.field());
        assertEquals(Validity.untilFurtherNotice(), Validity.untilFurtherNotice().withValidTo(null));
    }

    @Test
    void equalsAndHashCode_byBothEnds() {
        assertEquals(Validity.of(FROM, TO), Validity.of(FROM, TO));
        assertEquals(Validity.of(FROM, TO).hashCode(), Validity.of(FROM, TO).hashCode());
        assertNotEquals(Validity.of(FROM, TO), Validity.of(FROM, null));
        assertNotEquals(Validity.of(FROM, TO), Validity.of(null, TO));
        assertEquals(Validity.untilFurtherNotice(), Validity.of(null, null));
    }

    @Test
    void toString_showsOpenEndsAsEmpty() {
        assertEquals("2025-03-01..2025-03-31", Validity.of(FROM, TO).toString());
        assertEquals("..", Validity.untilFurtherNotice().toString());
        assertEquals("2025-03-01..", Validity.of(FROM, null).toString());
        assertEquals("..2025-03-31", Validity.of(null, TO).toString());
    }
}
