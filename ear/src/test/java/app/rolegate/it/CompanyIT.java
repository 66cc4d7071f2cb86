package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Companies: creation by platform support with the first user (and its refusals), reading one,
 * the main user (D8), client companies (D13) and the auditors' organisation.
 */
class CompanyIT {
    private static final String COMPANIES = V1 + "/companies";

    /** A company with its main user (USER_ADMIN), a plain member, and an outsider (administrator elsewhere). */
    private static CompanyRef company;
    private static Person member;
    private static CompanyRef other;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        member = Scenario.member(company.firstUserToken(), company.id());
        other = Scenario.company();
    }

    // ---- POST /companies by platform support ----

    @Test
    void supportCreatesCompany_firstUserIsMainUserWithUserAdmin() {
        JsonObjectBuilder body = Scenario.companyBody(false, true, true, null, null).add("businessId", unique("BID"));
        JsonObject sent = body.build();
        Api.Response r = Api.post(COMPANIES, Scenario.support(), sent.toString()).expect(201);
        JsonObject c = r.json();
        long id = c.getJsonNumber("id").longValue();
        assertTrue(r.header("Location").orElse("").endsWith("/api/v1/companies/" + id), r.headers().map().toString());
        assertEquals(sent.getString("name"), c.getString("name"));
        assertEquals(sent.getString("businessId"), c.getString("businessId"));
        assertFalse(c.getBoolean("accountingFirm"));
        assertTrue(c.getBoolean("payrollEnabled"));
        assertFalse(c.getBoolean("existingPersonAuthorised"));
        JsonObject first = c.getJsonObject("firstUser");
        String firstUserId = sent.getJsonObject("firstUser").getString("userId");
        assertEquals(firstUserId, first.getString("userId"));
        assertEquals(id, first.getJsonNumber("primaryCompanyId").longValue());
        assertEquals(first.getJsonNumber("id").longValue(), c.getJsonNumber("mainUserId").longValue());
        assertFalse(first.containsKey("password") || first.containsKey("passwordHash"), first.toString());

        String token = Scenario.login(firstUserId);
        JsonObject m = Scenario.membership(token, id, firstUserId);
        assertEquals(Set.of("USER_ADMIN"), Scenario.roles(m));
        assertEquals("AUTOMATIC", m.getJsonArray("roles").getJsonObject(0).getString("origin"));
        assertTrue(m.getBoolean("primaryCompany"));
        assertEquals("ALL_RIGHTS", m.getString("accountingProfile"));
        // The first user administers the company at once.
        Api.get(COMPANIES + "/" + id + "/members", token).expect(200);
    }

    @Test
    void supportCreatesAccountingFirm_firstUserAlsoHoldsFirmMainUser() {
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject c = Scenario.companyView(firm.firstUserToken(), firm.id());
        assertTrue(c.getBoolean("accountingFirm"));
        JsonObject m = Scenario.membership(firm.firstUserToken(), firm.id(), firm.firstUserId());
        assertEquals(Set.of("USER_ADMIN", "FIRM_MAIN_USER"), Scenario.roles(m));
        assertEquals(Scenario.account(firm.firstUserId()).getJsonNumber("id").longValue(),
                c.getJsonNumber("mainUserId").longValue());

        // A company of the firm names it; its first user is no FIRM_MAIN_USER.
        CompanyRef client = Scenario.company(false, false, firm.id());
        assertEquals(firm.id(), Scenario.companyView(client.firstUserToken(), client.id())
                .getJsonNumber("accountingFirmId").longValue());
        assertEquals(Set.of("USER_ADMIN"),
                Scenario.roles(Scenario.membership(client.firstUserToken(), client.id(), client.firstUserId())));
    }

    @Test
    void nonSupportUserCreatesCompany_forbidden_nothingCreated() {
        JsonObject body = Scenario.companyBody(false, false, true, null, null).add("businessId", unique("BID")).build();
        String firstUserId = body.getJsonObject("firstUser").getString("userId");
        // Even the main user (USER_ADMIN) of a company.
        Api.post(COMPANIES, company.firstUserToken(), body.toString()).expectProblem(403, "access-denied");
        Api.post(COMPANIES, member.token(), body.toString()).expectProblem(403, "access-denied");
        assertFalse(Scenario.accountExists(firstUserId));
        // Neither the business id nor the user id was taken: the same request by support succeeds.
        Scenario.createCompany(body);
        assertTrue(Scenario.accountExists(firstUserId));
    }

    @Test
    void malformedJson_400_nothingCreated() {
        Api.post(COMPANIES, Scenario.support(), "{\"name\": \"Broken\", \"firstUser\": {").expectInvalid(null);
        Api.post(COMPANIES, Scenario.support(), "[]").expectInvalid(null);
        Api.post(COMPANIES, Scenario.support(), "").expectInvalid(null);
    }

    @Test
    void unknownField_400_namesIt_nothingCreated() {
        assertRefused(b -> b.add("colour", "red"), "colour");
        assertRefused(b -> b.add("firstUser", firstUser(unique("fu")).add("role", "USER_ADMIN")), "firstUser.role");
    }

    @Test
    void missingName_400() {
        assertRefused(b -> b.remove("name"), "name");
        assertRefused(b -> b.add("name", "   "), "name");
    }

    @Test
    void missingFirstUser_400() {
        assertRefused(b -> b.remove("firstUser"), "firstUser");
        assertRefused(b -> b.add("firstUser", Json.createObjectBuilder().add("password", Scenario.PASSWORD)),
                "firstUser.userId");
    }

    @Test
    void wrongTypes_400() {
        assertRefused(b -> b.add("name", 5), "name");
        assertRefused(b -> b.add("accountingFirm", "yes"), "accountingFirm");
        assertRefused(b -> b.add("payrollEnabled", 1), "payrollEnabled");
        assertRefused(b -> b.add("accountingFirmId", "12"), "accountingFirmId");
        assertRefused(b -> b.add("firstUser", "someone"), "firstUser");
    }

    @Test
    void nameOver200Characters_400() {
        assertRefused(b -> b.add("name", "N".repeat(201)), "name");
        // 200 is still fine.
        JsonObject ok = Scenario.companyBody(false, false, true, null, null).add("name", "N".repeat(200)).build();
        assertEquals(200, Scenario.createCompany(ok).getString("name").length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308U", "311352-308T", "310252-008T", "130252X3081", "abc", "131052-900U"})
    void invalidFinnishIdentityCodeOfFirstUser_400(String code) {
        assertRefused(b -> b.add("firstUser", firstUser(unique("fu")).add("country", "FI")
                .add("personalIdentityCode", code)), "firstUser.personalIdentityCode");
    }

    @Test
    void identityCodeWithoutCountry_400() {
        assertRefused(b -> b.add("firstUser", firstUser(unique("fu")).add("personalIdentityCode",
                Scenario.finnishIdentityCode())), "firstUser.country");
    }

    @Test
    void accountingFirmIdOfANonFirm_400() {
        assertRefused(b -> b.add("accountingFirmId", other.id()), "accountingFirmId");
        assertRefused(b -> b.add("accountingFirmId", 987_654_321L), "accountingFirmId");
    }

    @Test
    void duplicateBusinessId_409_nothingCreated() {
        String businessId = unique("BID");
        Scenario.createCompany(Scenario.companyBody(false, false, true, null, null).add("businessId", businessId).build());
        JsonObject again = Scenario.companyBody(false, false, true, null, null).add("businessId", businessId).build();
        Api.post(COMPANIES, Scenario.support(), again.toString()).expectProblem(409, "conflict");
        assertFalse(Scenario.accountExists(again.getJsonObject("firstUser").getString("userId")));
    }

    @Test
    void firstUserIdTakenIgnoringCase_409_companyNotCreatedEither() {
        String businessId = unique("BID");
        JsonObject body = Scenario.companyBody(false, false, true, null, null).add("businessId", businessId)
                .add("firstUser", firstUser(company.firstUserId().toUpperCase())).build();
        Api.post(COMPANIES, Scenario.support(), body.toString()).expectProblem(409, "conflict");
        // The company was rolled back with the user: its business id is still free.
        Scenario.createCompany(Scenario.companyBody(false, false, true, null, null).add("businessId", businessId).build());
    }

    @Test
    void D11_firstUserWithExistingIdentityCode_authorisesThatPerson() {
        String code = Scenario.finnishIdentityCode();
        String personId = Scenario.createUser(other.firstUserToken(), other.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        long personAccount = Scenario.account(personId).getJsonNumber("id").longValue();

        JsonObject body = Scenario.companyBody(false, false, true, null, code).build();
        String proposedId = body.getJsonObject("firstUser").getString("userId");
        JsonObject c = Scenario.createCompany(body);
        long id = c.getJsonNumber("id").longValue();
        assertTrue(c.getBoolean("existingPersonAuthorised"));
        assertEquals(personId, c.getJsonObject("firstUser").getString("userId"));
        assertEquals(personAccount, c.getJsonNumber("mainUserId").longValue());
        assertFalse(Scenario.accountExists(proposedId), "no second account");

        // The person keeps their primary company and now administers the new one too.
        assertEquals(other.id(), Scenario.account(personId).getJsonNumber("primaryCompanyId").longValue());
        Map<Long, JsonObject> ms = Scenario.membershipsOf(personId);
        assertEquals(Set.of(other.id(), id), ms.keySet());
        assertEquals(Set.of("USER_ADMIN"), Scenario.roles(ms.get(id)));
        assertFalse(ms.get(id).getBoolean("primaryCompany"));
    }

    // ---- GET /companies/{cid} ----

    @Test
    void getCompany_memberSupport200_nonMember404() {
        JsonObject byMember = Scenario.companyView(member.token(), company.id());
        assertEquals(company.name(), byMember.getString("name"));
        assertEquals(company.id(), byMember.getJsonNumber("id").longValue());
        assertEquals(byMember, Scenario.companyView(Scenario.support(), company.id()));
        assertEquals(byMember, Scenario.companyView(company.firstUserToken(), company.id()));

        Api.get(COMPANIES + "/" + company.id(), other.firstUserToken()).expectProblem(404, "not-found");
        Api.get(COMPANIES + "/987654321", Scenario.support()).expectProblem(404, "not-found");
        Api.get(COMPANIES + "/not-a-number", Scenario.support()).expectProblem(404, "not-found");
        Api.get(COMPANIES + "/" + company.id(), null).expectProblem(401, "unauthorized");
    }

    // ---- PUT /companies/{cid}/main-user (D8) ----

    @Test
    void D8_userAdminSetsMemberAsMainUser_allowed() {
        CompanyRef c = Scenario.company();
        Person admin = Scenario.memberWithRole(c, "USER_ADMIN");
        String newMain = Scenario.userWithoutPassword(c.firstUserToken(), c.id());
        JsonObject after = Api.put(COMPANIES + "/" + c.id() + "/main-user", admin.token(), object("userId", newMain))
                .expect(200).json();
        long newMainId = Scenario.account(newMain).getJsonNumber("id").longValue();
        assertEquals(newMainId, after.getJsonNumber("mainUserId").longValue());
        assertEquals(newMainId, Scenario.companyView(admin.token(), c.id()).getJsonNumber("mainUserId").longValue());

        // The (former) main user with USER_ADMIN may name another member, case of the user id ignored.
        JsonObject back = Api.put(COMPANIES + "/" + c.id() + "/main-user", c.firstUserToken(),
                object("userId", admin.userId().toUpperCase())).expect(200).json();
        assertEquals(Scenario.account(admin.userId()).getJsonNumber("id").longValue(),
                back.getJsonNumber("mainUserId").longValue());
    }

    @Test
    void D8_nonUserAdminSetsMainUser_denied() {
        CompanyRef c = Scenario.company();
        Person plain = Scenario.member(c.firstUserToken(), c.id());
        Person bookkeeper = Scenario.memberWithRole(c, "BOOKKEEPER");
        JsonObject before = Scenario.companyView(Scenario.support(), c.id());
        // Naming oneself is D1's, whoever names (revision 2); naming another needs USER_ADMIN (D8).
        Api.put(COMPANIES + "/" + c.id() + "/main-user", plain.token(), object("userId", plain.userId()))
                .expectDenied("D1");
        Api.put(COMPANIES + "/" + c.id() + "/main-user", plain.token(), object("userId", bookkeeper.userId()))
                .expectDenied("D8");
        Api.put(COMPANIES + "/" + c.id() + "/main-user", bookkeeper.token(), object("userId", plain.userId()))
                .expectDenied("D8");
        // Not even platform support: it holds no USER_ADMIN there.
        Api.put(COMPANIES + "/" + c.id() + "/main-user", Scenario.support(), object("userId", plain.userId()))
                .expectDenied("D8");
        assertEquals(before, Scenario.companyView(Scenario.support(), c.id()));
    }

    @Test
    void D8_targetNotAMember_denied() {
        // Alike for a user of another company and one that does not exist (2.1): the same 404.
        JsonObject before = Scenario.companyView(Scenario.support(), company.id());
        String outsider = Api.put(COMPANIES + "/" + company.id() + "/main-user", company.firstUserToken(),
                object("userId", other.firstUserId())).expectProblem(404, "not-found").getString("detail");
        String unknown = Api.put(COMPANIES + "/" + company.id() + "/main-user", company.firstUserToken(),
                object("userId", unique("nobody"))).expectProblem(404, "not-found").getString("detail");
        assertEquals(outsider, unknown);
        assertEquals(before, Scenario.companyView(Scenario.support(), company.id()));
    }

    @Test
    void D1_userAdminSetsThemselfMainUser_denied() {
        CompanyRef c = Scenario.company();
        Person admin = Scenario.memberWithRole(c, "USER_ADMIN");
        JsonObject before = Scenario.companyView(Scenario.support(), c.id());
        Api.put(COMPANIES + "/" + c.id() + "/main-user", admin.token(), object("userId", admin.userId()))
                .expectDenied("D1");
        assertEquals(before, Scenario.companyView(Scenario.support(), c.id()));
    }

    @Test
    void mainUserBadInput_400() {
        String path = COMPANIES + "/" + company.id() + "/main-user";
        Api.put(path, company.firstUserToken(), "{}").expectInvalid("userId");
        Api.put(path, company.firstUserToken(), object("userId", 42)).expectInvalid("userId");
        Api.put(path, company.firstUserToken(), object("userId", member.userId(), "force", true)).expectInvalid("force");
    }

    // ---- D13: client companies opened by a firm's main user ----

    @Test
    void D13_firmMainUserOpensClient_getsFirmRolesThere() {
        CompanyRef firm = Scenario.company(true, false, null);
        JsonObject client = Scenario.openClient(firm.firstUserToken(), firm.id(), true);
        long id = client.getJsonNumber("id").longValue();
        assertEquals(firm.id(), client.getJsonNumber("accountingFirmId").longValue());
        assertEquals(firm.id(), client.getJsonNumber("openedUnder").longValue());
        assertEquals(Set.of("FIRM_MAIN_USER", "USER_ADMIN", "BOOKKEEPER", "PAYROLL_CALCULATOR"),
                Scenario.roles(Scenario.membership(firm.firstUserToken(), id, firm.firstUserId())));
        String clientMain = client.getJsonObject("firstUser").getString("userId");
        assertEquals(Set.of("USER_ADMIN"), Scenario.roles(Scenario.membership(firm.firstUserToken(), id, clientMain)));
    }

    @Test
    void D13_userWithoutFirmMainUserOpensClient_denied() {
        String body = Json.createObjectBuilder().add("name", unique("Client")).add("openedUnder", company.id())
                .build().toString();
        Api.post(COMPANIES, company.firstUserToken(), body).expectDenied("D13");
    }

    // ---- PUT /platform/auditor-organisation ----

    @Test
    void auditorOrganisation_supportOnly() {
        CompanyRef auditors = Scenario.company(false, false, null);
        String path = V1 + "/platform/auditor-organisation";
        JsonObject before = Api.get(path, Scenario.support()).expect(200).json();

        Api.put(path, auditors.firstUserToken(), object("companyId", auditors.id())).expectProblem(403, "access-denied");
        Api.put(path, member.token(), object("companyId", auditors.id())).expectProblem(403, "access-denied");
        assertEquals(before, Api.get(path, Scenario.support()).expect(200).json());

        JsonObject r = Api.put(path, Scenario.support(), object("companyId", auditors.id())).expect(200).json();
        assertEquals(auditors.id(), r.getJsonNumber("companyId").longValue());
        assertEquals(auditors.id(), Api.get(path, Scenario.support()).expect(200).json().getJsonNumber("companyId")
                .longValue());
        // Which company it is, is platform support's to know (2.1: others learn nothing of companies not theirs).
        Api.get(path, member.token()).expectProblem(403, "access-denied");

        Api.put(path, Scenario.support(), object("companyId", 987_654_321L)).expectProblem(404, "not-found");
        Api.put(path, Scenario.support(), object("companyId", "x")).expectInvalid("companyId");
    }

    // ---- helpers ----

    private static String unique(String prefix) {
        return Scenario.unique(prefix);
    }

    private static JsonObjectBuilder firstUser(String userId) {
        return Json.createObjectBuilder().add("userId", userId).add("password", Scenario.PASSWORD)
                .add("firstName", "First").add("lastName", "User");
    }

    /**
     * Support posts a valid company body changed by {@code change}: 400 naming {@code field}, and
     * nothing is created (the first user's account does not exist, and the same business id is
     * still free).
     */
    private static void assertRefused(Function<JsonObjectBuilder, JsonObjectBuilder> change, String field) {
        String businessId = unique("BID");
        JsonObject valid = Scenario.companyBody(false, true, true, null, null).add("businessId", businessId).build();
        String firstUserId = valid.getJsonObject("firstUser").getString("userId");
        JsonObject body = change.apply(Json.createObjectBuilder(valid)).build();
        Api.post(COMPANIES, Scenario.support(), body.toString()).expectInvalid(field);
        assertFalse(Scenario.accountExists(firstUserId), "no account for " + firstUserId);
        if (body.containsKey("firstUser") && body.get("firstUser") instanceof JsonObject fu && fu.containsKey("userId")) {
            assertFalse(Scenario.accountExists(fu.getString("userId")));
        }
        assertBusinessIdFree(businessId);
    }

    /** A business id nobody holds: a company with it is created (and then holds it). */
    private static void assertBusinessIdFree(String businessId) {
        // A first user without a password (nobody logs in as it): no password hashing, a quick probe.
        JsonObject probe = Json.createObjectBuilder().add("name", unique("Probe")).add("businessId", businessId)
                .add("firstUser", Json.createObjectBuilder().add("userId", unique("probe"))).build();
        Api.post(COMPANIES, Scenario.support(), probe.toString()).expect(201);
    }
}
