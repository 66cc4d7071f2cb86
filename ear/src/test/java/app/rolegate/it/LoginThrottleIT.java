package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Login throttling (OWASP ASVS 5.0 V6, SPEC issue: no slowdown after 50 wrong passwords). The test
 * server's settings (integration-tests.xml): 5 failures per account or 40 per client address within
 * 60 s lock the key for 5 s, doubling to 10 s. The answer to a locked key is one 429 for every reason,
 * whether or not the account exists, and the lock is a platform audit event.
 */
class LoginThrottleIT {
    private static final String TOKEN = V1 + "/auth/token";
    private static final InetAddress OWN = Loopback.fresh();

    @Test
    void anAccountIsLockedAfterFiveFailures_evenForTheRightPassword_andAlikeForAnUnknownName() throws Exception {
        Scenario.CompanyRef c = Scenario.company();
        String known = Scenario.user(c.firstUserToken(), c.id());
        String unknown = Scenario.unique("nobody");
        Api.Response lockedKnown = lockOut(known);
        Api.Response lockedUnknown = lockOut(unknown);
        JsonObject p = lockedKnown.expectProblem(429, "too-many-requests");
        lockedUnknown.expectProblem(429, "too-many-requests");
        assertEquals(withoutRequestId(lockedKnown.body()), withoutRequestId(lockedUnknown.body()),
                "a lock tells nothing about whether the account exists");
        long retryAfter = Long.parseLong(lockedKnown.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
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
        // From an address of this test's own, so that the lock it provokes does not touch the other tests.
        InetAddress from = Loopback.fresh();
        Scenario.CompanyRef c = Scenario.company();
        String known = Scenario.user(c.firstUserToken(), c.id());
        int failures = 0;
        int status = 401;
        while (status == 401 && failures < 60) {
            status = Loopback.postJson(from, TOKEN, object("userId", Scenario.unique("guess"), "password", "guess")).status();
            failures++;
        }
        assertEquals(429, status, "locked after " + failures + " failures from one address");
        assertTrue(failures >= 40 && failures <= 41, "the lock came after " + failures + " failures");
        // Locked for every account from that address, the right password included; not for other addresses.
        Api.Response locked = Loopback.postJson(from, TOKEN, object("userId", known, "password", Scenario.PASSWORD));
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.body().contains("too-many-requests"), locked.body());
        login(known, Scenario.PASSWORD).expect(200);
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        Thread.sleep((retryAfter + 1) * 1000);
        assertEquals(200, Loopback.postJson(from, TOKEN, object("userId", known, "password", Scenario.PASSWORD)).status());
    }

    @Test
    void aLoginBodyOtherThanJson_isRefusedWith415_soNoFormCanLogSomeoneIn() {
        Api.send("POST", TOKEN, null, object("userId", "support", "password", Api.supportPassword()),
                Map.of("Content-Type", "text/plain")).expectProblem(415, "unsupported-media-type");
        Api.send("POST", TOKEN, null, "userId=support&password=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).expectProblem(415, "unsupported-media-type");
    }

    /** Five failures, then at once the right password: the lock (5 s here) outlasts a slow machine. */
    private static Api.Response lockOut(String name) {
        for (int i = 0; i < 5; i++) {
            login(name, "wrong-password-" + i).expectProblem(401, "invalid-credentials");
        }
        return login(name, Scenario.PASSWORD);
    }

    /** Logs in from this class's own address (its failures count against no other test's). */
    private static Api.Response login(String userId, String password) {
        return Loopback.postJson(OWN, TOKEN, object("userId", userId, "password", password));
    }

    private static String withoutRequestId(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
