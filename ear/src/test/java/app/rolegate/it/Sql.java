package app.rolegate.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SQL on the test server's database, through the test-only helper application at /it-sql
 * (app.rolegate.itsql): only for what no API can set up, such as an expired verification, a company's
 * verified domains before the company settings exist, or the employee register's facts before its API
 * exists. Values are the tests' own (never a caller's text), so statements are built as text.
 */
public final class Sql {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Sql() {
    }

    /** Runs a statement that changes data; the number of rows changed. Fails the test on an SQL error. */
    public static int update(String sql) {
        JsonObject r = Api.parse(run(sql, true)).asJsonObject();
        return r.getInt("updated");
    }

    /** Runs a query; its rows as texts (null for NULL). Fails the test on an SQL error. */
    public static List<List<String>> query(String sql) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonValue row : Api.parse(run(sql, true)).asJsonArray()) {
            List<String> r = new ArrayList<>();
            for (JsonValue v : (JsonArray) row) {
                r.add(v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) v).getString());
            }
            rows.add(r);
        }
        return rows;
    }

    /** Runs a statement; whether it succeeded (for "create if missing"). */
    public static boolean tryRun(String sql) {
        return run(sql, false) != null;
    }

    /** The SHA-256 of a token as the server stores it. */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text as an SQL string literal. */
    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String run(String sql, boolean mustSucceed) {
        Api.awaitReady();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/it-sql/sql"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(sql)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return r.body();
            }
            if (mustSucceed) {
                fail("SQL failed (" + r.statusCode() + "): " + sql + "\n" + r.body());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
