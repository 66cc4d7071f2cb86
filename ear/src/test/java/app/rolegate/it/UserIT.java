package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * User accounts: who sees one, who changes what of it (D10, D1, D2, D14), the memberships an
 * administrator sees (D9), validity in every company at once (D12).
 */
class UserIT {
    /** Main user (USER_ADMIN) creates the users, so is their creator. */
    private static CompanyRef company;
    /** A second USER_ADMIN of the company: administers, but created nobody. */
    private static Person otherAdmin;
    private static Person plain;
    /** Another company, whose main user is a stranger here. */
    private static CompanyRef other;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        otherAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
        plain = Scenario.member(company.firstUserToken(), company.id());
        other = Scenario.company();
    }

    private static String user(String uid) {
        return V1 + "/users/" + uid;
    }

    /**
     * A new user of the company, created by its main user, with an identity code; logged in on the
     * first call of {@link #token()} (a login costs a password hashing: only where needed).
     */
    private static final class Subject {
        private final String userId;
        private final String identityCode;
        private String token;

        Subject(String userId, String identityCode) {
            this.userId = userId;
            this.identityCode = identityCode;
        }

        String userId() {
            return userId;
        }

        String identityCode() {
            return identityCode;
        }

        String token() {
            if (token == null) {
                token = Scenario.login(userId);
            }
            return token;
        }
    }

    private static Subject subject() {
        String code = Scenario.finnishIdentityCode();
        String userId = Scenario.createUser(company.firstUserToken(), company.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        return new Subject(userId, code);
    }

    private static long accountId(String userId) {
        return Scenario.account(userId).getJsonNumber("id").longValue();
    }

    // ---- GET /users/{uid} ----

    @Test
    void getUser_selfAdminsSupport200_strangers404() {
        Subject u = subject();
        JsonObject bySelf = Api.get(user(u.userId()), u.token()).expect(200).json();
        assertEquals(u.userId(), bySelf.getString("userId"));
        assertEquals(company.id(), bySelf.getJsonNumber("primaryCompanyId").longValue());
        assertEquals(accountId(company.firstUserId()), bySelf.getJsonNumber("createdBy").longValue());
        assertFalse(bySelf.getBoolean("platformSupport"));
        assertFalse(bySelf.containsKey("password") || bySelf.containsKey("passwordHash"), bySelf.toString());
        assertEquals(bySelf, Api.get(user(u.userId()), company.firstUserToken()).expect(200).json());
        assertEquals(bySelf, Api.get(user(u.userId()), otherAdmin.token()).expect(200).json());
        assertEquals(bySelf, Api.get(user(u.userId().toUpperCase()), Scenario.support()).expect(200).json());

        Api.get(user(u.userId()), other.firstUserToken()).expectProblem(404, "not-found");
        Api.get(user(u.userId()), plain.token()).expectProblem(404, "not-found");
        Api.get(user(Scenario.unique("nobody")), Scenario.support()).expectProblem(404, "not-found");
        // An administrator of a company the user is authorised to (not the primary one) sees the user too.
        Scenario.authoriseByIdentityCode(other.firstUserToken(), other.id(), u.identityCode());
        Api.get(user(u.userId()), other.firstUserToken()).expect(200);
    }

    // ---- PATCH /users/{uid}: D10 ----

    @Test
    void D10_userEditsOwnPersonalDataEmailPhoneLanguage_allowed() {
        Subject u = subject();
        JsonObject r = Api.patch(user(u.userId()), u.token(), object("firstName", "Anna", "lastName", "Korhonen",
                "email", "anna.k@example.test", "phone", "+358 40 555 0101", "uiLanguage", "sv-FI",
                "showInstructionVideos", true)).expect(200).json();
        assertEquals("Anna", r.getString("firstName"));
        assertEquals("Korhonen", r.getString("lastName"));
        assertEquals("anna.k@example.test", r.getString("email"));
        assertEquals("+358 40 555 0101", r.getString("phone"));
        assertEquals("sv-FI", r.getString("uiLanguage"));
        assertTrue(r.getBoolean("showInstructionVideos"));
        assertEquals(r, Scenario.account(u.userId()));

        // One field at a time, the rest stays.
        JsonObject e = Api.patch(user(u.userId()), u.token(), object("email", "anna@example.test")).expect(200).json();
        assertEquals("anna@example.test", e.getString("email"));
        assertEquals("Anna", e.getString("firstName"));

        // Nobody sets an identity code on their own account (D10, revision 2: it could claim another person's).
        String code = Scenario.finnishIdentityCode();
        String own = Scenario.account(u.userId()).getString("personalIdentityCode", null);
        Api.patch(user(u.userId()), u.token(), object("country", "FI", "personalIdentityCode", code)).expectDenied("D10");
        assertEquals(own, Scenario.account(u.userId()).getString("personalIdentityCode", null));
    }

    @Test
    void D10_creatorEditsPersonalData_allowed() {
        Subject u = subject();
        JsonObject r = Api.patch(user(u.userId()), company.firstUserToken(), object("firstName", "Bertil",
                "lastName", "Bokare", "email", "bertil@example.test", "phone", "+46 8 123")).expect(200).json();
        assertEquals("Bertil", r.getString("firstName"));
        assertEquals("bertil@example.test", r.getString("email"));
        assertEquals(r, Scenario.account(u.userId()));
    }

    @Test
    void D10_otherAdminEditsPersonalData_denied() {
        Subject u = subject();
        JsonObject before = Scenario.account(u.userId());
        String path = user(u.userId());
        Api.patch(path, otherAdmin.token(), object("firstName", "Hacked")).expectDenied("D10");
        Api.patch(path, otherAdmin.token(), object("email", "other@example.test")).expectDenied("D10");
        Api.patch(path, otherAdmin.token(), object("phone", "000")).expectDenied("D10");
        Api.patch(path, otherAdmin.token(), object("country", "FI", "personalIdentityCode", Scenario.finnishIdentityCode()))
                .expectDenied("D10");
        // A register field together with personal data: all or nothing.
        Api.patch(path, otherAdmin.token(), object("signature", "XX", "lastName", "Hacked")).expectDenied("D10");
        // UI language and password are the user's own, not even the creator's.
        Api.patch(path, company.firstUserToken(), object("uiLanguage", "fi")).expectDenied("D10");
        Api.patch(path, company.firstUserToken(), object("password", "new-Passw0rd-1", "currentPassword",
                Scenario.PASSWORD)).expectDenied("D10");
        // Platform support is no creator either.
        Api.patch(path, Scenario.support(), object("firstName", "Support")).expectDenied("D10");
        assertEquals(before, Scenario.account(u.userId()));
    }

    @Test
    void D2_adminOfPrimaryCompanySetsRegisterFields_allowed() {
        Subject u = subject();
        String alias = String.valueOf(System.nanoTime());
        String card = "CARD-" + Scenario.unique("k");
        JsonObject r = Api.patch(user(u.userId()), otherAdmin.token(), object("aliasUserId", alias, "cardId", card,
                "signature", "AK", "active", false)).expect(200).json();
        assertEquals(alias, r.getString("aliasUserId"));
        assertEquals(card, r.getString("cardId"));
        assertEquals("AK", r.getString("signature"));
        assertFalse(r.getBoolean("active"));
        assertTrue(Api.patch(user(u.userId()), otherAdmin.token(), object("active", true)).expect(200).json()
                .getBoolean("active"));
        // Taken alias or card id: 409, nothing changed.
        Subject v = subject();
        Api.patch(user(v.userId()), otherAdmin.token(), object("aliasUserId", alias)).expectProblem(409, "conflict");
        Api.patch(user(v.userId()), otherAdmin.token(), object("cardId", card)).expectProblem(409, "conflict");
        JsonObject vAccount = Scenario.account(v.userId());
        assertTrue(vAccount.isNull("aliasUserId") && vAccount.isNull("cardId"), vAccount.toString());
    }

    @Test
    void D1_userSetsOwnActiveOrRegisterFields_denied() {
        Subject u = subject();
        JsonObject before = Scenario.account(u.userId());
        Api.patch(user(u.userId()), u.token(), object("active", false)).expectDenied("D1");
        Api.patch(user(u.userId()), u.token(), object("aliasUserId", "12345")).expectDenied("D1");
        Api.patch(user(u.userId()), u.token(), object("cardId", "K-1")).expectDenied("D1");
        // Nor the administrator on their own account.
        Api.patch(user(otherAdmin.userId()), otherAdmin.token(), object("active", false)).expectDenied("D1");
        assertEquals(before, Scenario.account(u.userId()));
        Api.get(V1 + "/me", otherAdmin.token()).expect(200);
    }

    @Test
    void D2_adminOfANonPrimaryCompanySetsRegisterFields_denied() {
        Subject u = subject();
        Scenario.authoriseByIdentityCode(other.firstUserToken(), other.id(), u.identityCode());
        JsonObject before = Scenario.account(u.userId());
        Api.patch(user(u.userId()), other.firstUserToken(), object("cardId", "K-" + u.userId())).expectDenied("D2");
        // Deactivating is D18's: a USER_ADMIN of the user's primary company, or platform support.
        Api.patch(user(u.userId()), other.firstUserToken(), object("active", false)).expectDenied("D18");
        Api.patch(user(u.userId()), plain.token(), object("active", false)).expectProblem(404, "not-found");
        assertEquals(before, Scenario.account(u.userId()));
    }

    @Test
    void patchUser_badInput_400_changesNothing() {
        Subject u = subject();
        JsonObject before = Scenario.account(u.userId());
        String path = user(u.userId());
        Api.patch(path, u.token(), object("email", "no-at-sign")).expectInvalid("email");
        Api.patch(path, u.token(), object("email", "two@@example.test")).expectInvalid("email");
        Api.patch(path, u.token(), object("uiLanguage", "english")).expectInvalid("uiLanguage");
        Api.patch(path, u.token(), object("uiLanguage", "FI")).expectInvalid("uiLanguage");
        Api.patch(path, u.token(), "{}").expectInvalid(null);
        Api.patch(path, u.token(), "").expectInvalid(null);
        Api.patch(path, u.token(), "[\"firstName\"]").expectInvalid(null);
        Api.patch(path, u.token(), object("nickname", "Ann")).expectInvalid("nickname");
        Api.patch(path, u.token(), object("firstName", 5)).expectInvalid("firstName");
        Api.patch(path, u.token(), object("phone", "1".repeat(41))).expectInvalid("phone");
        Api.patch(path, u.token(), object("country", "FI", "personalIdentityCode", "131052-308U"))
                .expectInvalid("personalIdentityCode");
        Api.patch(path, u.token(), object("firstName", "Fine", "email", "bad")).expectInvalid("email");
        Api.patch(path, u.token(), object("showInstructionVideos", "yes")).expectInvalid("showInstructionVideos");
        assertEquals(before, Scenario.account(u.userId()));
    }

    @Test
    void passwordChange_needsTheCurrentPassword() {
        Subject u = subject();
        String path = user(u.userId());
        String newPassword = "new-Passw0rd-" + System.nanoTime();
        Api.patch(path, u.token(), object("password", newPassword)).expectInvalid("currentPassword");
        Api.patch(path, u.token(), object("password", newPassword, "currentPassword", "wrong-password"))
                .expectInvalid("currentPassword");
        Api.patch(path, u.token(), object("password", "short", "currentPassword", Scenario.PASSWORD))
                .expectInvalid("password");
        Scenario.login(u.userId()); // still the old one

        Api.patch(path, u.token(), object("password", newPassword, "currentPassword", Scenario.PASSWORD)).expect(200);
        Api.token(u.userId(), newPassword);
        Api.post(V1 + "/auth/token", null, object("userId", u.userId(), "password", Scenario.PASSWORD))
                .expectProblem(401, "invalid-credentials");
    }

    // ---- D14: primary company ----

    /** A user of {@code company} authorised to a second company whose main user (USER_ADMIN) asks for the move. */
    private record Move(Subject user, CompanyRef target, Person targetMember) {
    }

    private static CompanyRef moveTarget;
    private static Person moveTargetMember;

    /** A fresh user; the company to move to (with a plain member) is shared by the D14 tests. */
    private static Move move() {
        if (moveTarget == null) {
            moveTarget = Scenario.company();
            moveTargetMember = new Person(Scenario.userWithoutPassword(moveTarget.firstUserToken(), moveTarget.id()), null);
        }
        Subject u = subject();
        Scenario.authoriseByIdentityCode(moveTarget.firstUserToken(), moveTarget.id(), u.identityCode());
        return new Move(u, moveTarget, moveTargetMember);
    }

    @Test
    void D14_supportAtTheRequestOfAUserAdminOfTheNewCompany_allowed() {
        Move m = move();
        JsonObject r = Api.patch(user(m.user().userId()), Scenario.support(),
                object("primaryCompanyId", m.target().id(), "requestedBy", m.target().firstUserId())).expect(200).json();
        assertEquals(m.target().id(), r.getJsonNumber("primaryCompanyId").longValue());
        assertEquals(m.target().id(), Scenario.account(m.user().userId()).getJsonNumber("primaryCompanyId").longValue());
        Map<Long, JsonObject> ms = Scenario.membershipsOf(m.user().userId());
        assertTrue(ms.get(m.target().id()).getBoolean("primaryCompany"));
        assertFalse(ms.get(company.id()).getBoolean("primaryCompany"));
        Scenario.login(m.user().userId()); // the new primary company's membership lets the user in
    }

    @Test
    void D14_nonSupportChangesPrimaryCompany_denied() {
        Move m = move();
        String path = user(m.user().userId());
        String body = object("primaryCompanyId", m.target().id(), "requestedBy", m.target().firstUserId());
        Api.patch(path, m.target().firstUserToken(), body).expectDenied("D14");
        Api.patch(path, company.firstUserToken(), body).expectDenied("D14");
        Api.patch(path, m.user().token(), body).expectDenied("D14");
        assertEquals(company.id(), Scenario.account(m.user().userId()).getJsonNumber("primaryCompanyId").longValue());
    }

    @Test
    void D14_requestedByNotAUserAdminOfTheNewCompany_denied() {
        Move m = move();
        String path = user(m.user().userId());
        Api.patch(path, Scenario.support(), object("primaryCompanyId", m.target().id(),
                "requestedBy", m.targetMember().userId())).expectDenied("D14");
        // A USER_ADMIN of the old company is not one of the new.
        Api.patch(path, Scenario.support(), object("primaryCompanyId", m.target().id(),
                "requestedBy", company.firstUserId())).expectDenied("D14");
        assertEquals(company.id(), Scenario.account(m.user().userId()).getJsonNumber("primaryCompanyId").longValue());
    }

    @Test
    void D14_badInput_400() {
        Move m = move();
        String path = user(m.user().userId());
        Api.patch(path, Scenario.support(), object("primaryCompanyId", m.target().id())).expectInvalid("requestedBy");
        Api.patch(path, Scenario.support(), object("primaryCompanyId", 987_654_321L, "requestedBy",
                m.target().firstUserId())).expectInvalid("primaryCompanyId");
        Api.patch(path, Scenario.support(), object("primaryCompanyId", "x")).expectInvalid("primaryCompanyId");
        // The user must be a member of the new primary company.
        Api.patch(path, Scenario.support(), object("primaryCompanyId", other.id(), "requestedBy", other.firstUserId()))
                .expectInvalid("primaryCompanyId");
        assertEquals(company.id(), Scenario.account(m.user().userId()).getJsonNumber("primaryCompanyId").longValue());
    }

    // ---- GET /users/{uid}/memberships (D9) ----

    @Test
    void D9_membershipsListHoldsOnlyCompaniesWhereTheCallerIsUserAdmin() {
        Subject u = subject();
        CompanyRef second = other;
        CompanyRef third = Scenario.company();
        Scenario.authoriseByIdentityCode(second.firstUserToken(), second.id(), u.identityCode());
        Scenario.authoriseByIdentityCode(third.firstUserToken(), third.id(), u.identityCode());
        Scenario.grant(second.firstUserToken(), second.id(), u.userId(), "BOOKKEEPER");

        assertEquals(Set.of(second.id()), companies(second.firstUserToken(), u.userId()));
        assertEquals(Set.of(company.id()), companies(company.firstUserToken(), u.userId()));
        assertEquals(Set.of(company.id()), companies(otherAdmin.token(), u.userId()));
        assertEquals(Set.of(company.id(), second.id(), third.id()), companies(u.token(), u.userId()));
        assertEquals(Set.of(company.id(), second.id(), third.id()), companies(Scenario.support(), u.userId()));
        JsonObject inSecond = items(second.firstUserToken(), u.userId()).get(0);
        assertEquals(Set.of("BOOKKEEPER"), Scenario.roles(inSecond));
        assertEquals(second.name(), inSecond.getString("companyName"));
        assertFalse(inSecond.getBoolean("primaryCompany"));

        // A FIRM_MAIN_USER without USER_ADMIN sees the user (D2) but not the membership there (D9).
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject client = Scenario.openClient(firm.firstUserToken(), firm.id(), false);
        long clientId = client.getJsonNumber("id").longValue();
        String clientMain = client.getJsonObject("firstUser").getString("userId");
        Scenario.revoke(Scenario.login(clientMain), clientId, firm.firstUserId(), "USER_ADMIN");
        Scenario.authoriseByIdentityCode(firm.firstUserToken(), clientId, u.identityCode());
        assertEquals(Set.of(), companies(firm.firstUserToken(), u.userId()));

        Api.get(user(u.userId()) + "/memberships", plain.token()).expectProblem(404, "not-found");

        // Paged like every list: four memberships in pages of three, in company order.
        JsonObject first = Api.get(user(u.userId()) + "/memberships?size=3", u.token()).expect(200).json();
        JsonObject second2 = Api.get(user(u.userId()) + "/memberships?size=3&page=1", u.token()).expect(200).json();
        assertEquals(4, first.getInt("total"));
        assertEquals(4, second2.getInt("total"));
        assertEquals(3, first.getInt("size"));
        assertEquals(1, second2.getInt("page"));
        assertEquals(3, first.getJsonArray("items").size());
        assertEquals(1, second2.getJsonArray("items").size());
        Set<Long> union = new java.util.TreeSet<>();
        for (JsonObject p : List.of(first, second2)) {
            p.getJsonArray("items").getValuesAs(JsonObject.class).forEach(m -> union.add(m.getJsonNumber("companyId").longValue()));
        }
        assertEquals(Set.of(company.id(), second.id(), third.id(), clientId), union);
        // An administrator's view is counted after the D9 filter.
        assertEquals(1, Api.get(user(u.userId()) + "/memberships?size=1", second.firstUserToken()).expect(200).json()
                .getInt("total"));
        Api.get(user(u.userId()) + "/memberships?size=0", u.token()).expectInvalid("size");
        Api.get(user(u.userId()) + "/memberships?page=x", u.token()).expectInvalid("page");
    }

    // ---- PUT /users/{uid}/validity (D12) ----

    @Test
    void D12_validityChangesExactlyInTheCompaniesWhereTheCallerIsUserAdmin() {
        List<CompanyRef> admin = Scenario.companiesOfOnePerson(2);
        String token = admin.get(0).firstUserToken();
        String code = Scenario.finnishIdentityCode();
        String u = Scenario.createUser(token, admin.get(0).id(), "country", "FI", "personalIdentityCode", code)
                .getJsonObject("user").getString("userId");
        Scenario.authorise(token, admin.get(1).id(), u);
        Scenario.authoriseByIdentityCode(other.firstUserToken(), other.id(), code);

        LocalDate to = LocalDate.now().plusDays(30);
        // The primary company is among them: D9's confirmation.
        Api.put(user(u) + "/validity", token, object("validTo", to)).expectInvalid("confirmPrimary");
        JsonObject r = Api.put(user(u) + "/validity?confirmPrimary=true", token, object("validTo", to)).expect(200).json();
        assertEquals(2, r.getInt("updated"));
        Map<Long, String> named = r.getJsonArray("companies").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getJsonNumber("id").longValue(), c -> c.getString("name")));
        assertEquals(Map.of(admin.get(0).id(), admin.get(0).name(), admin.get(1).id(), admin.get(1).name()), named);

        Map<Long, JsonObject> ms = Scenario.membershipsOf(u);
        assertEquals(to.toString(), ms.get(admin.get(0).id()).getString("validTo"));
        assertEquals(to.toString(), ms.get(admin.get(1).id()).getString("validTo"));
        assertTrue(ms.get(other.id()).isNull("validTo"), "untouched where the caller is no USER_ADMIN");

        // null: until further notice again.
        assertEquals(2, Api.put(user(u) + "/validity", token, object("validTo", null)).expect(200).json().getInt("updated"));
        assertTrue(Scenario.membershipsOf(u).get(admin.get(1).id()).isNull("validTo"));

        // All or nothing: where the end would fall before a membership's start, no membership changes.
        LocalDate from = LocalDate.now().plusDays(60);
        Api.put(V1 + "/companies/" + admin.get(1).id() + "/members/" + u, token, object("validFrom", from)).expect(200);
        Api.put(user(u) + "/validity?confirmPrimary=true", token, object("validTo", to)).expectInvalid("validTo");
        Map<Long, JsonObject> after = Scenario.membershipsOf(u);
        assertTrue(after.get(admin.get(0).id()).isNull("validTo"), after.toString());
        assertTrue(after.get(admin.get(1).id()).isNull("validTo"), after.toString());
    }

    @Test
    void D12_badInput_400() {
        Subject u = subject();
        String path = user(u.userId()) + "/validity";
        Api.put(path, company.firstUserToken(), "{}").expectInvalid("validTo");
        Api.put(path, company.firstUserToken(), object("validTo", "tomorrow")).expectInvalid("validTo");
        Api.put(path, company.firstUserToken(), object("validTo", "2030-01-01", "validFrom", "2029-01-01"))
                .expectInvalid("validFrom");
        assertTrue(Scenario.membershipsOf(u.userId()).get(company.id()).isNull("validTo"));
    }

    @Test
    void D1_ownValidity_denied() {
        Api.put(user(company.firstUserId()) + "/validity", company.firstUserToken(),
                object("validTo", LocalDate.now().plusDays(1))).expectDenied("D1");
        assertTrue(Scenario.membershipsOf(company.firstUserId()).get(company.id()).isNull("validTo"));
    }

    @Test
    void D12_callerWithoutUserAdminInAnyOfTheUsersCompanies_denied() {
        // Sees the user as FIRM_MAIN_USER of a client (D2) but holds USER_ADMIN in none of the user's companies.
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject client = Scenario.openClient(firm.firstUserToken(), firm.id(), false);
        long clientId = client.getJsonNumber("id").longValue();
        Person clientMain = new Person(client.getJsonObject("firstUser").getString("userId"),
                Scenario.login(client.getJsonObject("firstUser").getString("userId")));
        Scenario.revoke(clientMain.token(), clientId, firm.firstUserId(), "USER_ADMIN");
        String u = Scenario.user(clientMain.token(), clientId);
        Api.put(user(u) + "/validity", firm.firstUserToken(), object("validTo", LocalDate.now().plusDays(5)))
                .expectDenied("D12");
        assertTrue(Scenario.membershipsOf(u).get(clientId).isNull("validTo"));
        Api.put(user(u) + "/validity", other.firstUserToken(), object("validTo", LocalDate.now()))
                .expectProblem(404, "not-found");
    }

    // ---- helpers ----

    private static List<JsonObject> items(String token, String userId) {
        return Api.get(user(userId) + "/memberships", token).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static Set<Long> companies(String token, String userId) {
        return items(token, userId).stream().map(m -> m.getJsonNumber("companyId").longValue())
                .collect(Collectors.toSet());
    }
}
