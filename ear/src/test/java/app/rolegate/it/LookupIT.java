package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC 5.1: clocking terminals look an account up by card id or alias; only accounts the caller may see are
 * found (D2), and an unknown card reads like an invisible account (2.1). An alias never equals another user's
 * login name, so a terminal never logs the wrong person in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupIT {
    private Company c;
    private Company other;
    private String card;
    private String alias;
    private String userId;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        other = Delegation.company(false, true);
        userId = Scenario.unique("clock");
        card = "C" + Long.toHexString(System.nanoTime());
        alias = String.valueOf(System.nanoTime() % 1_000_000_000L);
        Api.post(V1 + "/companies/" + c.id() + "/users", c.admin(), object("userId", userId, "password", Scenario.PASSWORD,
                "firstName", "Clara", "lastName", "Clock", "cardId", card, "aliasUserId", alias, "signature", "CC"))
                .expect(201);
    }

    private static String byCard(String cardId) {
        return V1 + "/lookup?cardId=" + Scenario.enc(cardId);
    }

    private static String byAlias(String a) {
        return V1 + "/lookup?aliasUserId=" + Scenario.enc(a);
    }

    @Test
    void anAdministratorFindsAMember_byCardOrAlias() {
        JsonObject u = Api.get(byCard(card), c.admin()).expect(200).json();
        assertEquals(userId, u.getString("userId"));
        assertEquals("CC", u.getString("signature"));
        assertEquals(userId, Api.get(byAlias(alias), c.admin()).expect(200).json().getString("userId"));
        // The user finds themself.
        assertEquals(userId, Api.get(byCard(card), Delegation.token(userId)).expect(200).json().getString("userId"));
    }

    @Test
    void SPEC21_unknownAndInvisibleAreTheSame404() {
        JsonObject unknown = Api.get(byCard("no-such-card-" + card), other.admin()).expectProblem(404, "not-found");
        JsonObject invisible = Api.get(byCard(card), other.admin()).expectProblem(404, "not-found");
        assertEquals(strip(unknown), strip(invisible));
        assertEquals(strip(unknown), strip(Api.get(byAlias(alias), other.admin()).expectProblem(404, "not-found")));
        // A member who administers nothing sees only themself.
        Person plain = Delegation.person(c.admin(), c.id());
        assertEquals(strip(unknown), strip(Api.get(byCard(card), Delegation.token(plain.userId()))
                .expectProblem(404, "not-found")));
    }

    @Test
    void exactlyOneOfCardIdAndAlias_400() {
        Api.get(V1 + "/lookup", c.admin()).expectInvalid("cardId");
        Api.get(V1 + "/lookup?cardId=" + card + "&aliasUserId=" + alias, c.admin()).expectInvalid("aliasUserId");
        Api.get(V1 + "/lookup?cardId=" + "x".repeat(51), c.admin()).expectInvalid("cardId");
    }

    /** Accounts refuses an alias that is another user's login name, and a login name that is another's alias. */
    @Test
    void anAliasNeverEqualsAnotherUsersLoginName_409() {
        String someone = Scenario.user(c.admin(), c.id());
        Api.post(V1 + "/companies/" + c.id() + "/users", c.admin(), object("userId", Scenario.unique("clk"),
                "aliasUserId", someone)).expectProblem(409, "conflict");
        Person p = Delegation.member(c.admin(), c.id());
        Api.patch(V1 + "/users/" + p.userId(), c.admin(), object("aliasUserId", someone)).expectProblem(409, "conflict");
        // Login names ignore case: the alias may not be another spelling of one either.
        Api.patch(V1 + "/users/" + p.userId(), c.admin(), object("aliasUserId", someone.toUpperCase()))
                .expectProblem(409, "conflict");
        // And no new login name may be an existing alias.
        Api.post(V1 + "/companies/" + c.id() + "/users", c.admin(), object("userId", alias)).expectProblem(409, "conflict");
        // So the alias still finds the one person it belongs to.
        assertEquals(userId, Api.get(byAlias(alias), c.admin()).expect(200).json().getString("userId"));
    }

    private static JsonObject strip(JsonObject p) {
        return Json.createObjectBuilder(p).remove("requestId").build();
    }
}
