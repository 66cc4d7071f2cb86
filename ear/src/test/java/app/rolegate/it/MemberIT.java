package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A company's users and memberships: creating users (D2) and authorising existing people (D11), the
 * members list and its filters, one membership read, changed (D1, D2, D11) and removed (D9).
 */
class MemberIT {
    /** Payroll and CRM enabled; first user = main user with USER_ADMIN. */
    private static CompanyRef company;
    private static Person plain;
    private static Person bookkeeper;
    /** Another company: its main user administers there, not here. */
    private static CompanyRef other;

    /** An accounting firm, a client it opened (D13), and the firm's main user holding FIRM_MAIN_USER but not USER_ADMIN there. */
    private static CompanyRef firm;
    private static long client;
    private static Person clientMain;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        plain = Scenario.member(company.firstUserToken(), company.id());
        bookkeeper = Scenario.memberWithRole(company, "BOOKKEEPER");
        other = Scenario.company();

        firm = Scenario.company(true, false, null);
        JsonObject c = Scenario.openClient(firm.firstUserToken(), firm.id(), false);
        client = c.getJsonNumber("id").longValue();
        String mainId = c.getJsonObject("firstUser").getString("userId");
        clientMain = new Person(mainId, Scenario.login(mainId));
        // The client's main user (USER_ADMIN) takes USER_ADMIN from the firm's main user: FIRM_MAIN_USER remains.
        Scenario.revoke(clientMain.token(), client, firm.firstUserId(), "USER_ADMIN");
        assertEquals(Set.of("FIRM_MAIN_USER", "BOOKKEEPER"),
                Scenario.roles(Scenario.membership(clientMain.token(), client, firm.firstUserId())));
    }

    private static String users(long cid) {
        return V1 + "/companies/" + cid + "/users";
    }

    private static String members(long cid) {
        return V1 + "/companies/" + cid + "/members";
    }

    private static String member(long cid, String uid) {
        return members(cid) + "/" + uid;
    }

    private static String newUserBody(String userId, Object... more) {
        JsonObject base = Api.parse(object("userId", userId, "password", Scenario.PASSWORD, "firstName", "New",
                "lastName", "Person")).asJsonObject();
        var b = Json.createObjectBuilder(base);
        Api.parse(object(more)).asJsonObject().forEach(b::add);
        return b.build().toString();
    }

    private static long accountId(String userId) {
        return Scenario.account(userId).getJsonNumber("id").longValue();
    }

    // ---- POST /companies/{cid}/users (D2) ----

    @Test
    void D2_userAdminCreatesUser_allowed() {
        String userId = Scenario.unique("created");
        Api.Response r = Api.post(users(company.id()), company.firstUserToken(),
                newUserBody(userId, "email", userId + "@example.test", "phone", "+358 40 123", "uiLanguage", "fi",
                        "signature", "NP", "showInstructionVideos", true, "membership",
                        Json.createObjectBuilder().add("accountingProfile", "SALES_LEDGER").build()))
                .expect(201);
        assertTrue(r.header("Location").orElse("").endsWith(member(company.id(), userId)), r.headers().map().toString());
        JsonObject m = r.json();
        assertFalse(m.getBoolean("existingPersonAuthorised"));
        assertEquals(company.id(), m.getJsonNumber("companyId").longValue());
        assertTrue(m.getBoolean("primaryCompany"));
        assertEquals("SALES_LEDGER", m.getString("accountingProfile"));
        assertEquals(Set.of(), Scenario.roles(m));
        assertEquals(userId, m.getJsonObject("user").getString("userId"));

        JsonObject u = Scenario.account(userId);
        assertEquals(company.id(), u.getJsonNumber("primaryCompanyId").longValue());
        assertEquals(accountId(company.firstUserId()), u.getJsonNumber("createdBy").longValue());
        assertEquals("fi", u.getString("uiLanguage"));
        assertEquals("NP", u.getString("signature"));
        assertTrue(u.getBoolean("showInstructionVideos"));
        assertTrue(u.getBoolean("active"));
        assertFalse(u.containsKey("password") || u.containsKey("passwordHash"), u.toString());
        Scenario.login(userId); // the password given works
    }

    @Test
    void D2_firmMainUserCreatesUser_allowed() {
        String userId = Scenario.unique("byfirm");
        JsonObject m = Api.post(users(client), firm.firstUserToken(), newUserBody(userId)).expect(201).json();
        assertTrue(m.getBoolean("primaryCompany"));
        JsonObject u = Scenario.account(userId);
        assertEquals(client, u.getJsonNumber("primaryCompanyId").longValue());
        assertEquals(accountId(firm.firstUserId()), u.getJsonNumber("createdBy").longValue());
    }

    @Test
    void D2_plainMemberCreatesUser_denied() {
        String userId = Scenario.unique("nope");
        Api.post(users(company.id()), plain.token(), newUserBody(userId)).expectDenied("D2");
        assertFalse(Scenario.accountExists(userId));
    }

    @Test
    void D2_bookkeeperCreatesUser_denied() {
        String userId = Scenario.unique("nope");
        Api.post(users(company.id()), bookkeeper.token(), newUserBody(userId)).expectDenied("D2");
        assertFalse(Scenario.accountExists(userId));
    }

    @Test
    void D2_adminOfAnotherCompanyCreatesUser_denied() {
        String userId = Scenario.unique("nope");
        // An administrator of another company learns nothing of this one (2.1).
        Api.post(users(company.id()), other.firstUserToken(), newUserBody(userId)).expectProblem(404, "not-found");
        // Platform support holds no role in the company either.
        Api.post(users(company.id()), Scenario.support(), newUserBody(userId)).expectDenied("D2");
        assertFalse(Scenario.accountExists(userId));
    }

    @Test
    void userIdIsUniqueIgnoringCase_409() {
        String anna = Scenario.unique("Anna.K");
        Api.post(users(company.id()), company.firstUserToken(), newUserBody(anna)).expect(201);
        Api.post(users(company.id()), company.firstUserToken(), newUserBody(anna.toLowerCase(Locale.ROOT)))
                .expectProblem(409, "conflict");
        // Platform-wide: in another company too.
        Api.post(users(other.id()), other.firstUserToken(), newUserBody(anna.toUpperCase(Locale.ROOT)))
                .expectProblem(409, "conflict");
        assertEquals(anna, Scenario.account(anna.toLowerCase(Locale.ROOT)).getString("userId"));
        Api.token(anna.toLowerCase(Locale.ROOT), Scenario.PASSWORD);
    }

    @Test
    void aUserIdThatNamesTheBulkVerificationCall_isRefused_400() {
        // /companies/{cid}/members/idp-verify is a call of its own: such a member could never be read or changed.
        for (String reserved : List.of("idp-verify", "IDP-Verify")) {
            JsonObject p = Api.post(users(company.id()), company.firstUserToken(), newUserBody(reserved))
                    .expectInvalid("userId");
            assertTrue(p.getString("detail").contains("reserved"), p.toString());
            assertFalse(Scenario.accountExists(reserved));
        }
    }

    @Test
    void aliasUserIdAndCardIdAreUnique_409() {
        String alias = String.valueOf(System.nanoTime());
        String card = "CARD-" + Scenario.unique("c");
        Scenario.createUser(company.firstUserToken(), company.id(), "aliasUserId", alias, "cardId", card);

        String second = Scenario.unique("dup");
        Api.post(users(other.id()), other.firstUserToken(), newUserBody(second, "aliasUserId", alias))
                .expectProblem(409, "conflict");
        Api.post(users(company.id()), company.firstUserToken(), newUserBody(second, "cardId", card))
                .expectProblem(409, "conflict");
        assertFalse(Scenario.accountExists(second));
    }

    @Test
    void D11_identityCodeOfAnExistingPerson_authorisesThatPerson_evenOneTheAdminCouldNotSee() {
        String code = Scenario.finnishIdentityCode();
        String person = Scenario.createUser(other.firstUserToken(), other.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        Api.get(V1 + "/users/" + person, company.firstUserToken()).expectProblem(404, "not-found");

        String proposed = Scenario.unique("second");
        Api.Response r = Api.post(users(company.id()), company.firstUserToken(),
                newUserBody(proposed, "country", "fi", "personalIdentityCode", code.toLowerCase(Locale.ROOT),
                        "membership", Json.createObjectBuilder().add("accountingProfile", "SEARCH").build()))
                .expect(200);
        JsonObject m = r.json();
        assertTrue(m.getBoolean("existingPersonAuthorised"));
        assertEquals(person, m.getJsonObject("user").getString("userId"));
        assertEquals(company.id(), m.getJsonNumber("companyId").longValue());
        assertFalse(m.getBoolean("primaryCompany"));
        assertEquals("SEARCH", m.getString("accountingProfile"));
        assertTrue(r.header("Location").orElse("").endsWith(member(company.id(), person)));

        assertFalse(Scenario.accountExists(proposed), "never a duplicate account");
        assertEquals(Set.of(other.id(), company.id()), Scenario.membershipsOf(person).keySet());
        assertEquals(other.id(), Scenario.account(person).getJsonNumber("primaryCompanyId").longValue());
        // Now the admin sees the person.
        Api.get(V1 + "/users/" + person, company.firstUserToken()).expect(200);

        // The same person again: already a member, still no duplicate.
        String third = Scenario.unique("third");
        Api.post(users(company.id()), company.firstUserToken(), newUserBody(third, "country", "FI",
                "personalIdentityCode", code)).expectProblem(409, "conflict");
        assertFalse(Scenario.accountExists(third));
    }

    @Test
    void invalidInputCreatingUser_400_nothingCreated() {
        String userId = Scenario.unique("bad");
        String path = users(company.id());
        String token = company.firstUserToken();
        Api.post(path, token, newUserBody(userId, "country", "FI", "personalIdentityCode", "131052-308U"))
                .expectInvalid("personalIdentityCode");
        Api.post(path, token, newUserBody(userId, "country", "FI", "personalIdentityCode", "310252-308T"))
                .expectInvalid("personalIdentityCode");
        Api.post(path, token, newUserBody(userId, "personalIdentityCode", Scenario.finnishIdentityCode()))
                .expectInvalid("country");
        Api.post(path, token, newUserBody(userId, "email", "not-an-address")).expectInvalid("email");
        Api.post(path, token, newUserBody(userId, "uiLanguage", "finnish")).expectInvalid("uiLanguage");
        Api.post(path, token, newUserBody(userId, "password", "short")).expectInvalid("password");
        Api.post(path, token, newUserBody(userId, "role", "USER_ADMIN")).expectInvalid("role");
        Api.post(path, token, newUserBody(userId, "membership", Json.createObjectBuilder()
                .add("accountingProfile", "EVERYTHING").build())).expectInvalid("membership.accountingProfile");
        Api.post(path, token, object("password", Scenario.PASSWORD)).expectInvalid("userId");
        Api.post(path, token, newUserBody("has space " + userId)).expectInvalid("userId");
        Api.post(path, token, "{\"userId\": ").expectInvalid(null);
        assertFalse(Scenario.accountExists(userId));

        // Refused after the account was written (payroll is off there): rolled back as a whole.
        CompanyRef noPayroll = Scenario.company(false, false, null);
        Api.post(users(noPayroll.id()), noPayroll.firstUserToken(), newUserBody(userId, "membership",
                Json.createObjectBuilder().add("payrollProfile", "EMPLOYEE").build())).expectInvalid("payrollProfile");
        assertFalse(Scenario.accountExists(userId));
    }

    // ---- GET /companies/{cid}/members ----

    @Test
    void membersList_filtersAndPaging() {
        CompanyRef c = Scenario.company();
        String token = c.firstUserToken();
        String tag = "tag" + Long.toHexString(System.nanoTime());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String userId = Scenario.unique("m" + i);
            Api.post(users(c.id()), token, newUserBody(userId, "lastName", "Listed-" + tag)).expect(201);
            ids.add(userId);
        }
        String inactive = ids.get(1);
        String keeper = ids.get(2);
        Api.patch(V1 + "/users/" + inactive, token, object("active", false)).expect(200);
        Scenario.grant(token, c.id(), keeper, "BOOKKEEPER");
        // An outsider authorised to the company by identity code is listed too.
        String code = Scenario.finnishIdentityCode();
        String outsider = Scenario.createUser(other.firstUserToken(), other.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        Api.post(users(c.id()), token, newUserBody(Scenario.unique("x"), "country", "FI", "personalIdentityCode", code))
                .expect(200);

        TreeSet<String> sorted = new TreeSet<>(ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        JsonObject all = list(token, c.id(), "q=" + tag);
        assertEquals(5, all.getInt("total"));
        assertEquals(List.copyOf(sorted), userIds(all));
        assertEquals(0, all.getInt("page"));
        assertEquals(50, all.getInt("size"));

        JsonObject everyone = list(token, c.id(), "");
        assertEquals(7, everyone.getInt("total")); // the five, the main user, the outsider: nobody else
        JsonObject outsiderRow = row(everyone, outsider);
        assertFalse(outsiderRow.getBoolean("primaryCompany"));
        assertTrue(row(everyone, c.firstUserId()).getBoolean("primaryCompany"));

        assertEquals(List.of(keeper.toLowerCase(Locale.ROOT)), userIds(list(token, c.id(), "role=BOOKKEEPER&q=" + tag)));
        assertTrue(Scenario.roles(row(all, keeper)).contains("BOOKKEEPER"));
        assertEquals(List.of(c.firstUserId().toLowerCase(Locale.ROOT)), userIds(list(token, c.id(), "role=USER_ADMIN")));
        assertEquals(List.of(inactive.toLowerCase(Locale.ROOT)), userIds(list(token, c.id(), "active=false&q=" + tag)));
        assertEquals(4, list(token, c.id(), "active=true&q=" + tag).getInt("total"));
        assertEquals(5, list(token, c.id(), "idpStatus=NONE&q=" + tag).getInt("total"));
        assertEquals(5, list(token, c.id(), "idpStatus=none&q=" + tag).getInt("total"));
        assertEquals(0, list(token, c.id(), "idpStatus=VERIFIED&q=" + tag).getInt("total"));
        assertEquals(0, list(token, c.id(), "idpStatus=PENDING").getInt("total"));
        assertEquals(List.of(ids.get(3).toLowerCase(Locale.ROOT)),
                userIds(list(token, c.id(), "q=" + Scenario.enc(ids.get(3).toUpperCase(Locale.ROOT)))));
        assertEquals(5, list(token, c.id(), "q=" + tag.toUpperCase(Locale.ROOT)).getInt("total"));
        assertEquals(List.of(outsider.toLowerCase(Locale.ROOT)), userIds(list(token, c.id(), "q=" + Scenario.enc(outsider))));
        assertEquals(0, list(token, c.id(), "q=" + Scenario.enc(other.firstUserId())).getInt("total"));

        // Pages of two: 2 + 2 + 1, then an empty page; together the whole list, in order.
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonObject p = list(token, c.id(), "size=2&page=" + page + "&q=" + tag);
            assertEquals(5, p.getInt("total"));
            assertEquals(page, p.getInt("page"));
            assertEquals(2, p.getInt("size"));
            assertEquals(page < 2 ? 2 : page == 2 ? 1 : 0, p.getJsonArray("items").size(), p.toString());
            paged.addAll(userIds(p));
        }
        assertEquals(List.copyOf(sorted), paged);
    }

    /** A % or _ typed in q is that character, no LIKE wildcard (revision 2's smaller edges). */
    @Test
    void membersSearch_percentAndUnderscoreAreLiteral() {
        String token = company.firstUserToken();
        String tag = Scenario.unique("lit").replace(".", "").toLowerCase(Locale.ROOT);
        String underscored = tag + "_a";
        String lookalike = tag + "za";
        Api.post(users(company.id()), token, newUserBody(underscored)).expect(201);
        Api.post(users(company.id()), token, newUserBody(lookalike, "lastName", "Full 100% " + tag)).expect(201);
        assertEquals(List.of(underscored), userIds(list(token, company.id(), "q=" + Scenario.enc(tag + "_a"))),
                "_ matches only itself");
        assertEquals(List.of(lookalike), userIds(list(token, company.id(), "q=" + Scenario.enc("100% " + tag))),
                "% matches only itself");
        assertEquals(0, list(token, company.id(), "q=" + Scenario.enc(tag + "%a")).getInt("total"));
        assertEquals(2, list(token, company.id(), "q=" + tag).getInt("total"));
    }

    @Test
    void membersList_badParameters_400() {
        String token = company.firstUserToken();
        for (String q : List.of("page=-1", "page=abc", "page=1.5")) {
            Api.get(members(company.id()) + "?" + q, token).expectInvalid("page");
        }
        for (String q : List.of("size=0", "size=501", "size=ten")) {
            Api.get(members(company.id()) + "?" + q, token).expectInvalid("size");
        }
        Api.get(members(company.id()) + "?active=maybe", token).expectInvalid("active");
        Api.get(members(company.id()) + "?idpStatus=LINKED", token).expectInvalid("idpStatus");
        Api.get(members(company.id()) + "?q=" + "x".repeat(101), token).expectInvalid("q");
    }

    @Test
    void D2_membersListForNonAdministrators_denied() {
        Api.get(members(company.id()), plain.token()).expectDenied("D2");
        Api.get(members(company.id()), bookkeeper.token()).expectDenied("D2");
        Api.get(members(company.id()), other.firstUserToken()).expectProblem(404, "not-found");
        // A FIRM_MAIN_USER (without USER_ADMIN) administers the client: allowed.
        assertTrue(list(firm.firstUserToken(), client, "").getInt("total") >= 2);
    }

    // ---- GET /companies/{cid}/members/{uid} ----

    @Test
    void getMembership_adminAndSelf200_others403() {
        JsonObject byAdmin = Scenario.membership(company.firstUserToken(), company.id(), plain.userId());
        assertEquals(plain.userId(), byAdmin.getJsonObject("user").getString("userId"));
        assertEquals(company.name(), byAdmin.getString("companyName"));
        assertTrue(byAdmin.containsKey("overrides") && byAdmin.containsKey("version"));
        assertEquals(byAdmin, Scenario.membership(plain.token(), company.id(), plain.userId()));

        Api.get(member(company.id(), bookkeeper.userId()), plain.token()).expectDenied("D2");
        Api.get(member(company.id(), plain.userId()), bookkeeper.token()).expectDenied("D2");
        Api.get(member(company.id(), plain.userId()), other.firstUserToken()).expectProblem(404, "not-found");

        Api.get(member(company.id(), other.firstUserId()), company.firstUserToken()).expectProblem(404, "not-found");
        Api.get(member(company.id(), Scenario.unique("nobody")), company.firstUserToken()).expectProblem(404, "not-found");
    }

    // ---- PUT /companies/{cid}/members/{uid} ----

    @Test
    void D2_userAdminChangesProfilesOverridesAndValidity_allowed() {
        String target = Scenario.userWithoutPassword(company.firstUserToken(), company.id());
        LocalDate from = LocalDate.now().minusDays(10);
        LocalDate to = LocalDate.now().plusDays(30);
        JsonObject before = Scenario.membership(company.firstUserToken(), company.id(), target);
        String body = Json.createObjectBuilder().add("accountingProfile", "LEDGER").add("payrollProfile", "APPROVER")
                .add("crmProfile", "MANAGER").add("validFrom", from.toString()).add("validTo", to.toString())
                .add("overrides", Json.createObjectBuilder().add("invoices.delete", "NONE").add("ledger.read", "READ"))
                .build().toString();
        // The target's primary company: ending its validity needs D9's confirmation.
        Api.put(member(company.id(), target), company.firstUserToken(), body).expectInvalid("confirmPrimary");
        JsonObject put = Api.put(member(company.id(), target) + "?confirmPrimary=true", company.firstUserToken(), body)
                .expect(200).json();
        assertEquals("LEDGER", put.getString("accountingProfile"));
        assertEquals("APPROVER", put.getString("payrollProfile"));
        assertEquals("MANAGER", put.getString("crmProfile"));
        assertEquals(from.toString(), put.getString("validFrom"));
        assertEquals(to.toString(), put.getString("validTo"));
        assertEquals(Json.createObjectBuilder().add("invoices.delete", "NONE").add("ledger.read", "READ").build(),
                put.getJsonObject("overrides"));
        JsonObject read = Scenario.membership(company.firstUserToken(), company.id(), target);
        assertEquals(read, put, "the answer is what a read gives afterwards (version included)");
        assertNotEquals(before.getJsonNumber("version"), read.getJsonNumber("version"));

        // Fields left out stay; overrides are replaced as a whole; null validity ends are open.
        JsonObject partial = Api.put(member(company.id(), target), company.firstUserToken(),
                object("accountingProfile", "SEARCH", "overrides", JsonValue.EMPTY_JSON_OBJECT, "validTo", null))
                .expect(200).json();
        assertEquals("SEARCH", partial.getString("accountingProfile"));
        assertEquals("APPROVER", partial.getString("payrollProfile"));
        assertEquals("MANAGER", partial.getString("crmProfile"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, partial.getJsonObject("overrides"));
        assertTrue(partial.isNull("validFrom") && partial.isNull("validTo"), partial.toString());
        assertEquals(partial, Scenario.membership(company.firstUserToken(), company.id(), target));

        // A FIRM_MAIN_USER (without USER_ADMIN) changes memberships of the client.
        String clientUser = Scenario.userWithoutPassword(clientMain.token(), client);
        Api.put(member(client, clientUser), firm.firstUserToken(), object("accountingProfile", "COMPANY_USER")).expect(200);
    }

    @Test
    void D1_ownMembership_denied() {
        JsonObject before = Scenario.membership(company.firstUserToken(), company.id(), company.firstUserId());
        Api.put(member(company.id(), company.firstUserId()), company.firstUserToken(),
                object("accountingProfile", "NONE")).expectDenied("D1");
        Api.put(member(client, firm.firstUserId()), firm.firstUserToken(), object("validTo", LocalDate.now().toString()))
                .expectDenied("D1");
        assertEquals(before, Scenario.membership(company.firstUserToken(), company.id(), company.firstUserId()));
    }

    @Test
    void D2_nonAdminChangesMembership_denied() {
        JsonObject before = Scenario.membership(company.firstUserToken(), company.id(), plain.userId());
        Api.put(member(company.id(), plain.userId()), bookkeeper.token(), object("accountingProfile", "ALL_RIGHTS"))
                .expectDenied("D2");
        Api.put(member(company.id(), bookkeeper.userId()), plain.token(), object("accountingProfile", "NONE"))
                .expectDenied("D2");
        Api.put(member(company.id(), plain.userId()), other.firstUserToken(), object("accountingProfile", "NONE"))
                .expectProblem(404, "not-found");
        assertEquals(before, Scenario.membership(company.firstUserToken(), company.id(), plain.userId()));
    }

    @Test
    void putMembership_badInput_400_changesNothing() {
        CompanyRef noPayrollNoCrm = Scenario.company(Scenario.companyBody(false, false, false, null, null));
        String target = Scenario.userWithoutPassword(noPayrollNoCrm.firstUserToken(), noPayrollNoCrm.id());
        String token = noPayrollNoCrm.firstUserToken();
        String path = member(noPayrollNoCrm.id(), target);
        JsonObject before = Scenario.membership(token, noPayrollNoCrm.id(), target);

        Api.put(path, token, object("accountingProfile", "LEDGER", "payrollProfile", "ALL_RIGHTS"))
                .expectInvalid("payrollProfile");
        Api.put(path, token, object("accountingProfile", "LEDGER", "crmProfile", "BROWSE")).expectInvalid("crmProfile");
        Api.put(path, token, object("accountingProfile", "LEDGER", "validFrom", "2030-06-01", "validTo", "2030-05-31"))
                .expectInvalid("validTo");
        Api.put(path, token, object("accountingProfile", "EVERYTHING")).expectInvalid("accountingProfile");
        Api.put(path, token, object("validFrom", "2030-02-30")).expectInvalid("validFrom");
        Api.put(path, token, object("validTo", "31.12.2030")).expectInvalid("validTo");
        Api.put(path, token, object("overrides", Json.createObjectBuilder().add("Bad Key", "READ").build()))
                .expectInvalid("overrides");
        Api.put(path, token, object("overrides", Json.createObjectBuilder().add("ledger.read", "WRITE").build()))
                .expectInvalid("overrides.ledger.read");
        Api.put(path, token, object("overrides", "READ")).expectInvalid("overrides");
        Api.put(path, token, object("version", "1")).expectInvalid("version");
        Api.put(path, token, object("roles", "BOOKKEEPER")).expectInvalid("roles");
        Api.put(path, token, "not json").expectInvalid(null);
        assertEquals(before, Scenario.membership(token, noPayrollNoCrm.id(), target));
    }

    @Test
    void putMembership_staleVersion_409() {
        String target = Scenario.userWithoutPassword(company.firstUserToken(), company.id());
        String path = member(company.id(), target);
        long v0 = Scenario.membership(company.firstUserToken(), company.id(), target).getJsonNumber("version").longValue();
        JsonObject first = Api.put(path, company.firstUserToken(), object("version", v0, "accountingProfile", "LEDGER"))
                .expect(200).json();
        long v1 = first.getJsonNumber("version").longValue();
        assertNotEquals(v0, v1);
        // A second administrator still holding version v0 is refused, and changes nothing.
        Api.put(path, company.firstUserToken(), object("version", v0, "accountingProfile", "NONE"))
                .expectProblem(409, "conflict");
        JsonObject kept = Scenario.membership(company.firstUserToken(), company.id(), target);
        assertEquals("LEDGER", kept.getString("accountingProfile"));
        assertEquals(v1, kept.getJsonNumber("version").longValue());
        // With the version the first answer gave, the change goes through.
        Api.put(path, company.firstUserToken(), object("version", v1, "accountingProfile", "NONE")).expect(200);
        assertEquals("NONE", Scenario.membership(company.firstUserToken(), company.id(), target)
                .getString("accountingProfile"));
    }

    /** An administrator who holds USER_ADMIN in two companies, and a user of the first. */
    private record TwoCompanies(CompanyRef first, CompanyRef second, String user) {
    }

    private static TwoCompanies adminOfTwoCompanies() {
        List<CompanyRef> both = Scenario.companiesOfOnePerson(2);
        return new TwoCompanies(both.get(0), both.get(1),
                Scenario.userWithoutPassword(both.get(0).firstUserToken(), both.get(0).id()));
    }

    @Test
    void D11_putForNonMember_userTheAdminCanSee_authorised() {
        TwoCompanies t = adminOfTwoCompanies();
        Api.Response r = Api.put(member(t.second().id(), t.user()), t.second().firstUserToken(),
                object("accountingProfile", "PURCHASE_LEDGER")).expect(201);
        JsonObject m = r.json();
        assertEquals(t.second().id(), m.getJsonNumber("companyId").longValue());
        assertEquals("PURCHASE_LEDGER", m.getString("accountingProfile"));
        assertFalse(m.getBoolean("primaryCompany"));
        assertEquals(Set.of(t.first().id(), t.second().id()), Scenario.membershipsOf(t.user()).keySet());
        // Now a member: the next PUT changes the membership (200), it does not authorise again.
        Api.put(member(t.second().id(), t.user()), t.second().firstUserToken(), object("accountingProfile", "NONE"))
                .expect(200);
    }

    @Test
    void D11_putForNonMember_userTheAdminCannotSee_denied() {
        TwoCompanies t = adminOfTwoCompanies();
        String stranger = Scenario.userWithoutPassword(other.firstUserToken(), other.id());
        // A user the admin cannot see is answered as one that does not exist (2.1).
        Api.put(member(t.second().id(), stranger), t.second().firstUserToken(), "{}").expectProblem(404, "not-found");
        assertEquals(Set.of(other.id()), Scenario.membershipsOf(stranger).keySet());
        // In a company the admin is not a member of, not even a visible user is authorised (D2, 2.1).
        Api.put(member(other.id(), t.user()), t.first().firstUserToken(), "{}").expectProblem(404, "not-found");
        assertEquals(Set.of(t.first().id()), Scenario.membershipsOf(t.user()).keySet());
        Api.put(member(t.second().id(), Scenario.unique("nobody")), t.second().firstUserToken(), "{}")
                .expectProblem(404, "not-found");
    }

    // ---- DELETE /companies/{cid}/members/{uid} ----

    /** A person whose primary company is {@code other}, authorised to {@code cid} by identity code. */
    private static String outsiderIn(long cid, String adminToken) {
        String code = Scenario.finnishIdentityCode();
        String person = Scenario.createUser(other.firstUserToken(), other.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        Api.post(users(cid), adminToken, newUserBody(Scenario.unique("x"), "country", "FI", "personalIdentityCode", code))
                .expect(200);
        return person;
    }

    @Test
    void D9_anyUserAdminRemovesMembership_allowed() {
        Person secondAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
        String person = outsiderIn(company.id(), company.firstUserToken());
        Scenario.grant(company.firstUserToken(), company.id(), person, "BOOKKEEPER");
        JsonObject r = Api.delete(member(company.id(), person), secondAdmin.token()).expect(200).json();
        assertTrue(r.getBoolean("removed"));
        assertFalse(r.getBoolean("primaryCompany"));
        assertEquals(1, r.getInt("rolesRemoved"));
        Api.get(member(company.id(), person), company.firstUserToken()).expectProblem(404, "not-found");
        assertEquals(Set.of(other.id()), Scenario.membershipsOf(person).keySet());
        Scenario.login(person); // the primary company's membership is untouched
        Api.delete(member(company.id(), person), secondAdmin.token()).expectProblem(404, "not-found");
    }

    @Test
    void D9_firmMainUserRemovesMembership_allowed() {
        String person = outsiderIn(client, clientMain.token());
        JsonObject r = Api.delete(member(client, person), firm.firstUserToken()).expect(200).json();
        assertTrue(r.getBoolean("removed"));
        assertEquals(Set.of(other.id()), Scenario.membershipsOf(person).keySet());
    }

    @Test
    void D9_primaryCompanyMembership_needsConfirmation_thenTheUserCannotLogIn() {
        Person u = Scenario.member(company.firstUserToken(), company.id());
        String path = member(company.id(), u.userId());
        Api.delete(path, company.firstUserToken()).expectInvalid("confirmPrimary");
        Api.delete(path + "?confirmPrimary=false", company.firstUserToken()).expectInvalid("confirmPrimary");
        Api.delete(path + "?confirmPrimary=perhaps", company.firstUserToken()).expectInvalid("confirmPrimary");
        Scenario.membership(company.firstUserToken(), company.id(), u.userId());
        Scenario.login(u.userId());

        JsonObject r = Api.delete(path + "?confirmPrimary=true", company.firstUserToken()).expect(200).json();
        assertTrue(r.getBoolean("removed"));
        assertTrue(r.getBoolean("primaryCompany"));
        Api.get(path, company.firstUserToken()).expectProblem(404, "not-found");
        assertEquals(Set.of(), Scenario.membershipsOf(u.userId()).keySet());
        Api.post(V1 + "/auth/token", null, object("userId", u.userId(), "password", Scenario.PASSWORD))
                .expectProblem(401, "invalid-credentials");
    }

    @Test
    void D1_ownMembershipRemoval_denied() {
        Person secondAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
        Api.delete(member(company.id(), secondAdmin.userId()) + "?confirmPrimary=true", secondAdmin.token())
                .expectDenied("D1");
        Api.delete(member(client, firm.firstUserId()), firm.firstUserToken()).expectDenied("D1");
        Scenario.membership(company.firstUserToken(), company.id(), secondAdmin.userId());
        Scenario.membership(clientMain.token(), client, firm.firstUserId());
    }

    @Test
    void D2_nonAdminRemovesMembership_denied() {
        String target = Scenario.userWithoutPassword(company.firstUserToken(), company.id());
        String path = member(company.id(), target) + "?confirmPrimary=true";
        Api.delete(path, plain.token()).expectDenied("D2");
        Api.delete(path, bookkeeper.token()).expectDenied("D2");
        Api.delete(path, other.firstUserToken()).expectProblem(404, "not-found");
        Scenario.membership(company.firstUserToken(), company.id(), target);
    }

    // ---- helpers ----

    private static JsonObject list(String token, long cid, String query) {
        return Api.get(members(cid) + (query.isEmpty() ? "" : "?" + query), token).expect(200).json();
    }

    private static List<String> userIds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonObject("user").getString("userId").toLowerCase(Locale.ROOT)).toList();
    }

    private static JsonObject row(JsonObject page, String userId) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("user").getString("userId").equalsIgnoreCase(userId)).findFirst()
                .orElseThrow(() -> new AssertionError(userId + " not in " + page));
    }
}
