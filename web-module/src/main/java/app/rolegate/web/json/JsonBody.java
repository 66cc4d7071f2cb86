package app.rolegate.web.json;

import app.rolegate.platform.InvalidInputException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON object received as a request body, read strictly. Every accessor either returns a value of
 * the asked type or throws {@link InvalidInputException} (400) naming the field. Optional accessors
 * return empty when the field is absent or JSON {@code null}; use {@link #has} and {@link #isNull} to
 * tell "leave as is" from "clear" in partial updates. Nested objects report fields by their path
 * ({@code profile.language}).
 */
public final class JsonBody {
    private static final JsonParserFactory PARSERS = Jsons.PROVIDER.createParserFactory(Map.of());
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonObject json;
    private final String prefix;

    private JsonBody(JsonObject json, String prefix) {
        this.json = json;
        this.prefix = prefix;
    }

    /** How deep objects and arrays may nest in a request; Rolegate's bodies need three levels. */
    public static final int MAX_DEPTH = 16;

    /**
     * Parses a request body, which must be one JSON object in UTF-8 (RFC 8259 8.1): bytes that are
     * not well-formed UTF-8 (a lone FF, an overlong C0 AF, CESU-8 surrogates) are refused, not replaced.
     */
    public static JsonBody parse(byte[] body) {
        if (body == null) {
            return parse((String) null);
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(null, "The request body is not valid UTF-8 (RFC 8259 section 8.1)");
        }
    }

    /** Parses a request body that must be one JSON object. */
    public static JsonBody parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(null, "The request body is empty; a JSON object is expected");
        }
        JsonValue value;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            value = read(parser, parser.next(), "", 1);
            if (parser.hasNext()) {
                throw new JsonException("unexpected content after the JSON value at " + parser.getLocation());
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException | NumberFormatException
                | ArithmeticException e) {
            // The parser's message names line and column; it quotes no more of the body than that.
            throw new InvalidInputException(null, "The request body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "The request body must be a JSON object, not "
                    + value.getValueType().name().toLowerCase());
        }
        return new JsonBody(value.asJsonObject(), "");
    }

    /**
     * Builds the value from parser events. Done by hand because duplicate names must be refused
     * (which of two values the sender meant is unknowable) and the parser's own builder keeps the last.
     */
    private static JsonValue read(JsonParser parser, JsonParser.Event event, String path, int depth) {
        if ((event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) && depth > MAX_DEPTH) {
            throw new InvalidInputException(path.isEmpty() ? null : path.substring(0, path.length() - 1),
                    "The request body nests objects or arrays deeper than " + MAX_DEPTH + " levels");
        }
        return switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Jsons.object();
                Set<String> seen = new HashSet<>();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                    String name = noNul(path + name(parser.getString()), parser.getString());
                    if (!seen.add(name)) {
                        throw new InvalidInputException(path + name, "The field " + path + name + " appears twice");
                    }
                    object.add(name, read(parser, parser.next(), path + name + ".", depth + 1));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Jsons.array();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                    array.add(read(parser, e, path, depth + 1));
                }
                yield array.build();
            }
            case VALUE_STRING -> Jsons.value(noNul(path.isEmpty() ? null : path.substring(0, path.length() - 1),
                    parser.getString()));
            case VALUE_NUMBER -> Jsons.value(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new JsonException("unexpected " + event + " at " + parser.getLocation());
        };
    }

    /**
     * U+0000 is no character of any name, code or text Rolegate keeps, and PostgreSQL cannot store it in a text
     * column: refused wherever it stands in a body, before any field reaches a lookup (fields whose own checks
     * would refuse it are not the only ones that meet the database, e.g. a user id to look up).
     */
    private static String noNul(String field, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, (field == null ? "The request body" : field)
                    + " holds the NUL character (U+0000), which no field may hold");
        }
        return value;
    }

    private static String name(String raw) {
        return raw.replace("\u0000", "\\u0000");
    }

    /** Wraps an object that was already parsed. */
    public static JsonBody of(JsonObject json) {
        return new JsonBody(json, "");
    }

    /** The underlying object, for the rare case the accessors do not cover. */
    public JsonObject json() {
        return json;
    }

    /** Rejects any field not named here, so that a misspelt field is an error, not ignored. */
    public JsonBody allow(String... names) {
        Set<String> allowed = Set.of(names);
        Set<String> unknown = new LinkedHashSet<>();
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            String list = unknown.stream().map(this::path).collect(Collectors.joining(", "));
            String known = Arrays.stream(names).sorted().collect(Collectors.joining(", "));
            throw new InvalidInputException(path(unknown.iterator().next()),
                    (unknown.size() == 1 ? "Unknown field: " : "Unknown fields: ") + list
                            + " (allowed: " + (known.isEmpty() ? "none" : known) + ")");
        }
        return this;
    }

    /** Whether the field is present, even as {@code null}. */
    public boolean has(String name) {
        return json.containsKey(name);
    }

    /** Whether the field is present and JSON {@code null}. */
    public boolean isNull(String name) {
        return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.NULL;
    }

    public String requiredString(String name, int maxLength) {
        String v = optionalString(name, maxLength).orElseThrow(() -> missing(name));
        if (v.isBlank()) {
            throw new InvalidInputException(path(name), path(name) + " must not be blank");
        }
        return v;
    }

    /** The string as sent (not trimmed; may be blank), at most {@code maxLength} characters. */
    public Optional<String> optionalString(String name, int maxLength) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(name, "a string", v);
        }
        String s = ((JsonString) v).getString();
        if (s.codePointCount(0, s.length()) > maxLength) {
            throw new InvalidInputException(path(name),
                    path(name) + " is longer than " + maxLength + " characters");
        }
        return Optional.of(s);
    }

    public boolean requiredBoolean(String name) {
        return optionalBoolean(name).orElseThrow(() -> missing(name));
    }

    public Optional<Boolean> optionalBoolean(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        return switch (v.getValueType()) {
            case TRUE -> Optional.of(Boolean.TRUE);
            case FALSE -> Optional.of(Boolean.FALSE);
            default -> throw wrongType(name, "true or false", v);
        };
    }

    public long requiredLong(String name) {
        return optionalLong(name).orElseThrow(() -> missing(name));
    }

    /** A whole number that fits a long; {@code 1.0}, {@code 1e3} and strings are refused. */
    public Optional<Long> optionalLong(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw wrongType(name, "a whole number", v);
        }
        try {
            return Optional.of(((JsonNumber) v).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(path(name), path(name) + " is out of range");
        }
    }

    public LocalDate requiredDate(String name) {
        return optionalDate(name).orElseThrow(() -> missing(name));
    }

    /** A calendar date written {@code yyyy-MM-dd}. */
    public Optional<LocalDate> optionalDate(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(name, "a date (yyyy-MM-dd)", v);
        }
        String s = ((JsonString) v).getString();
        if (!ISO_DATE.matcher(s).matches()) {
            throw new InvalidInputException(path(name), path(name) + " must be a date written yyyy-MM-dd");
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeException e) {
            throw new InvalidInputException(path(name), path(name) + " is not a real date: " + s);
        }
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        return optionalEnum(name, type).orElseThrow(() -> missing(name));
    }

    /** One of the enum's constant names, exactly as written in the code. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(path(name), path(name) + " must be one of: " + allowed);
        }
        String s = ((JsonString) v).getString();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return Optional.of(e);
            }
        }
        throw new InvalidInputException(path(name), path(name) + " must be one of: " + allowed);
    }

    public JsonBody requiredObject(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    /** A nested object, read as strictly as this one; its errors name {@code name.field}. */
    public Optional<JsonBody> optionalObject(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(name, "an object", v);
        }
        return Optional.of(new JsonBody(v.asJsonObject(), path(name) + "."));
    }

    /**
     * A failure found by other checks on this object's fields, named as the caller sent it: in a
     * nested object {@code country} becomes {@code firstUser.country}. Failures already named so pass.
     */
    public InvalidInputException named(InvalidInputException e) {
        if (prefix.isEmpty() || (e.field() != null && e.field().startsWith(prefix))) {
            return e;
        }
        return e.within(prefix.substring(0, prefix.length() - 1));
    }

    /**
     * Binds this object to a record of the API's model: every record component is a field (any other
     * field is refused), read by its type (String, Long, Integer, Boolean, LocalDate, a nested record,
     * a list of records, a map of strings); components marked {@code @Schema(required = true)} must be
     * present. Types are checked here; what a value may be is the command's to check.
     */
    public <R extends Record> R bind(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        allow(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(components[i]);
        }
        try {
            Constructor<R> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type.getName(), e);
        }
    }

    private Object value(RecordComponent c) {
        String name = c.getName();
        Class<?> t = c.getType();
        Schema schema = schemaOf(c);
        if (schema != null && schema.required() && (!has(name) || isNull(name))) {
            throw missing(name);
        }
        if (t == String.class) {
            return optionalString(name, Integer.MAX_VALUE).orElse(null);
        } else if (t == Long.class || t == long.class) {
            return optionalLong(name).orElse(t == long.class ? 0L : null);
        } else if (t == Integer.class || t == int.class) {
            Long v = optionalLong(name).orElse(null);
            if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                throw new InvalidInputException(path(name), path(name) + " is out of range");
            }
            return v == null ? (t == int.class ? 0 : null) : Integer.valueOf(v.intValue());
        } else if (t == Boolean.class || t == boolean.class) {
            return optionalBoolean(name).orElse(t == boolean.class ? Boolean.FALSE : null);
        } else if (t == LocalDate.class) {
            return optionalDate(name).orElse(null);
        } else if (t == Map.class) {
            return optionalObject(name).map(JsonBody::stringMap).orElse(null);
        } else if (t == List.class) {
            return list(name, c.getGenericType());
        } else if (Record.class.isAssignableFrom(t)) {
            return optionalObject(name).map(b -> b.bind(t.asSubclass(Record.class))).orElse(null);
        }
        throw new IllegalStateException("no binding for " + t + " of " + name);
    }

    /** A component's @Schema: it targets fields, not record components, so it is read from the record's field. */
    private static Schema schemaOf(RecordComponent c) {
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private Map<String, String> stringMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : json.keySet()) {
            m.put(key, optionalString(key, Integer.MAX_VALUE).orElse(null));
        }
        return m;
    }

    private List<Object> list(String name, Type generic) {
        JsonValue v = value(name);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name, "an array", v);
        }
        Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
        List<Object> result = new ArrayList<>();
        int i = 0;
        for (JsonValue element : v.asJsonArray()) {
            String at = path(name) + "[" + i++ + "]";
            if (item == String.class) {
                if (element.getValueType() != JsonValue.ValueType.STRING) {
                    throw new InvalidInputException(at, at + " must be a string, not " + describe(element));
                }
                result.add(((JsonString) element).getString());
            } else if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(at, at + " must be an object, not " + describe(element));
            } else {
                result.add(new JsonBody(element.asJsonObject(), at + ".").bind(((Class<?>) item).asSubclass(Record.class)));
            }
        }
        return result;
    }

    /** The names present, in the order sent. */
    public List<String> fieldNames() {
        return List.copyOf(json.keySet());
    }

    /** The value, or null when absent or JSON null. */
    private JsonValue value(String name) {
        JsonValue v = json.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    private String path(String name) {
        return prefix + name;
    }

    private InvalidInputException missing(String name) {
        return new InvalidInputException(path(name), path(name) + " is required");
    }

    private InvalidInputException wrongType(String name, String expected, JsonValue actual) {
        return new InvalidInputException(path(name), path(name) + " must be " + expected + ", not "
                + describe(actual));
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
