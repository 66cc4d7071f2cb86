package app.rolegate.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {
    enum Colour { RED, GREEN }

    private static InvalidInputException invalid(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidInputException.class, e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":}", "nonsense", "{\"a\":1} trailing", "{'a':1}"})
    void malformedBodiesAreRejectedAsInvalidJson(String text) {
        InvalidInputException e = invalid(() -> JsonBody.parse(text));
        assertNull(e.field());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("JSON"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"a\":1}]", "\"text\"", "42", "true", "null"})
    void aBodyMustBeAnObject(String text) {
        InvalidInputException e = invalid(() -> JsonBody.parse(text));
        assertTrue(e.getMessage().contains("must be a JSON object"), e.getMessage());
    }

    @Test
    void duplicateNamesAreRejected() {
        assertEquals("a", invalid(() -> JsonBody.parse("{\"a\":1,\"a\":2}")).field());
        assertEquals("o.b", invalid(() -> JsonBody.parse("{\"o\":{\"b\":1,\"b\":1}}")).field());
    }

    @Test
    void theNulCharacterIsRefusedWhereverItStands_namingTheField() {
        assertEquals("userId", invalid(() -> JsonBody.parse("{\"userId\":\"a\\u0000b\"}")).field());
        assertEquals("o.b", invalid(() -> JsonBody.parse("{\"o\":{\"b\":\"\\u0000\"}}")).field());
        assertEquals("list", invalid(() -> JsonBody.parse("{\"list\":[\"ok\",\"x\\u0000\"]}")).field());
        InvalidInputException name = invalid(() -> JsonBody.parse("{\"a\\u0000\":1}"));
        assertTrue(name.getMessage().contains("NUL"), name.getMessage());
        // Other control characters are the fields' own checks to refuse (Text); the reader keeps them.
        assertEquals("a\u0001b", JsonBody.parse("{\"userId\":\"a\\u0001b\"}").json().getString("userId"));
    }

    @Test
    void unknownFieldsAreNamed() {
        JsonBody body = JsonBody.parse("{\"userId\":\"x\",\"pasword\":\"y\",\"extra\":1}");
        InvalidInputException e = invalid(() -> body.allow("userId", "password"));
        assertEquals("pasword", e.field());
        assertTrue(e.getMessage().contains("pasword") && e.getMessage().contains("extra"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: password, userId"), e.getMessage());
    }

    @Test
    void allowedFieldsPass() {
        JsonBody body = JsonBody.parse("{\"userId\":\"x\"}");
        assertEquals(body, body.allow("userId", "password"));
    }

    @Test
    void requiredStringChecksPresenceTypeBlankAndLength() {
        JsonBody body = JsonBody.parse("{\"s\":\"abc\",\"n\":1,\"b\":\"  \",\"z\":null,\"u\":\"\u00e4\u00e4\"}");
        assertEquals("abc", body.requiredString("s", 3));
        assertEquals("missing", invalid(() -> body.requiredString("missing", 3)).field());
        assertTrue(invalid(() -> body.requiredString("missing", 3)).getMessage().contains("is required"));
        assertTrue(invalid(() -> body.requiredString("z", 3)).getMessage().contains("is required"));
        assertTrue(invalid(() -> body.requiredString("n", 3)).getMessage().contains("must be a string, not a number"));
        assertTrue(invalid(() -> body.requiredString("b", 3)).getMessage().contains("must not be blank"));
        InvalidInputException tooLong = invalid(() -> body.requiredString("s", 2));
        assertEquals("s", tooLong.field());
        assertTrue(tooLong.getMessage().contains("longer than 2"));
        assertEquals("\u00e4\u00e4", body.requiredString("u", 2));
    }

    @Test
    void optionalStringIsEmptyWhenAbsentOrNullAndKeepsBlank() {
        JsonBody body = JsonBody.parse("{\"z\":null,\"b\":\" \"}");
        assertEquals(Optional.empty(), body.optionalString("absent", 10));
        assertEquals(Optional.empty(), body.optionalString("z", 10));
        assertEquals(Optional.of(" "), body.optionalString("b", 10));
    }

    @Test
    void hasAndIsNullTellAbsentFromNull() {
        JsonBody body = JsonBody.parse("{\"z\":null,\"v\":1}");
        assertTrue(body.has("z"));
        assertTrue(body.isNull("z"));
        assertTrue(body.has("v"));
        assertFalse(body.isNull("v"));
        assertFalse(body.has("absent"));
        assertFalse(body.isNull("absent"));
    }

    @Test
    void booleans() {
        JsonBody body = JsonBody.parse("{\"t\":true,\"f\":false,\"s\":\"true\"}");
        assertEquals(Optional.of(true), body.optionalBoolean("t"));
        assertEquals(Optional.of(false), body.optionalBoolean("f"));
        assertEquals(Optional.empty(), body.optionalBoolean("absent"));
        assertTrue(invalid(() -> body.optionalBoolean("s")).getMessage().contains("true or false"));
        assertTrue(body.requiredBoolean("t"));
    }

    @Test
    void longsMustBeWholeAndInRange() {
        JsonBody body = JsonBody.parse("{\"i\":42,\"neg\":-7,\"d\":1.5,\"d0\":1.0,\"big\":123456789012345678901234,\"s\":\"1\"}");
        assertEquals(Optional.of(42L), body.optionalLong("i"));
        assertEquals(-7L, body.requiredLong("neg"));
        assertEquals(Optional.empty(), body.optionalLong("absent"));
        assertEquals("d", invalid(() -> body.optionalLong("d")).field());
        invalid(() -> body.optionalLong("d0"));
        assertTrue(invalid(() -> body.optionalLong("big")).getMessage().contains("out of range"));
        assertTrue(invalid(() -> body.optionalLong("s")).getMessage().contains("whole number"));
    }

    @Test
    void datesAreIsoAndReal() {
        JsonBody body = JsonBody.parse("{\"d\":\"2024-02-29\",\"bad\":\"2023-02-29\",\"fmt\":\"29.2.2024\",\"n\":20240229,\"short\":\"2024-2-1\"}");
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), body.optionalDate("d"));
        assertEquals(Optional.empty(), body.optionalDate("absent"));
        assertTrue(invalid(() -> body.optionalDate("bad")).getMessage().contains("not a real date"));
        assertTrue(invalid(() -> body.optionalDate("fmt")).getMessage().contains("yyyy-MM-dd"));
        assertTrue(invalid(() -> body.optionalDate("short")).getMessage().contains("yyyy-MM-dd"));
        assertEquals("n", invalid(() -> body.optionalDate("n")).field());
    }

    @Test
    void enumsListAllowedValues() {
        JsonBody body = JsonBody.parse("{\"c\":\"GREEN\",\"lower\":\"green\",\"n\":1}");
        assertEquals(Optional.of(Colour.GREEN), body.optionalEnum("c", Colour.class));
        assertEquals(Optional.empty(), body.optionalEnum("absent", Colour.class));
        InvalidInputException e = invalid(() -> body.optionalEnum("lower", Colour.class));
        assertEquals("lower", e.field());
        assertTrue(e.getMessage().contains("RED, GREEN"), e.getMessage());
        invalid(() -> body.optionalEnum("n", Colour.class));
        assertEquals(Colour.GREEN, body.requiredEnum("c", Colour.class));
    }

    @Test
    void nestedObjectsReportFieldPaths() {
        JsonBody body = JsonBody.parse("{\"p\":{\"lang\":5,\"x\":1},\"s\":\"no\"}");
        JsonBody p = body.optionalObject("p").orElseThrow();
        assertEquals("p.lang", invalid(() -> p.requiredString("lang", 5)).field());
        assertEquals("p.x", invalid(() -> p.allow("lang")).field());
        assertEquals(Optional.empty(), body.optionalObject("absent"));
        assertTrue(invalid(() -> body.optionalObject("s")).getMessage().contains("must be an object"));
        assertEquals("q", invalid(() -> body.requiredObject("q")).field());
    }

    @Test
    void otherChecksOfANestedObjectAreNamedByItsPath() {
        JsonBody body = JsonBody.parse("{\"p\":{\"country\":\"X\"}}");
        JsonBody p = body.optionalObject("p").orElseThrow();
        assertEquals("p.country", p.named(new InvalidInputException("country", "country is wrong")).field());
        InvalidInputException already = invalid(() -> p.requiredString("lang", 5));
        assertEquals("p.lang", p.named(already).field());
        assertEquals("country", body.named(new InvalidInputException("country", "country is wrong")).field());
    }
}
