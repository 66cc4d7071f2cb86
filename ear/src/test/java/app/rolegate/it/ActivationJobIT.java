package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.it.Scenario.CompanyRef;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC 5.3: the employment-based activation on the real server. The seed's example (employment ends
 * 31 October, N = 5: active through 5 November, inactive on 6 November, login refused, the link
 * removed), run twice for a day, reactivation before a new employment without the link, a person's
 * deactivation keeping the link; support runs it for a date (SUPPORT otherwise); and its persistent
 * timer fires on its own (every five seconds on the test server). The employments are next year's, so
 * that the timer's runs for today find nothing to do with them.
 */
class ActivationJobIT {
    private static final String JOB = V1 + "/platform/jobs/employment-activation";
    private static final int YEAR = LocalDate.now().getYear() + 1;

    private static CompanyRef company;
    private static String domain;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        domain = IdpLinkIT.verifiedDomain(company.id());
    }

    private static JsonObject run(LocalDate day) {
        JsonObject r = Api.post(JOB + "?date=" + day, Scenario.support(), null).expect(200).json();
        assertEquals(day.toString(), r.getString("date"));
        assertEquals(0, r.getInt("failed"), r.toString());
        return r;
    }

    /** A user of the company who can log in, with a verified identity-provider link; the userId. */
    private static String linkedUser() {
        String userId = Scenario.unique("worker");
        Api.post(V1 + "/companies/" + company.id() + "/users", company.firstUserToken(),
                object("userId", userId, "password", Scenario.PASSWORD, "email", userId + "@" + domain)).expect(201);
        Api.post(V1 + "/users/" + userId + "/idp/verify", company.firstUserToken(), null).expect(200);
        assertEquals("VERIFIED", Scenario.account(userId).getString("idpStatus"));
        return userId;
    }

    private static int login(String userId) {
        return Api.post(V1 + "/auth/token", null, object("userId", userId, "password", Scenario.PASSWORD)).status();
    }

    @Test
    void seedExample_activeThrough5November_inactiveOn6November_loginRefused_linkRemoved_twiceChangesNothing() {
        String uid = linkedUser();
        Employments.Employee e = Employments.link(company.firstUserToken(), company.id(), uid, 5, 1,
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 10, 31));

        run(LocalDate.of(YEAR, 11, 5));
        JsonObject on5th = Scenario.account(uid);
        assertTrue(on5th.getBoolean("active"), "active through 5 November");
        assertEquals("VERIFIED", on5th.getString("idpStatus"));
        assertEquals(200, login(uid));

        JsonObject first = run(LocalDate.of(YEAR, 11, 6));
        assertTrue(first.getInt("deactivated") >= 1, first.toString());
        JsonObject on6th = Scenario.account(uid);
        assertFalse(on6th.getBoolean("active"), "inactive on 6 November");
        assertEquals("NONE", on6th.getString("idpStatus"), "the job's deactivation removes the link");
        assertTrue(on6th.isNull("idpEmail"));
        assertEquals(401, login(uid), "login refused");
        assertTrue(Scenario.audit(company.firstUserToken(), company.id(), "target=" + uid + "&actor=system")
                .getValuesAs(JsonObject.class).stream().anyMatch(ev -> "user.deactivate".equals(ev.getString("action"))
                        && "D18".equals(ev.getString("rule", null)) && "ALLOWED".equals(ev.getString("outcome"))));

        JsonObject second = run(LocalDate.of(YEAR, 11, 6));
        assertEquals(0, second.getInt("deactivated"), second.toString());
        assertEquals(0, second.getInt("reactivated"), second.toString());
        assertEquals(on6th, Scenario.account(uid), "the second run for the day changes nothing");

        // Hired again from 1 March: reactivated one day before (M = 1), without the link.
        LocalDate rehired = LocalDate.of(YEAR + 1, 3, 1);
        Employments.addEmployment(company.firstUserToken(), uid, e, rehired, null);
        run(rehired.minusDays(2));
        assertFalse(Scenario.account(uid).getBoolean("active"));
        JsonObject back = run(rehired.minusDays(1));
        assertTrue(back.getInt("reactivated") >= 1, back.toString());
        JsonObject reactivated = Scenario.account(uid);
        assertTrue(reactivated.getBoolean("active"));
        assertEquals("NONE", reactivated.getString("idpStatus"), "reactivation does not restore the link");
        assertEquals(200, login(uid));
        assertEquals(0, run(rehired.minusDays(1)).getInt("reactivated"));
        assertEquals(reactivated, Scenario.account(uid));
    }

    @Test
    void aPersonsDeactivation_keepsTheLink_andTheJobDoesNotUndoIt() {
        String uid = linkedUser();
        Api.patch(V1 + "/users/" + uid, company.firstUserToken(), object("active", false)).expect(200);
        JsonObject byHand = Scenario.account(uid);
        assertFalse(byHand.getBoolean("active"));
        assertEquals("VERIFIED", byHand.getString("idpStatus"), "deactivating by hand keeps the link");
        Employments.link(company.firstUserToken(), company.id(), uid, 5, 1, LocalDate.of(YEAR, 1, 1), null);
        JsonObject linked = Scenario.account(uid);
        assertFalse(linked.getBoolean("active"));
        run(LocalDate.of(YEAR, 1, 1));
        assertEquals(linked, Scenario.account(uid), "an employment covering the day does not undo a person's decision");
    }

    @Test
    void SUPPORT_onlyPlatformSupportRunsTheJob() {
        for (Api.Response r : new Api.Response[] {Api.post(JOB, company.firstUserToken(), null),
            Api.post(JOB + "?date=" + LocalDate.of(YEAR, 11, 6), company.firstUserToken(), null)}) {
            assertEquals("SUPPORT", r.expectProblem(403, "access-denied").getString("rule"));
        }
        assertTrue(Api.get(V1 + "/platform/audit?size=1000&actor=" + company.firstUserId(), Scenario.support())
                .expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(ev -> "job.employment-activation".equals(ev.getString("action"))
                        && "DENIED".equals(ev.getString("outcome")) && "SUPPORT".equals(ev.getString("rule", null))));
        JsonObject today = Api.post(JOB, Scenario.support(), null).expect(200).json();
        assertEquals(LocalDate.now().toString(), today.getString("date"), "without a date: today");
    }

    @Test
    void badDates_areRefusedNamingTheField() {
        for (String bad : new String[] {"2027-02-30", "tomorrow", "2027-1-5", "20270105"}) {
            Api.post(JOB + "?date=" + bad, Scenario.support(), null).expectInvalid("date");
        }
    }

    @Test
    void theTimer_firesOnItsOwn() {
        Instant since = Instant.now().minusSeconds(1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            boolean fired = Api.get(V1 + "/platform/audit?size=1000&actor=system&since=" + since, Scenario.support())
                    .expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(ev -> "job.employment-activation".equals(ev.getString("action"))
                            && ev.getString("detail", "").startsWith("timer run by system"));
            if (fired) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        fail("the employment-based activation's timer did not run on its own within two minutes");
    }
}
