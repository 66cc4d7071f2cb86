package app.rolegate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An audit event's before and after parse as JSON whatever they hold, and always fit the column. */
class AuditStateTest {

    private static JsonObject parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    @Test
    void quotesBackslashesControlCharactersAndNonLatinText_roundTrip() {
        String nasty = "O\"Brien \\ \u0000\u0001\u001f\n\r\t</script> Åsa 李 😀 ' ; DROP TABLE x; --";
        AuditState s = AuditState.of().with("name", nasty).with("costCentre", "K\"1").with("n", 42L)
                .with("ok", true).with("none", null).with("day", LocalDate.of(2026, 12, 1))
                .with("overrides", Map.of("a.b\"", "EDIT")).with("list", List.of("x\"", "y\\"))
                .with("nested", AuditState.of().with("q", "\""));
        JsonObject o = parse(s.json());
        assertEquals(nasty, o.getString("name"));
        assertEquals("K\"1", o.getString("costCentre"));
        assertEquals(42, o.getInt("n"));
        assertTrue(o.getBoolean("ok"));
        assertTrue(o.isNull("none"));
        assertEquals("2026-12-01", o.getString("day"));
        assertEquals("EDIT", o.getJsonObject("overrides").getString("a.b\""));
        assertEquals("y\\", o.getJsonArray("list").getString(1));
        assertEquals("\"", o.getJsonObject("nested").getString("q"));
    }

    @Test
    void longValuesAreShortened_andTheTextAlwaysFitsTheColumn() {
        String huge = "\"\\".repeat(100_000);
        String json = AuditState.of().with("a", huge).with("b", huge).json();
        assertTrue(json.length() <= AuditState.MAX_LENGTH, json.length() + " characters");
        assertTrue(parse(json).getString("a").endsWith("…"));

        AuditState many = AuditState.of();
        for (int i = 0; i < 2000; i++) {
            many.with("field" + i, "\"value\" " + i);
        }
        String marker = many.json();
        assertTrue(marker.length() <= AuditState.MAX_LENGTH);
        assertTrue(parse(marker).getBoolean("truncated"), marker);
    }

    @Test
    void randomText_alwaysParses() {
        SplittableRandom random = new SplittableRandom(20261201L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(0, 600);
            for (int j = 0; j < length; j++) {
                int cp = random.nextInt(10) < 3 ? random.nextInt(0, 0x80) : random.nextInt(0, 0x2FFFF);
                if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    b.appendCodePoint(cp);
                }
            }
            String text = b.toString();
            String json = AuditState.of().with("t", text).json();
            assertTrue(json.length() <= AuditState.MAX_LENGTH);
            String back = parse(json).getString("t");
            assertTrue(text.equals(back) || back.endsWith("…"), "round trip of case " + i);
        }
    }
}
