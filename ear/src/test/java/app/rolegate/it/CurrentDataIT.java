package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rights are read from current data on every request, never from the token: a role revoked, a
 * membership ended or an account deactivated counts on the next request made with the same, still
 * valid token (and a role granted too).
 */
class CurrentDataIT {
    private static String members(long cid) {
        return V1 + "/companies/" + cid + "/members";
    }

    private static String newUser() {
        return object("userId", Scenario.unique("probe"));
    }

    @Test
    void grantingAndRevokingUserAdmin_byTheMainUser_countsOnTheNextRequest() {
        CompanyRef c = Scenario.company();
        Person x = Scenario.member(c.firstUserToken(), c.id());
        Api.get(members(c.id()), x.token()).expectDenied("D2");

        Scenario.grant(c.firstUserToken(), c.id(), x.userId(), "USER_ADMIN");
        Api.get(members(c.id()), x.token()).expect(200);
        Api.post(V1 + "/companies/" + c.id() + "/users", x.token(), newUser()).expect(201);

        Scenario.revoke(c.firstUserToken(), c.id(), x.userId(), "USER_ADMIN");
        Api.get(members(c.id()), x.token()).expectDenied("D2");
        Api.post(V1 + "/companies/" + c.id() + "/users", x.token(), newUser()).expectDenied("D2");
        Api.get(V1 + "/companies/" + c.id() + "/audit", x.token()).expectProblem(403, "access-denied");
        Api.get(V1 + "/me", x.token()).expect(200); // the token itself is still good
    }

    @Test
    void revokingUserAdmin_byAFirmMainUser_countsOnTheNextRequest() {
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject client = Scenario.openClient(firm.firstUserToken(), firm.id(), false);
        long clientId = client.getJsonNumber("id").longValue();
        String mainId = client.getJsonObject("firstUser").getString("userId");
        Person clientMain = new Person(mainId, Scenario.login(mainId));
        Api.get(members(clientId), clientMain.token()).expect(200);

        Scenario.revoke(firm.firstUserToken(), clientId, mainId, "USER_ADMIN");
        Api.get(members(clientId), clientMain.token()).expectDenied("D2");
        Api.put(V1 + "/companies/" + clientId + "/main-user", clientMain.token(), object("userId", firm.firstUserId()))
                .expectDenied("D8");
        assertEquals(Set.of(), Scenario.roles(Scenario.membership(firm.firstUserToken(), clientId, mainId)));
    }

    @Test
    void D9_revokingUserAdmin_byAUserAdminWhoIsNotMainUser_denied() {
        CompanyRef c = Scenario.company();
        Person second = Scenario.memberWithRole(c, "USER_ADMIN");
        Person third = Scenario.memberWithRole(c, "USER_ADMIN");
        // Whoever could not grant USER_ADMIN (D3: only as main user) cannot revoke it either.
        Api.delete(members(c.id()) + "/" + third.userId() + "/roles/USER_ADMIN", second.token()).expectDenied("D3");
        Api.delete(members(c.id()) + "/" + second.userId() + "/roles/USER_ADMIN", second.token()).expectDenied("D1");
        Api.get(members(c.id()), third.token()).expect(200);
        Api.get(members(c.id()), second.token()).expect(200);
    }

    @Test
    void endingTheMembership_validToYesterday_countsOnTheNextRequest() {
        CompanyRef c = Scenario.company();
        Person x = Scenario.memberWithRole(c, "USER_ADMIN");
        Api.get(members(c.id()), x.token()).expect(200);
        String path = members(c.id()) + "/" + x.userId();

        // It is x's primary company: ending it is confirmed (D9), and from the next request x is refused
        // everything, its own data included (2.1).
        Api.put(path, c.firstUserToken(), object("validTo", LocalDate.now().minusDays(1))).expectInvalid("confirmPrimary");
        Api.put(path + "?confirmPrimary=true", c.firstUserToken(), object("validTo", LocalDate.now().minusDays(1)))
                .expect(200);
        Api.get(members(c.id()), x.token()).expectProblem(401, "unauthorized");
        Api.get(V1 + "/me", x.token()).expectProblem(401, "unauthorized");
        Api.post(V1 + "/companies/" + c.id() + "/users", x.token(), newUser()).expectProblem(401, "unauthorized");
        // Its primary company's membership has ended: no new login either.
        Api.post(V1 + "/auth/token", null, object("userId", x.userId(), "password", Scenario.PASSWORD))
                .expectProblem(401, "invalid-credentials");

        // Valid again from today: the same token works again.
        Api.put(path, c.firstUserToken(), object("validFrom", LocalDate.now(), "validTo", null)).expect(200);
        Api.get(members(c.id()), x.token()).expect(200);

        // Not yet valid (starts tomorrow) counts the same as ended.
        Api.put(path + "?confirmPrimary=true", c.firstUserToken(), object("validFrom", LocalDate.now().plusDays(1)))
                .expect(200);
        Api.get(members(c.id()), x.token()).expectProblem(401, "unauthorized");
    }

    @Test
    void endingTheMembershipInThePrimaryCompany_endsTheRolesEverywhere() {
        List<CompanyRef> two = Scenario.companiesOfOnePerson(2);
        String person = two.get(0).firstUserId();
        String token = two.get(0).firstUserToken();
        Person colleague = Scenario.memberWithRole(two.get(0), "USER_ADMIN");
        Api.get(members(two.get(1).id()), token).expect(200);

        Api.put(members(two.get(0).id()) + "/" + person + "?confirmPrimary=true", colleague.token(),
                object("validTo", LocalDate.now().minusDays(1))).expect(200);
        Api.get(members(two.get(1).id()), token).expectProblem(401, "unauthorized");
        Api.get(members(two.get(0).id()), token).expectProblem(401, "unauthorized");

        Api.put(members(two.get(0).id()) + "/" + person, colleague.token(), object("validTo", null)).expect(200);
        Api.get(members(two.get(1).id()), token).expect(200);
    }

    @Test
    void deactivatingTheUser_countsOnTheNextRequest() {
        CompanyRef c = Scenario.company();
        Person x = Scenario.memberWithRole(c, "USER_ADMIN");
        Api.get(V1 + "/me", x.token()).expect(200);

        Api.patch(V1 + "/users/" + x.userId(), c.firstUserToken(), object("active", false)).expect(200);
        Api.get(V1 + "/me", x.token()).expectProblem(401, "unauthorized");
        Api.get(members(c.id()), x.token()).expectProblem(401, "unauthorized");
        Api.post(V1 + "/auth/token", null, object("userId", x.userId(), "password", Scenario.PASSWORD))
                .expectProblem(401, "invalid-credentials");
        Api.get(members(c.id()), c.firstUserToken()).expect(200);

        Api.patch(V1 + "/users/" + x.userId(), c.firstUserToken(), object("active", true)).expect(200);
        Api.get(members(c.id()), x.token()).expect(200);
    }

    @Test
    void removingTheUserFromTheCompany_countsOnTheNextRequest() {
        CompanyRef second = Scenario.company();
        Person x = Scenario.memberWithRole(second, "USER_ADMIN");
        Api.get(members(second.id()), x.token()).expect(200);
        Api.delete(members(second.id()) + "/" + x.userId() + "?confirmPrimary=true", second.firstUserToken()).expect(200);
        // Without a membership in its primary company, x is refused every request (2.1, D9).
        Api.get(members(second.id()), x.token()).expectProblem(401, "unauthorized");
        Api.get(V1 + "/companies/" + second.id(), x.token()).expectProblem(401, "unauthorized");
    }

    @Test
    void endingAMembershipOutsideThePrimaryCompany_hidesThatCompanyFromTheNextRequest() {
        List<CompanyRef> two = Scenario.companiesOfOnePerson(2);
        String person = two.get(0).firstUserId();
        String token = two.get(0).firstUserToken();
        Person colleague = Scenario.memberWithRole(two.get(1), "USER_ADMIN");
        Api.get(members(two.get(1).id()), token).expect(200);
        // Not the primary company: no confirmation needed, and the person still works in the primary company.
        Api.put(members(two.get(1).id()) + "/" + person, colleague.token(), object("validTo", LocalDate.now().minusDays(1)))
                .expect(200);
        Api.get(members(two.get(1).id()), token).expectProblem(404, "not-found");
        Api.get(V1 + "/companies/" + two.get(1).id(), token).expectProblem(404, "not-found");
        Api.get(members(two.get(0).id()), token).expect(200);
    }
}
