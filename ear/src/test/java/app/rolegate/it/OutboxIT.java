package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC 4.1, 5.4: the mail outbox. A company's administrators read each mail's recipient, subject,
 * times and state, never its body or token; platform support reads it whole. Delivery over SMTP (on
 * the test server: to this test's own SMTP server, {@link FakeSmtpServer}, on the configured port),
 * and a failed delivery retried and visible, never lost.
 */
class OutboxIT {
    /** How long delivery may take on a busy machine; the test server polls every second. */
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    private static CompanyRef company;
    private static Person plain;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        plain = Scenario.member(company.firstUserToken(), company.id());
    }

    private static String outbox(long companyId) {
        return V1 + "/companies/" + companyId + "/outbox";
    }

    /** A new user with this address, verified (pending: a verification mail is queued); the address. */
    private static String queueVerification() {
        String userId = Scenario.unique("mail");
        String address = userId + "@example.test";
        Api.post(V1 + "/companies/" + company.id() + "/users", company.firstUserToken(),
                object("userId", userId, "email", address)).expect(201);
        Api.post(V1 + "/users/" + userId + "/idp/verify", company.firstUserToken(), null).expect(200);
        return address;
    }

    private static JsonObject mail(String address) {
        return IdpLinkIT.mailTo(company.id(), "IDP_VERIFICATION", address).orElseThrow();
    }

    /** Waits until the mail to this address is as asked (the delivery runs on its own); the mail. */
    private static JsonObject awaitMail(String address, Predicate<JsonObject> until, String what) {
        Instant deadline = Instant.now().plus(DELIVERY);
        JsonObject m = mail(address);
        while (!until.test(m)) {
            if (Instant.now().isAfter(deadline)) {
                fail("the mail to " + address + " did not become " + what + " within " + DELIVERY + ": " + m);
            }
            pause();
            m = mail(address);
        }
        return m;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void administrators_readRecipientSubjectTimesAndState_neverBodyOrToken() {
        String address = queueVerification();
        JsonObject whole = mail(address);
        assertFalse(whole.getString("body").isBlank());
        assertEquals(43, whole.getString("token").length());
        assertTrue(whole.getString("body").contains(whole.getString("token")));

        JsonObject page = Api.get(outbox(company.id()) + "?size=500", company.firstUserToken()).expect(200).json();
        JsonObject seen = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> address.equals(m.getString("to"))).findFirst().orElseThrow();
        assertFalse(seen.containsKey("body"), seen.toString());
        assertFalse(seen.containsKey("token"), seen.toString());
        assertFalse(page.toString().contains(whole.getString("token")), "the token is nowhere in the administrator's page");
        assertEquals(whole.getJsonNumber("id"), seen.getJsonNumber("id"));
        assertEquals(whole.getString("subject"), seen.getString("subject"));
        assertEquals(whole.getString("createdAt"), seen.getString("createdAt"));
        assertTrue(Set.of("QUEUED", "SENT").contains(seen.getString("state")), seen.toString());
        assertTrue(seen.containsKey("sentAt") && seen.containsKey("attempts") && seen.containsKey("lastError"));
        assertEquals("IDP_VERIFICATION", seen.getString("kind"));
    }

    @Test
    void theOutbox_isPagedNewestFirst() {
        String first = queueVerification();
        String second = queueVerification();
        JsonObject p0 = Api.get(outbox(company.id()) + "?size=1&page=0", company.firstUserToken()).expect(200).json();
        JsonObject p1 = Api.get(outbox(company.id()) + "?size=1&page=1", company.firstUserToken()).expect(200).json();
        assertEquals(1, p0.getJsonArray("items").size());
        assertTrue(p0.getInt("total") >= 2);
        assertEquals(second, p0.getJsonArray("items").getJsonObject(0).getString("to"));
        assertEquals(first, p1.getJsonArray("items").getJsonObject(0).getString("to"));
        Api.get(outbox(company.id()) + "?size=0", company.firstUserToken()).expectInvalid("size");
        Api.get(outbox(company.id()) + "?page=-1", company.firstUserToken()).expectInvalid("page");
    }

    @Test
    void D2_aMemberWhoAdministersNothing_readsNoOutbox_andOutsidersLearnNothing() {
        Api.get(outbox(company.id()), plain.token()).expectDenied("D2");
        JsonObject unknown = Api.get(outbox(987654321L), plain.token()).expectProblem(404, "not-found");
        JsonObject other = Api.get(outbox(company.id()), Scenario.company().firstUserToken()).expectProblem(404,
                "not-found");
        assertEquals(IdpLinkIT.withoutRequestId(unknown), IdpLinkIT.withoutRequestId(other));
    }

    @Test
    void delivery_sendsTheMailOverSmtp() throws IOException {
        try (FakeSmtpServer smtp = new FakeSmtpServer(FakeSmtpServer.configuredPort())) {
            String address = queueVerification();
            JsonObject sent = awaitMail(address, m -> "SENT".equals(m.getString("state")), "SENT");
            assertFalse(sent.isNull("sentAt"));
            assertTrue(sent.getInt("attempts") >= 1);
            assertTrue(sent.isNull("lastError"));
            FakeSmtpServer.Message got = smtp.messages().stream().filter(m -> m.isTo(address)).findFirst()
                    .orElseThrow(() -> new AssertionError("the SMTP server got no mail to " + address));
            assertTrue(got.data().contains("Subject: " + sent.getString("subject")), got.data());
            assertTrue(got.data().contains(sent.getString("token")), "the link is in the mail as sent");
            // Sent is sent: no second delivery of it.
            long copies = smtp.messages().stream().filter(m -> m.isTo(address)).count();
            assertEquals(1, copies);
        }
    }

    @Test
    void aFailedDelivery_isRetriedAndVisible_neverLost() throws IOException {
        // Nothing listens on the SMTP port now: every attempt fails.
        String address = queueVerification();
        JsonObject failed = awaitMail(address, m -> m.getInt("attempts") >= 2 && !m.isNull("lastError"),
                "tried twice with an error");
        assertEquals("QUEUED", failed.getString("state"), "still queued: tried again later");
        assertTrue(failed.isNull("sentAt"));
        // The administrator sees the failure too.
        JsonObject seen = Api.get(outbox(company.id()) + "?size=500", company.firstUserToken()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> address.equals(m.getString("to"))).findFirst().orElseThrow();
        assertTrue(seen.getInt("attempts") >= 2);
        assertFalse(seen.isNull("lastError"));
        // Once the SMTP server is back, the retry delivers it.
        try (FakeSmtpServer smtp = new FakeSmtpServer(FakeSmtpServer.configuredPort())) {
            JsonObject sent = awaitMail(address, m -> "SENT".equals(m.getString("state")), "SENT");
            assertTrue(sent.getInt("attempts") >= 3);
            assertTrue(smtp.messages().stream().anyMatch(m -> m.isTo(address)));
        }
    }
}
