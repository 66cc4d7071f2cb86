package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** SPEC 2: rule ids D1..D16 are stable; they appear in error bodies, tests and the audit log. */
class RuleIdTest {

    @Test
    void ruleIds_areExactlyD1ToD16_inOrder() {
        List<String> expected = IntStream.rangeClosed(1, 16).mapToObj(i -> "D" + i).toList();
        assertEquals(expected, Arrays.stream(RuleId.values()).map(Enum::name).toList());
    }

    @Test
    void everyRule_hasATitle() {
        for (RuleId r : RuleId.values()) {
            assertFalse(r.title() == null || r.title().isBlank(), r + " has no title");
        }
    }

    @Test
    void ruleIds_areReadBackFromTheirNames() {
        assertEquals(RuleId.D7, RuleId.valueOf("D7"));
        assertEquals(RuleId.D15, RuleId.valueOf("D15"));
        assertThrows(IllegalArgumentException.class, () -> RuleId.valueOf("D17"));
    }

    @Test
    void D15_titleNamesSeparationOfDuty() {
        assertEquals("Separation of duty", RuleId.D15.title());
    }
}
