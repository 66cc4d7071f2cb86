package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code GET /me}: the caller's account with every membership and the roles held there. */
class MeIT {
    private static final String ME = V1 + "/me";

    private static Map<Long, JsonObject> memberships(JsonObject me) {
        Map<Long, JsonObject> byCompany = new TreeMap<>();
        me.getJsonArray("memberships").getValuesAs(JsonObject.class)
                .forEach(m -> byCompany.put(m.getJsonNumber("companyId").longValue(), m));
        return byCompany;
    }

    @Test
    void meListsEveryMembershipWithItsRoles() {
        CompanyRef home = Scenario.company();
        CompanyRef second = Scenario.company();
        String code = Scenario.finnishIdentityCode();
        String userId = Scenario.createUser(home.firstUserToken(), home.id(), "country", "FI", "personalIdentityCode", code)
                .getJsonObject("user").getString("userId");
        Scenario.grant(home.firstUserToken(), home.id(), userId, "BOOKKEEPER");
        Scenario.authoriseByIdentityCode(second.firstUserToken(), second.id(), code);
        Scenario.grant(second.firstUserToken(), second.id(), userId, "SUPERVISOR");
        String token = Scenario.login(userId);

        JsonObject me = Api.get(ME, token).expect(200).json();
        assertEquals(userId, me.getString("userId"));
        assertEquals(home.id(), me.getJsonNumber("primaryCompanyId").longValue());
        assertFalse(me.getBoolean("platformSupport"));
        assertFalse(me.containsKey("password") || me.containsKey("passwordHash"), me.toString());
        Map<Long, JsonObject> ms = memberships(me);
        assertEquals(Set.of(home.id(), second.id()), ms.keySet());
        assertEquals(Set.of("BOOKKEEPER"), Scenario.roles(ms.get(home.id())));
        assertEquals(Set.of("SUPERVISOR"), Scenario.roles(ms.get(second.id())));
        assertTrue(ms.get(home.id()).getBoolean("primaryCompany"));
        assertFalse(ms.get(second.id()).getBoolean("primaryCompany"));
        assertEquals(second.name(), ms.get(second.id()).getString("companyName"));
        JsonObject supervisor = ms.get(second.id()).getJsonArray("roles").getJsonObject(0);
        assertEquals("HIERARCHY", supervisor.getString("scope"));
        assertEquals("DIRECT", supervisor.getString("origin"));
        assertEquals(Scenario.account(second.firstUserId()).getJsonNumber("id").longValue(),
                supervisor.getJsonNumber("grantedBy").longValue());

        // Current data: a role revoked shows at once, with the same token.
        Scenario.revoke(home.firstUserToken(), home.id(), userId, "BOOKKEEPER");
        assertEquals(Set.of(), Scenario.roles(memberships(Api.get(ME, token).expect(200).json()).get(home.id())));
    }

    @Test
    void membershipsComeInPagesByCompany() {
        CompanyRef home = Scenario.company();
        String code = Scenario.finnishIdentityCode();
        String userId = Scenario.createUser(home.firstUserToken(), home.id(), "country", "FI", "personalIdentityCode", code)
                .getJsonObject("user").getString("userId");
        CompanyRef second = Scenario.company();
        CompanyRef third = Scenario.company();
        Scenario.authoriseByIdentityCode(second.firstUserToken(), second.id(), code);
        Scenario.authoriseByIdentityCode(third.firstUserToken(), third.id(), code);
        String token = Scenario.login(userId);

        JsonObject first = Api.get(ME + "?page=0&size=2", token).expect(200).json();
        JsonObject rest = Api.get(ME + "?page=1&size=2", token).expect(200).json();
        assertEquals(Set.of(home.id(), second.id()), memberships(first).keySet());
        assertEquals(Set.of(third.id()), memberships(rest).keySet());
        assertEquals(3, first.getJsonObject("membershipsPage").getInt("total"));
        assertEquals(1, rest.getJsonObject("membershipsPage").getInt("page"));
        assertEquals(2, rest.getJsonObject("membershipsPage").getInt("size"));
        assertEquals(3, memberships(Api.get(ME, token).expect(200).json()).size(), "the default page holds all three");
        Api.get(ME + "?size=0", token).expectProblem(400, "invalid-input");
        Api.get(ME + "?page=x", token).expectProblem(400, "invalid-input");
    }

    @Test
    void firstUserOfAnAccountingFirmHoldsBothSystemRoles() {
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject me = Api.get(ME, firm.firstUserToken()).expect(200).json();
        Map<Long, JsonObject> ms = memberships(me);
        assertEquals(Set.of(firm.id()), ms.keySet());
        assertEquals(Set.of("USER_ADMIN", "FIRM_MAIN_USER"), Scenario.roles(ms.get(firm.id())));
    }

    @Test
    void supportIsMarkedAsPlatformSupport() {
        JsonObject me = Api.get(ME, Scenario.support()).expect(200).json();
        assertEquals("support", me.getString("userId"));
        assertTrue(me.getBoolean("platformSupport"));
        assertTrue(me.containsKey("memberships"));
    }
}
