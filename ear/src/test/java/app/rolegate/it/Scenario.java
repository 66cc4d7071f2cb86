package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the people and companies a test needs through the real API, each run with fresh names so
 * that tests never depend on one another: companies created by platform support with their first
 * user (main user with USER_ADMIN, and FIRM_MAIN_USER in an accounting firm), users created by an
 * administrator, logins, grants.
 */
public final class Scenario {
    /** Every user a scenario makes has this password. */
    public static final String PASSWORD = "it-User-Passw0rd";
    private static final String C = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private Scenario() {
    }

    /** A fresh name: the prefix and a random suffix (login names allow letters, digits, . _ @ -). */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid Finnish identity code nobody else in this run has (20th-century date, random individual number). */
    public static String finnishIdentityCode() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100));
        String individual = String.format("%03d", 2 + r.nextInt(898));
        return date + "-" + individual + C.charAt((int) (Long.parseLong(date + individual) % 31));
    }

    /** A company as created: its id and its first user (main user, USER_ADMIN) with a token. */
    public record CompanyRef(long id, String name, String firstUserId, String firstUserToken) {
    }

    /** Platform support creates a company with its first user. */
    public static CompanyRef company(boolean accountingFirm, boolean payrollEnabled, Long accountingFirmId) {
        return company(companyBody(accountingFirm, payrollEnabled, true, accountingFirmId, null));
    }

    /**
     * The body of a {@code POST /companies}: a fresh name, the flags, and a first user with a fresh
     * userId, {@link #PASSWORD}, names and e-mail, and the identity code if one is given (FI).
     */
    public static JsonObjectBuilder companyBody(boolean accountingFirm, boolean payrollEnabled, boolean crmEnabled,
            Long accountingFirmId, String firstUserIdentityCode) {
        String first = unique("first");
        JsonObjectBuilder firstUser = Json.createObjectBuilder().add("userId", first).add("password", PASSWORD)
                .add("firstName", "First").add("lastName", "User").add("email", first + "@example.test");
        if (firstUserIdentityCode != null) {
            firstUser.add("country", "FI").add("personalIdentityCode", firstUserIdentityCode);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", unique("Company"))
                .add("accountingFirm", accountingFirm).add("payrollEnabled", payrollEnabled).add("crmEnabled", crmEnabled)
                .add("firstUser", firstUser);
        if (accountingFirmId != null) {
            body.add("accountingFirmId", accountingFirmId);
        }
        return body;
    }

    /** Each company's first user (its main user), as created here: who requests support's exceptional grants. */
    private static final Map<Long, String> MAIN_USERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Platform support posts the body (see {@link #companyBody}); fails unless 201; the answer. */
    public static JsonObject createCompany(JsonObject body) {
        JsonObject c = Api.post(V1 + "/companies", support(), body.toString()).expect(201).json();
        if (c.get("firstUser") instanceof JsonObject fu) {
            MAIN_USERS.put(c.getJsonNumber("id").longValue(), fu.getString("userId"));
        }
        return c;
    }

    /** The company's main user as created by this run (its first user), who may request support's grants (D5, D6). */
    public static String mainUserOf(long companyId) {
        String u = MAIN_USERS.get(companyId);
        if (u == null) {
            throw new IllegalStateException("company " + companyId + " was not created through Scenario.createCompany");
        }
        return u;
    }

    /** Platform support creates the company; its first user (new or existing, D11) logs in. */
    public static CompanyRef company(JsonObjectBuilder body) {
        JsonObject c = createCompany(body.build());
        String first = c.getJsonObject("firstUser").getString("userId");
        return new CompanyRef(c.getJsonNumber("id").longValue(), c.getString("name"), first, login(first));
    }

    public static CompanyRef company() {
        return company(false, true, null);
    }

    /** An administrator of the company creates a user there (primary company = that company). */
    public static String user(String adminToken, long companyId) {
        String userId = unique("user");
        Api.post(V1 + "/companies/" + companyId + "/users", adminToken,
                object("userId", userId, "password", PASSWORD, "firstName", "Test", "lastName", userId,
                        "email", userId + "@example.test")).expect(201);
        return userId;
    }

    /**
     * Like {@link #user}, but without a password: the user never logs in, and creating them costs no
     * password hashing. For users that are only acted upon.
     */
    public static String userWithoutPassword(String adminToken, long companyId) {
        String userId = unique("target");
        Api.post(V1 + "/companies/" + companyId + "/users", adminToken,
                object("userId", userId, "firstName", "Target", "lastName", userId)).expect(201);
        return userId;
    }

    /** Grants a role; fails the test unless it is granted (201). */
    public static void grant(String token, long companyId, String userId, String role) {
        Api.post(V1 + "/companies/" + companyId + "/members/" + userId + "/roles", token, object("role", role))
                .expect(201);
    }

    /** Authorises an existing user to the company by PUT (D11); fails the test unless created (201). */
    public static void authorise(String adminToken, long companyId, String userId) {
        Api.put(V1 + "/companies/" + companyId + "/members/" + userId, adminToken, "{}").expect(201);
    }

    /** Makes the company the auditors' organisation (platform support). */
    public static void designateAuditorOrganisation(long companyId) {
        Api.put(V1 + "/platform/auditor-organisation", support(), object("companyId", companyId)).expect(200);
    }

    public static String login(String userId) {
        return Api.token(userId, PASSWORD);
    }

    // ---- More helpers: support's token, people, memberships, views read back through the API ----

    private static String supportToken;
    private static Instant supportTokenAt = Instant.EPOCH;

    /** Platform support's token, logged in once and renewed after ten minutes (tokens live longer). */
    public static synchronized String support() {
        if (supportToken == null || supportTokenAt.isBefore(Instant.now().minusSeconds(600))) {
            supportToken = Api.supportToken();
            supportTokenAt = Instant.now();
        }
        return supportToken;
    }

    /** A user who has logged in: login name and bearer token. */
    public record Person(String userId, String token) {
    }

    /**
     * An administrator creates a user in the company: a fresh userId, {@link #PASSWORD}, names and
     * e-mail, with the given name/value pairs added or replacing those (see {@link Api#object}).
     * Fails unless 201; returns the answer (the membership view with {@code user}).
     */
    public static JsonObject createUser(String adminToken, long companyId, Object... fields) {
        String userId = unique("user");
        JsonObjectBuilder b = Json.createObjectBuilder().add("userId", userId).add("password", PASSWORD)
                .add("firstName", "Test").add("lastName", userId).add("email", userId + "@example.test");
        Api.parse(object(fields)).asJsonObject().forEach(b::add);
        return Api.post(V1 + "/companies/" + companyId + "/users", adminToken, b.build().toString()).expect(201).json();
    }

    /** A new user of the company (its primary company), logged in. */
    public static Person member(String adminToken, long companyId) {
        String userId = user(adminToken, companyId);
        return new Person(userId, login(userId));
    }

    /** A new user of the company given the role by the company's first user (main user with USER_ADMIN), logged in. */
    public static Person memberWithRole(CompanyRef c, String role) {
        String userId = user(c.firstUserToken(), c.id());
        grant(c.firstUserToken(), c.id(), userId, role);
        return new Person(userId, login(userId));
    }

    /** Revokes a role; fails the test unless revoked (204). */
    public static void revoke(String token, long companyId, String userId, String role) {
        Api.delete(V1 + "/companies/" + companyId + "/members/" + userId + "/roles/" + role, token).expect(204);
    }

    /** One membership as the caller reads it (200 required). */
    public static JsonObject membership(String token, long companyId, String userId) {
        return Api.get(V1 + "/companies/" + companyId + "/members/" + userId, token).expect(200).json();
    }

    /** The role codes of a membership view ({@code roles[].role}). */
    public static Set<String> roles(JsonObject membershipView) {
        return membershipView.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("role")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** An account as platform support reads it. */
    public static JsonObject account(String userId) {
        return Api.get(V1 + "/users/" + userId, support()).expect(200).json();
    }

    /** Whether an account exists (platform support sees every account). */
    public static boolean accountExists(String userId) {
        Api.Response r = Api.get(V1 + "/users/" + userId, support());
        if (r.status() == 404) {
            return false;
        }
        r.expect(200);
        return true;
    }

    /** All memberships of a user, as platform support sees them, by company id. */
    public static Map<Long, JsonObject> membershipsOf(String userId) {
        Map<Long, JsonObject> byCompany = new TreeMap<>();
        for (JsonObject m : Api.get(V1 + "/users/" + userId + "/memberships", support()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            byCompany.put(m.getJsonNumber("companyId").longValue(), m);
        }
        return byCompany;
    }

    /** A company as the caller reads it (200 required). */
    public static JsonObject companyView(String token, long companyId) {
        return Api.get(V1 + "/companies/" + companyId, token).expect(200).json();
    }

    /**
     * D13: a FIRM_MAIN_USER opens a client company under a company where they hold USER_ADMIN, with a
     * new first user (its main user with USER_ADMIN). Fails unless 201; returns the answer.
     */
    public static JsonObject openClient(String firmMainUserToken, long openedUnder, boolean payrollEnabled) {
        String first = unique("clientfirst");
        String body = Json.createObjectBuilder().add("name", unique("Client")).add("payrollEnabled", payrollEnabled)
                .add("crmEnabled", true).add("openedUnder", openedUnder)
                .add("firstUser", Json.createObjectBuilder().add("userId", first).add("password", PASSWORD)
                        .add("firstName", "Client").add("lastName", "Main"))
                .build().toString();
        return Api.post(V1 + "/companies", firmMainUserToken, body).expect(201).json();
    }

    /** The company's audit log as the caller reads it (JSON, 200 required); {@code query} without '?', may be empty. */
    public static JsonArray audit(String token, long companyId, String query) {
        String q = query == null || query.isEmpty() ? "?size=1000" : "?size=1000&" + query;
        return Api.get(V1 + "/companies/" + companyId + "/audit" + q, token).expect(200).json().getJsonArray("items");
    }

    /** A query parameter value, URL-encoded. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Companies that one person administers: support creates them all with the same first user (found
     * by identity code from the second company on, D11), who is main user with USER_ADMIN in each.
     * The person's primary company is the first; every ref carries the person's one token.
     */
    public static List<CompanyRef> companiesOfOnePerson(int count) {
        String code = finnishIdentityCode();
        CompanyRef first = company(companyBody(false, true, true, null, code));
        List<CompanyRef> refs = new ArrayList<>(List.of(first));
        for (int i = 1; i < count; i++) {
            JsonObject c = createCompany(companyBody(false, true, true, null, code).build());
            if (!c.getBoolean("existingPersonAuthorised") || !first.firstUserId().equals(c.getJsonObject("firstUser")
                    .getString("userId"))) {
                throw new AssertionError("the first user was not the existing person: " + c);
            }
            refs.add(new CompanyRef(c.getJsonNumber("id").longValue(), c.getString("name"), first.firstUserId(),
                    first.firstUserToken()));
        }
        return refs;
    }

    /**
     * Authorises an existing person to the company by their identity code (D11: an administrator of the
     * company adds a user with that code); fails unless 200 with existingPersonAuthorised.
     */
    public static void authoriseByIdentityCode(String adminToken, long companyId, String identityCode) {
        JsonObject r = Api.post(V1 + "/companies/" + companyId + "/users", adminToken,
                object("userId", unique("alias"), "country", "FI", "personalIdentityCode", identityCode)).expect(200).json();
        if (!r.getBoolean("existingPersonAuthorised")) {
            throw new AssertionError("not an existing person: " + r);
        }
    }
}
