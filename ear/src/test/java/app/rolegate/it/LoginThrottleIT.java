package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Login throttling (OWASP ASVS 5.0 V6, SPEC issue: no slowdown after 50 wrong passwords). The test
 * server's settings (integration-tests.xml): 5 failures per account or 40 per client address within
 * 60 s lock the key for 2 s, doubling to 4 s. The answer to a locked key is one 429 for every reason,
 * whether or not the account exists, and the lock is a platform audit event.
 */
class LoginThrottleIT {
    private static final String TOKEN = V1 + "/auth/token";

    @Test
    void anAccountIsLockedAfterFiveFailures_evenForTheRightPassword_andAlikeForAnUnknownName() throws Exception {
        Scenario.CompanyRef c = Scenario.company();
        String known = Scenario.user(c.firstUserToken(), c.id());
        String unknown = Scenario.unique("nobody");
        for (String name : new String[] {known, unknown}) {
            for (int i = 0; i < 5; i++) {
                login(name, "wrong-password-" + i).expectProblem(401, "invalid-credentials");
            }
        }
        Api.Response lockedKnown = login(known, Scenario.PASSWORD);
        Api.Response lockedUnknown = login(unknown, Scenario.PASSWORD);
        JsonObject p = lockedKnown.expectProblem(429, "too-many-requests");
        lockedUnknown.expectProblem(429, "too-many-requests");
        assertEquals(withoutRequestId(lockedKnown.body()), withoutRequestId(lockedUnknown.body()),
                "a lock tells nothing about whether the account exists");
        long retryAfter = Long.parseLong(lockedKnown.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        assertFalse(p.getString("detail").contains(known), p.toString());

        Thread.sleep((retryAfter + 1) * 1000);
        login(known, Scenario.PASSWORD).expect(200);

        // The lock is on record for platform support.
        JsonObject audit = Api.get(V1 + "/platform/audit?size=1000&target=" + known, Scenario.support()).expect(200).json();
        assertTrue(audit.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> "auth.throttled".equals(e.getString("action"))), audit.toString());
    }

    @Test
    void aClientAddressIsLockedAfterManyFailures_forEveryAccount() throws Exception {
        // A loopback address of this test's own (all of 127.0.0.0/8 reaches the server), so that the lock
        // it provokes does not touch the other tests, which log in from 127.0.0.1.
        ThreadLocalRandom r = ThreadLocalRandom.current();
        InetAddress from = InetAddress.getByName("127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "."
                + r.nextInt(2, 250));
        Scenario.CompanyRef c = Scenario.company();
        String known = Scenario.user(c.firstUserToken(), c.id());
        int failures = 0;
        int status = 401;
        while (status == 401 && failures < 60) {
            status = post(from, object("userId", Scenario.unique("guess"), "password", "guess")).status();
            failures++;
        }
        assertEquals(429, status, "locked after " + failures + " failures from one address");
        assertTrue(failures >= 40 && failures <= 41, "the lock came after " + failures + " failures");
        // Locked for every account from that address, the right password included; not for other addresses.
        RawResponse locked = post(from, object("userId", known, "password", Scenario.PASSWORD));
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.body().contains("too-many-requests"), locked.body());
        login(known, Scenario.PASSWORD).expect(200);
        long retryAfter = Long.parseLong(locked.headers().get("retry-after"));
        Thread.sleep((retryAfter + 1) * 1000);
        assertEquals(200, post(from, object("userId", known, "password", Scenario.PASSWORD)).status());
    }

    @Test
    void aLoginBodyOtherThanJson_isRefusedWith415_soNoFormCanLogSomeoneIn() {
        Api.send("POST", TOKEN, null, object("userId", "support", "password", Api.supportPassword()),
                Map.of("Content-Type", "text/plain")).expectProblem(415, "unsupported-media-type");
        Api.send("POST", TOKEN, null, "userId=support&password=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).expectProblem(415, "unsupported-media-type");
    }

    private static Api.Response login(String userId, String password) {
        return Api.post(TOKEN, null, object("userId", userId, "password", password));
    }

    private static String withoutRequestId(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** A POST of JSON from the given local address, in plain HTTP/1.1 over a socket bound to it. */
    private static RawResponse post(InetAddress from, String json) {
        URI base = URI.create(Api.BASE_URL);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + TOKEN + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, headerEnd).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(headerEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
