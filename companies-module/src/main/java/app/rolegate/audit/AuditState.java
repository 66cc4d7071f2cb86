package app.rolegate.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.Map;

/**
 * The one way an audit event's before and after are written: a JSON object built with JSON-P, so
 * that quotes, backslashes, control characters and any script come out escaped. The text always
 * fits the audit table's column: long values are shortened, and if the object is still too long it
 * is replaced by a marker object, never cut in the middle (which would make it invalid JSON).
 */
public final class AuditState {
    /** The length of the before_state and after_state columns. */
    public static final int MAX_LENGTH = 8000;
    private static final int LONG_VALUE = 400;
    private static final int SHORT_VALUE = 60;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final java.util.LinkedHashMap<String, Object> values = new java.util.LinkedHashMap<>();

    private AuditState() {
    }

    public static AuditState of() {
        return new AuditState();
    }

    /** Adds a value: null, a string (or anything else, by its text), a number, a boolean, a map or another state. */
    public AuditState with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The JSON text, at most {@value #MAX_LENGTH} characters. */
    public String json() {
        String full = build(LONG_VALUE);
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String shorter = build(SHORT_VALUE);
        if (shorter.length() <= MAX_LENGTH) {
            return shorter;
        }
        return JSON.createObjectBuilder().add("truncated", true).add("fields", values.size()).build().toString();
    }

    @Override
    public String toString() {
        return json();
    }

    private String build(int maxValue) {
        return object(values, maxValue).build().toString();
    }

    private static JsonObjectBuilder object(Map<String, ?> map, int maxValue) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        map.forEach((k, v) -> add(b, String.valueOf(k), v, maxValue));
        return b;
    }

    private static void add(JsonObjectBuilder b, String name, Object v, int maxValue) {
        if (v == null) {
            b.addNull(name);
        } else if (v instanceof Boolean bool) {
            b.add(name, bool);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            b.add(name, ((Number) v).longValue());
        } else if (v instanceof AuditState s) {
            b.add(name, object(s.values, maxValue));
        } else if (v instanceof Map<?, ?> m) {
            b.add(name, object(stringKeys(m), maxValue));
        } else if (v instanceof Iterable<?> list) {
            var a = JSON.createArrayBuilder();
            for (Object item : list) {
                a.add(item instanceof AuditState s ? object(s.values, maxValue).build()
                        : JSON.createValue(shorten(String.valueOf(item), maxValue)));
            }
            b.add(name, a);
        } else if (v instanceof LocalDate || v instanceof Enum<?>) {
            b.add(name, v.toString());
        } else {
            b.add(name, shorten(v.toString(), maxValue));
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        java.util.LinkedHashMap<String, Object> r = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> r.put(String.valueOf(k), v));
        return r;
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }
}
