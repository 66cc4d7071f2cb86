package app.rolegate.web.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;

/**
 * The application's one JSON provider. {@code jakarta.json.Json}'s static methods look the provider
 * up through the ServiceLoader on every call, which cost about 7% of a {@code POST /check} under
 * load (docs/PERFORMANCE.md); the provider is thread-safe, so it is looked up once.
 */
public final class Jsons {
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A builder starting from a copy of the object's members. */
    public static JsonObjectBuilder object(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String s) {
        return PROVIDER.createValue(s);
    }

    public static JsonNumber value(BigDecimal n) {
        return PROVIDER.createValue(n);
    }
}
