package app.rolegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP client for the integration tests. The server's base URL comes from the system property
 * {@code rolegate.it.baseUrl} (set by the build); every call waits once for the server to be ready.
 * Paths are absolute ({@code /api/v1/me}); {@link #V1} prefixes API paths.
 */
public final class Api {
    public static final String BASE_URL = System.getProperty("rolegate.it.baseUrl", "http://localhost:9080");
    public static final String V1 = "/api/v1";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPE = "https://rolegate.app/problems/";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static volatile boolean ready;

    private Api() {
    }

    /** An answer: status, headers, body text, with JSON accessors. */
    public record Response(int status, HttpHeaders headers, String body) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return Api.parse(body).asJsonObject();
        }

        public JsonArray jsonArray() {
            return Api.parse(body).asJsonArray();
        }

        /** Asserts the status, showing the body on failure; returns this for chaining. */
        public Response expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + body);
            return this;
        }

        /**
         * Asserts a problem+json answer (RFC 9457) with this status and type slug, and the fields every
         * problem carries: a title, a detail, and the request id (the one echoed in X-Request-Id).
         * Returns its body.
         */
        public JsonObject expectProblem(int expected, String slug) {
            expect(expected);
            if (!contentType().startsWith(PROBLEM_JSON)) {
                fail("expected " + PROBLEM_JSON + " but got " + contentType() + ": " + body);
            }
            JsonObject p = json();
            assertEquals(PROBLEM_TYPE + slug, p.getString("type", null), body);
            assertEquals(expected, p.getInt("status", -1), body);
            assertFalse(p.getString("title", "").isBlank(), () -> "problem without title: " + body);
            assertFalse(p.getString("detail", "").isBlank(), () -> "problem without detail: " + body);
            String requestId = p.getString("requestId", "");
            assertFalse(requestId.isBlank(), () -> "problem without requestId: " + body);
            header("X-Request-Id").ifPresent(h -> assertEquals(h, requestId, "requestId vs X-Request-Id: " + body));
            return p;
        }

        /** Asserts a 403 that names the delegation rule that denied (type rule-denied, {@code rule}). */
        public JsonObject expectDenied(String rule) {
            JsonObject p = expectProblem(403, "rule-denied");
            assertEquals(rule, p.getString("rule", null), body);
            return p;
        }

        /** Asserts a 400 naming the bad field ({@code field}; null: the body as a whole, no field). */
        public JsonObject expectInvalid(String field) {
            JsonObject p = expectProblem(400, "invalid-input");
            assertEquals(field, p.getString("field", null), body);
            return p;
        }
    }

    public static Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public static Response post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    public static Response put(String path, String token, String json) {
        return send("PUT", path, token, json, Map.of());
    }

    public static Response patch(String path, String token, String json) {
        return send("PATCH", path, token, json, Map.of());
    }

    public static Response delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /**
     * Any request. {@code token} may be null (no Authorization header); {@code json} may be null (no
     * body); {@code headers} are added as given.
     */
    public static Response send(String method, String path, String token, String json, Map<String, String> headers) {
        awaitReady();
        return raw(method, path, token, json, headers);
    }

    private static Response raw(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::setHeader); // replaces the defaults above, e.g. Accept: text/csv
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in; fails the test unless a token is issued. */
    public static String token(String userId, String password) {
        JsonObject t = post(V1 + "/auth/token", null, object("userId", userId, "password", password)).expect(200).json();
        return t.getString("accessToken");
    }

    /** The platform support account's password on the test server (set by the build). */
    public static String supportPassword() {
        return System.getProperty("rolegate.it.supportPassword", "it-Support-Passw0rd");
    }

    /** A token for the platform support account. */
    public static String supportToken() {
        return token("support", supportPassword());
    }

    /** The test server's directory (for its JWT signing key file), if the build says. */
    public static Optional<Path> serverDir() {
        return Optional.ofNullable(System.getProperty("rolegate.it.serverDir")).map(Path::of);
    }

    /**
     * A JSON object text from name/value pairs: strings, numbers, booleans, LocalDate (as ISO text),
     * JsonValue, or null.
     */
    public static String object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object v = namesAndValues[i + 1];
            if (v == null) {
                b.addNull(name);
            } else if (v instanceof String s) {
                b.add(name, s);
            } else if (v instanceof Integer n) {
                b.add(name, n);
            } else if (v instanceof Long n) {
                b.add(name, n);
            } else if (v instanceof Boolean t) {
                b.add(name, t);
            } else if (v instanceof LocalDate d) {
                b.add(name, d.toString());
            } else if (v instanceof Enum<?> e) {
                b.add(name, e.name());
            } else if (v instanceof JsonValue j) {
                b.add(name, j);
            } else {
                throw new IllegalArgumentException("unsupported value type " + v.getClass());
            }
        }
        return b.build().toString();
    }

    public static JsonStructure parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.read();
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Waits (once per test run) until /health/ready answers 200: the application is up and migrated. */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        Instant until = Instant.now().plusSeconds(120);
        String last = "no answer";
        while (Instant.now().isBefore(until)) {
            try {
                Response r = raw("GET", "/health/ready", null, null, Map.of());
                if (r.status() == 200) {
                    ready = true;
                    return;
                }
                last = r.status() + " " + r.body();
            } catch (RuntimeException e) {
                last = e.toString();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("the server at " + BASE_URL + " did not become ready: " + last);
    }
}
