package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SPEC 2: rule ids D1..D18 are stable; they appear in error bodies, tests and the audit log. */
class RuleIdTest {

    @Test
    void ruleIds_areD1ToD18_inOrder_thenTheAccessRules() {
        List<String> expected = Stream.concat(IntStream.rangeClosed(1, 18).mapToObj(i -> "D" + i),
                Stream.of("SUPPORT", "CHECK", "AUDIT")).toList();
        assertEquals(expected, Arrays.stream(RuleId.values()).map(Enum::name).toList());
    }

    @Test
    void onlyTheDRules_areDelegationRules() {
        for (RuleId r : RuleId.values()) {
            assertEquals(r.name().matches("D\\d+"), r.isDelegationRule(), r.name());
        }
        assertTrue(RuleId.D18.isDelegationRule());
        assertFalse(RuleId.CHECK.isDelegationRule());
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
        assertEquals(RuleId.D17, RuleId.valueOf("D17"));
        assertThrows(IllegalArgumentException.class, () -> RuleId.valueOf("D19"));
    }

    @Test
    void D15_titleNamesSeparationOfDuty() {
        assertEquals("Separation of duty", RuleId.D15.title());
    }
}
