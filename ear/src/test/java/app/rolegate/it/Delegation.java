package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jose4j.jws.JsonWebSignature;

/**
 * Delegation scenarios through the real API, for the delegation-engine integration tests: companies
 * and people with numeric ids, outsiders authorised by identity code (D11), grants, revocations,
 * copies, platform support's exceptional grant, the auditors' organisation, primary-company moves
 * (D14), the audit trail by request id, and the check. Logins are cached per user id (PBKDF2 makes
 * them slow) and renewed well before the token expires.
 */
final class Delegation {
    static final String UA = "USER_ADMIN";
    static final String FMU = "FIRM_MAIN_USER";
    static final String BK = "BOOKKEEPER";
    static final String AUD = "AUDITOR";
    static final String PC = "PAYROLL_CALCULATOR";
    static final String SUP = "SUPERVISOR";
    static final String PDH = "PERSONAL_DATA_HANDLER";
    static final List<String> ROLES = List.of(UA, FMU, BK, AUD, PC, SUP, PDH);
    static final Set<String> PAYROLL_ROLES = Set.of(PC, SUP, PDH);

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private Delegation() {
    }

    private record CachedToken(String token, Instant at) {
    }

    /** A user account: login name and numeric id (what {@code grantedBy} and {@code copiedFrom} show). */
    record Person(String userId, long id) {
        /** A token for this person (cached); only for people created with a password. */
        String token() {
            return Delegation.token(userId);
        }
    }

    /** A company made by platform support, with its first user (main user, USER_ADMIN, FMU in a firm). */
    record Company(long id, String name, Person firstUser, boolean payrollEnabled) {
        /** The first user's token: main user with USER_ADMIN. */
        String admin() {
            return firstUser.token();
        }
    }

    // ---------------------------------------------------------------- tokens

    /** A cached token for a user created with {@link Scenario#PASSWORD} (or support). */
    static String token(String userId) {
        CachedToken c = TOKENS.get(userId);
        if (c != null && c.at().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return c.token();
        }
        String password = "support".equals(userId) ? Api.supportPassword() : Scenario.PASSWORD;
        String t = Api.token(userId, password);
        TOKENS.put(userId, new CachedToken(t, Instant.now()));
        return t;
    }

    static String support() {
        String t = token("support");
        assertServerIsTheOneUnderTest(t);
        return t;
    }

    private static volatile boolean serverChecked;

    /**
     * Fails clearly when the server answering at the base URL is not the one the build started (e.g. its
     * port was taken by another test server, which Liberty only logs): the server's token must verify with
     * the signing key in the test server's directory, where there is one.
     */
    static void assertServerIsTheOneUnderTest(String token) {
        if (serverChecked) {
            return;
        }
        Optional<Path> keyFile = Api.serverDir().map(d -> d.resolve("resources/security/rolegate-jwt-key.pem"))
                .filter(Files::isRegularFile);
        if (keyFile.isPresent()) {
            try {
                String base64 = Files.readString(keyFile.get()).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                        .replaceAll("\\s", "");
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
                JsonWebSignature jws = new JsonWebSignature();
                jws.setCompactSerialization(token);
                jws.setKey(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())));
                assertTrue(jws.verifySignature(), "the server at " + Api.BASE_URL + " is not the test server in "
                        + Api.serverDir().orElse(null) + ": is its port taken by another server? See its messages.log");
            } catch (java.io.IOException | java.security.GeneralSecurityException | org.jose4j.lang.JoseException e) {
                throw new AssertionError("cannot check the server's signing key " + keyFile.get(), e);
            }
        }
        serverChecked = true;
    }

    /** The support account as a person (numeric id from /me). */
    static Person supportPerson() {
        return new Person("support", Api.get(V1 + "/me", support()).expect(200).json().getJsonNumber("id").longValue());
    }

    // ---------------------------------------------------------------- companies and people

    static Company company(boolean accountingFirm, boolean payrollEnabled) {
        return company(accountingFirm, payrollEnabled, null);
    }

    /** Platform support creates a company (CRM enabled) with a first user who can log in. */
    static Company company(boolean accountingFirm, boolean payrollEnabled, Long accountingFirmId) {
        String name = Scenario.unique("Company");
        String first = Scenario.unique("first");
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("accountingFirm", accountingFirm)
                .add("payrollEnabled", payrollEnabled).add("crmEnabled", true)
                .add("firstUser", Json.createObjectBuilder().add("userId", first).add("password", Scenario.PASSWORD)
                        .add("firstName", "First").add("lastName", "User").add("email", first + "@example.test"));
        if (accountingFirmId != null) {
            body.add("accountingFirmId", accountingFirmId);
        }
        JsonObject c = Scenario.createCompany(body.build());
        JsonObject fu = c.getJsonObject("firstUser");
        return new Company(c.getJsonNumber("id").longValue(), name,
                new Person(fu.getString("userId"), fu.getJsonNumber("id").longValue()), payrollEnabled);
    }

    /** An administrator creates a user who can log in (primary company = that company). */
    static Person person(String adminToken, long companyId) {
        return create(adminToken, companyId, true, null, null);
    }

    /** An administrator creates a user without a password (a target: never logs in; no PBKDF2 cost). */
    static Person member(String adminToken, long companyId) {
        return create(adminToken, companyId, false, null, null);
    }

    /** As {@link #member} with membership terms, e.g. {@code {"accountingProfile":"ALL_RIGHTS"}}. */
    static Person member(String adminToken, long companyId, JsonObject membership) {
        return create(adminToken, companyId, false, membership, null);
    }

    /** As {@link #person} with membership terms. */
    static Person person(String adminToken, long companyId, JsonObject membership) {
        return create(adminToken, companyId, true, membership, null);
    }

    private static Person create(String adminToken, long companyId, boolean loginable, JsonObject membership,
            String identityCode) {
        String userId = Scenario.unique(loginable ? "person" : "member");
        JsonObjectBuilder b = Json.createObjectBuilder().add("userId", userId).add("firstName", "Test")
                .add("lastName", userId).add("email", userId + "@example.test");
        if (loginable) {
            b.add("password", Scenario.PASSWORD);
        }
        if (identityCode != null) {
            b.add("country", "SE").add("personalIdentityCode", identityCode);
        }
        if (membership != null) {
            b.add("membership", membership);
        }
        JsonObject m = Api.post(V1 + "/companies/" + companyId + "/users", adminToken, b.build().toString()).expect(201)
                .json();
        assertFalse(m.getBoolean("existingPersonAuthorised"), m.toString());
        return new Person(m.getJsonObject("user").getString("userId"), m.getJsonObject("user").getJsonNumber("id").longValue());
    }

    /** A unique identity code of a country whose codes are not validated (never collides across runs). */
    static String identityCode() {
        return "IT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /**
     * A person whose primary company is {@code home}, authorised to {@code companyId} by that company's
     * administrator as an outside person, by identity code (D11).
     */
    static Person outsider(Company home, String adminToken, long companyId, boolean loginable) {
        return outsider(home, adminToken, companyId, loginable, null);
    }

    static Person outsider(Company home, String adminToken, long companyId, boolean loginable, JsonObject membership) {
        String code = identityCode();
        Person p = create(home.admin(), home.id(), loginable, null, code);
        JsonObjectBuilder b = Json.createObjectBuilder().add("userId", Scenario.unique("again")).add("country", "SE")
                .add("personalIdentityCode", code);
        if (membership != null) {
            b.add("membership", membership);
        }
        JsonObject m = Api.post(V1 + "/companies/" + companyId + "/users", adminToken, b.build().toString()).expect(200)
                .json();
        assertTrue(m.getBoolean("existingPersonAuthorised"), m.toString());
        assertEquals(p.userId(), m.getJsonObject("user").getString("userId"));
        return p;
    }

    /** Platform support designates the auditors' organisation (a platform-wide setting). */
    static void designateAuditors(long companyId) {
        Api.put(V1 + "/platform/auditor-organisation", support(), object("companyId", companyId)).expect(200);
    }

    /** D14: platform support moves the person's primary company, at the request of a USER_ADMIN there. */
    static void movePrimary(Person p, long companyId, String requestedBy) {
        JsonObject u = Api.patch(V1 + "/users/" + p.userId(), support(),
                object("primaryCompanyId", companyId, "requestedBy", requestedBy)).expect(200).json();
        assertEquals(companyId, u.getJsonNumber("primaryCompanyId").longValue());
    }

    // ---------------------------------------------------------------- roles

    static String rolesPath(long companyId, String userId) {
        return V1 + "/companies/" + companyId + "/members/" + userId + "/roles";
    }

    static Api.Response grant(String token, long companyId, String userId, String role) {
        return Api.post(rolesPath(companyId, userId), token, object("role", role));
    }

    /** POST roles with a body of one's own ({@code role}, {@code scope}, {@code costCentre}, validity). */
    static Api.Response grantWith(String token, long companyId, String userId, String json) {
        return Api.post(rolesPath(companyId, userId), token, json);
    }

    /** Grants; fails unless 201. Returns the grant view. */
    /**
     * A new member of the company holding these roles: FIRM_MAIN_USER from support's exceptional
     * grant (it is never granted directly), every other role from the company's first user.
     */
    static Person personWith(Company c, String... roles) {
        Person p = person(c.admin(), c.id());
        for (String role : roles) {
            if (FMU.equals(role)) {
                supportGrantsFirmMainUser(c.id(), p.userId());
            } else {
                granted(c.admin(), c.id(), p.userId(), role);
            }
        }
        return p;
    }

    static JsonObject granted(String token, long companyId, String userId, String role) {
        return grant(token, companyId, userId, role).expect(201).json();
    }

    static Api.Response revoke(String token, long companyId, String userId, String role) {
        return Api.delete(rolesPath(companyId, userId) + "/" + role, token);
    }

    static Api.Response copy(String token, long companyId, String userId, String fromUserId) {
        return Api.post(rolesPath(companyId, userId) + "/copy", token, object("fromUserId", fromUserId));
    }

    /** Platform support's exceptional FIRM_MAIN_USER grant (D5), at the written request of the company's main user. */
    static JsonObject supportGrantsFirmMainUser(long companyId, String userId) {
        JsonObject g = grantWith(support(), companyId, userId, object("role", FMU, "requestedBy",
                Scenario.mainUserOf(companyId))).expect(201).json();
        assertEquals("PLATFORM_SUPPORT", g.getString("origin"), g.toString());
        return g;
    }

    static Api.Response grantable(String token, long companyId, String userId) {
        return Api.get(V1 + "/companies/" + companyId + "/members/" + userId + "/grantable-roles", token);
    }

    // ---------------------------------------------------------------- memberships

    static String memberPath(long companyId, String userId) {
        return V1 + "/companies/" + companyId + "/members/" + userId;
    }

    /** One membership as the given administrator sees it; fails unless 200. */
    static JsonObject membership(String token, long companyId, String userId) {
        return Api.get(memberPath(companyId, userId), token).expect(200).json();
    }

    /** The role codes of a membership view. */
    static Set<String> roles(JsonObject membership) {
        return membership.getJsonArray("roles").stream().map(v -> v.asJsonObject().getString("role"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> roles(String token, long companyId, String userId) {
        return roles(membership(token, companyId, userId));
    }

    /** The grant of this role in a membership view, if held. */
    static Optional<JsonObject> grantOf(JsonObject membership, String role) {
        return membership.getJsonArray("roles").stream().map(JsonValue::asJsonObject)
                .filter(g -> role.equals(g.getString("role"))).findFirst();
    }

    static JsonObject requireGrant(JsonObject membership, String role) {
        return grantOf(membership, role).orElseGet(() -> fail(role + " not held: " + membership));
    }

    // ---------------------------------------------------------------- answers and audit

    /** Asserts a 403 rule-denied problem naming the rule; returns the problem. */
    static JsonObject expectDenied(Api.Response r, String rule) {
        JsonObject p = r.expectProblem(403, "rule-denied");
        assertEquals(rule, p.getString("rule", null), r.body());
        assertFalse(p.getString("detail", "").isBlank(), r.body());
        return p;
    }

    /** A fresh request id, to find the audit event(s) a request made. */
    static String requestId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Any request with an X-Request-Id header. */
    static Api.Response send(String method, String path, String token, String json, String requestId) {
        return Api.send(method, path, token, json, requestId == null ? Map.of() : Map.of("X-Request-Id", requestId));
    }

    /** The company's audit events about a target (as an administrator of the company reads them). */
    static List<JsonObject> audit(String token, long companyId, String target) {
        String q = target == null ? "" : "&target=" + target;
        return Api.get(V1 + "/companies/" + companyId + "/audit?size=1000" + q, token).expect(200).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The audit events one request made in the company about the target. */
    static List<JsonObject> auditOf(String token, long companyId, String target, String requestId) {
        return audit(token, companyId, target).stream().filter(e -> requestId.equals(e.getString("requestId", null)))
                .toList();
    }

    /** Asserts that the request left a DENIED event naming the rule and the actor; returns it. */
    static JsonObject expectDeniedEvent(String token, long companyId, String target, String requestId, String rule,
            String actor) {
        List<JsonObject> events = auditOf(token, companyId, target, requestId);
        JsonObject e = events.stream().filter(x -> "DENIED".equals(x.getString("outcome"))).findFirst()
                .orElseGet(() -> fail("no DENIED audit event for request " + requestId + ": " + events));
        assertEquals(rule, e.getString("rule", null), e.toString());
        assertEquals(actor, e.getString("actor", null), e.toString());
        assertTrue(events.stream().noneMatch(x -> "ALLOWED".equals(x.getString("outcome"))), events.toString());
        return e;
    }

    /** Asserts that the request left an ALLOWED event naming the rule and the actor; returns it. */
    static JsonObject expectAllowedEvent(String token, long companyId, String target, String requestId, String rule,
            String actor) {
        List<JsonObject> events = auditOf(token, companyId, target, requestId);
        JsonObject e = events.stream().filter(x -> "ALLOWED".equals(x.getString("outcome"))
                && rule.equals(x.getString("rule", null))).findFirst()
                .orElseGet(() -> fail("no ALLOWED " + rule + " audit event for request " + requestId + ": " + events));
        assertEquals(actor, e.getString("actor", null), e.toString());
        return e;
    }

    // ---------------------------------------------------------------- the check

    static Api.Response check(String token, String userId, long companyId, String permission) {
        return Api.post(V1 + "/check", token, object("userId", userId, "companyId", companyId, "permission", permission));
    }

    /** POST /check; fails unless 200 with at least one non-blank reason. Returns {allowed, reasons}. */
    static JsonObject checked(String token, String userId, long companyId, String permission) {
        JsonObject v = check(token, userId, companyId, permission).expect(200).json();
        assertFalse(v.getJsonArray("reasons").isEmpty(), "no reasons: " + v);
        v.getJsonArray("reasons").forEach(r -> assertFalse(((jakarta.json.JsonString) r).getString().isBlank(), v.toString()));
        return v;
    }

    static boolean allowed(String token, String userId, long companyId, String permission) {
        return checked(token, userId, companyId, permission).getBoolean("allowed");
    }

    /** Membership terms as JSON: name/value pairs as in {@link Api#object}. */
    static JsonObject terms(Object... namesAndValues) {
        return Api.parse(object(namesAndValues)).asJsonObject();
    }
}
