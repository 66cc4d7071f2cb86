package app.rolegate.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rolegate.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1, User account: for country FI the personal identity code is validated (DDMMYYCZZZQ; century
 * sign + for the 1800s, - Y X W V U for the 1900s, A B C D E F for the 2000s; a real date; ZZZ
 * 002-899; Q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31]); other countries are stored
 * as given, not validated.
 */
class PersonalIdentityCodeTest {
    static final String FIELD = "personalIdentityCode";

    /** The check character of SPEC 1, computed independently of the code under test. */
    static char checkChar(String ddmmyy, String zzz) {
        long n = Long.parseLong(ddmmyy + zzz);
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (n % 31));
    }

    /** A code with the right check character for these parts. */
    static String fi(String ddmmyy, char century, String zzz) {
        return ddmmyy + century + zzz + checkChar(ddmmyy, zzz);
    }

    static void assertRejected(String country, String code, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PersonalIdentityCode.of(country, code), () -> country + " " + code + " should be rejected");
        assertEquals(field, e.field());
        assertEquals(400, e.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010180-1232", "150690-2349", "020295-345J", "311299-456X", "010101-2027"})
    void validFinnishCodes_accepted(String code) {
        PersonalIdentityCode c = PersonalIdentityCode.of("FI", code);
        assertEquals("FI", c.country());
        assertEquals(code, c.code());
        assertEquals(checkChar(code.substring(0, 6), code.substring(7, 10)), code.charAt(10),
                "the helper agrees with the known-good example");
    }

    @ParameterizedTest
    @ValueSource(chars = {'+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'})
    void everyCenturySign_accepted(char sign) {
        String code = fi("010101", sign, "202");
        assertEquals(code, PersonalIdentityCode.of("FI", code).code());
    }

    @ParameterizedTest
    @ValueSource(chars = {'G', 'Z', '`', '*', '/', '1', ' '})
    void unknownCenturySign_rejected(char sign) {
        assertRejected("FI", fi("010101", sign, "202"), FIELD);
    }

    @ParameterizedTest(name = "{0}{1} real date: {2}")
    @CsvSource({
        // 29 February: 2000 was a leap year, 1900 and 1800 were not; 1896, 1996 and 2096 are.
        "290200, A, true",
        "290200, -, false",
        "290200, Y, false",
        "290200, +, false",
        "290296, -, true",
        "290296, +, true",
        "290296, B, true",
        "290297, -, false",
        "290297, B, false",
        "300299, -, false",
        "300299, A, false",
        "310490, -, false",
        "320190, -, false",
        "000190, -, false",
        "011390, -, false",
        "010090, -, false",
        "311299, -, true",
        "311299, +, true",
        "311299, F, true",
    })
    void dateMustBeARealDateInTheSignsCentury(String ddmmyy, char sign, boolean real) {
        String code = fi(ddmmyy, sign, "345");
        if (real) {
            assertDoesNotThrow(() -> PersonalIdentityCode.of("FI", code));
        } else {
            assertRejected("FI", code, FIELD);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "900", "901", "950", "999"})
    void individualNumberOutside002To899_rejected(String zzz) {
        assertRejected("FI", fi("150690", '-', zzz), FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"002", "003", "100", "500", "898", "899"})
    void individualNumber002To899_accepted(String zzz) {
        String code = fi("150690", '-', zzz);
        assertEquals(code, PersonalIdentityCode.of("FI", code).code());
    }

    @Test
    void everyWrongCheckCharacter_rejected() {
        String body = "131052-308";
        char right = checkChar("131052", "308");
        for (char q : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            if (q != right) {
                assertRejected("FI", body + q, FIELD);
            }
        }
        assertDoesNotThrow(() -> PersonalIdentityCode.of("FI", body + right));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052308T", "131052-308", "131052-3088T", "13105-308T", "1310522308T", "AB1052-308T",
        "131052-3O8T", "131052 - 308T", "131052-308TT"})
    void wrongShape_rejected(String code) {
        assertRejected("FI", code, FIELD);
    }

    @Test
    void lowerCaseInput_normalisedToUpperCase() {
        assertEquals("131052-308T", PersonalIdentityCode.of("FI", "131052-308t").code());
        String withLetterSign = fi("010105", 'A', "202");
        PersonalIdentityCode c = PersonalIdentityCode.of("fi", withLetterSign.toLowerCase());
        assertEquals("FI", c.country());
        assertEquals(withLetterSign, c.code());
    }

    @Test
    void surroundingWhitespace_stripped() {
        PersonalIdentityCode c = PersonalIdentityCode.of(" fi ", "  020295-345J ");
        assertEquals("FI", c.country());
        assertEquals("020295-345J", c.code());
    }

    @ParameterizedTest
    @CsvSource({"SE, 19121212-1212", "SE, 300299-0000", "NO, 01010112345", "EE, 39001010000", "DE, 131052-308A"})
    void otherCountries_notValidated(String country, String code) {
        PersonalIdentityCode c = PersonalIdentityCode.of(country, code);
        assertEquals(country, c.country());
        assertEquals(code, c.code());
    }

    @Test
    void finnishRulesApplyOnlyToFinland_theSameInvalidCodeIsRejectedForFI() {
        assertDoesNotThrow(() -> PersonalIdentityCode.of("SE", "300299-0000"));
        assertRejected("FI", "300299-0000", FIELD);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "F", "FIN", "F1", "12", "F-", "Ö1"})
    void countryMustBeTwoLetters(String country) {
        assertRejected(country, "131052-308T", "country");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyCode_rejected(String code) {
        assertRejected("FI", code, FIELD);
        assertRejected("SE", code, FIELD);
    }

    @Test
    void overlongCode_rejectedEvenWhereNotValidated() {
        assertRejected("SE", "1".repeat(31), FIELD);
        assertDoesNotThrow(() -> PersonalIdentityCode.of("SE", "1".repeat(30)));
    }
}
