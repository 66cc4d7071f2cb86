package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Scenario.CompanyRef;
import app.rolegate.it.Scenario.Person;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log of a company: changes and denials with actor, action, rule, outcome and request id;
 * CSV; filters; who may read it; failed calls leave no change behind.
 */
class AuditIT {
    private static CompanyRef company;
    private static Person plain;
    private static long mainUserAccount;

    @BeforeAll
    static void setUp() {
        company = Scenario.company();
        plain = Scenario.member(company.firstUserToken(), company.id());
        mainUserAccount = Scenario.account(company.firstUserId()).getJsonNumber("id").longValue();
    }

    private static String audit(long cid) {
        return V1 + "/companies/" + cid + "/audit";
    }

    private static String requestId() {
        return "it-audit-" + UUID.randomUUID();
    }

    private static Api.Response send(String method, String path, String token, String json, String requestId) {
        Api.Response r = Api.send(method, path, token, json, Map.of("X-Request-Id", requestId));
        assertEquals(requestId, r.header("X-Request-Id").orElse(null));
        return r;
    }

    private static List<JsonObject> withRequestId(JsonArray events, String requestId) {
        return events.getValuesAs(JsonObject.class).stream()
                .filter(e -> requestId.equals(e.getString("requestId", null))).toList();
    }

    private static JsonObject single(List<JsonObject> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void changesAndDenialsAreRecordedWithActorActionRuleOutcomeAndRequestId() {
        String target = Scenario.userWithoutPassword(company.firstUserToken(), company.id());
        String changed = requestId();
        send("PUT", V1 + "/companies/" + company.id() + "/members/" + target, company.firstUserToken(),
                object("accountingProfile", "LEDGER"), changed).expect(200);
        String deniedD2 = requestId();
        JsonObject problem = send("POST", V1 + "/companies/" + company.id() + "/users", plain.token(),
                object("userId", Scenario.unique("nope")), deniedD2).expectDenied("D2");
        assertEquals(deniedD2, problem.getString("requestId"));
        String deniedD1 = requestId();
        send("PUT", V1 + "/companies/" + company.id() + "/members/" + company.firstUserId(), company.firstUserToken(),
                object("accountingProfile", "NONE"), deniedD1).expectDenied("D1");

        JsonArray events = Scenario.audit(company.firstUserToken(), company.id(), "");

        JsonObject change = single(withRequestId(events, changed));
        assertEquals("ALLOWED", change.getString("outcome"));
        assertEquals("membership.change", change.getString("action"));
        assertEquals("D2", change.getString("rule"));
        assertEquals(company.firstUserId(), change.getString("actor"));
        assertEquals(mainUserAccount, change.getJsonNumber("actorId").longValue());
        assertEquals(company.id(), change.getJsonNumber("companyId").longValue());
        assertEquals("user", change.getString("targetType"));
        assertEquals(target, change.getString("targetId"));
        assertTrue(change.getString("before").contains("\"accountingProfile\":\"NONE\""), change.toString());
        assertTrue(change.getString("after").contains("\"accountingProfile\":\"LEDGER\""), change.toString());
        Instant at = Instant.parse(change.getString("occurredAt"));
        assertTrue(at.isAfter(Instant.now().minusSeconds(600)) && at.isBefore(Instant.now().plusSeconds(60)), at.toString());

        JsonObject d2 = single(withRequestId(events, deniedD2));
        assertEquals("DENIED", d2.getString("outcome"));
        assertEquals("D2", d2.getString("rule"));
        assertEquals("user.create", d2.getString("action"));
        assertEquals(plain.userId(), d2.getString("actor"));
        assertFalse(d2.getString("detail", "").isBlank(), d2.toString());

        JsonObject d1 = single(withRequestId(events, deniedD1));
        assertEquals("DENIED", d1.getString("outcome"));
        assertEquals("D1", d1.getString("rule"));
        assertEquals("membership.change", d1.getString("action"));
        assertEquals(company.firstUserId(), d1.getString("targetId"));

        // Events come oldest first, with their ids rising.
        long previous = Long.MIN_VALUE;
        for (JsonObject e : events.getValuesAs(JsonObject.class)) {
            long id = e.getJsonNumber("id").longValue();
            assertTrue(id > previous, events.toString());
            previous = id;
        }
    }

    @Test
    void grantsAndUserCreationAreRecordedToo() {
        CompanyRef c = Scenario.company();
        String created = requestId();
        String userId = Scenario.unique("audited");
        send("POST", V1 + "/companies/" + c.id() + "/users", c.firstUserToken(),
                object("userId", userId, "firstName", "Audited"), created).expect(201);
        String granted = requestId();
        send("POST", V1 + "/companies/" + c.id() + "/members/" + userId + "/roles", c.firstUserToken(),
                object("role", "BOOKKEEPER"), granted).expect(201);
        JsonArray events = Scenario.audit(c.firstUserToken(), c.id(), "");
        JsonObject create = single(withRequestId(events, created));
        assertEquals("user.create", create.getString("action"));
        assertEquals("ALLOWED", create.getString("outcome"));
        assertEquals(userId, create.getString("targetId"));
        JsonObject grant = single(withRequestId(events, granted));
        assertEquals("role.grant", grant.getString("action"));
        assertEquals("D3", grant.getString("rule"));
        assertTrue(grant.getString("after").contains("BOOKKEEPER"), grant.toString());
        // The company's creation by platform support and its first user's system grants are there as well.
        assertTrue(events.getValuesAs(JsonObject.class).stream().anyMatch(e -> "company.create".equals(e.getString("action"))
                && "support".equals(e.getString("actor"))), events.toString());
    }

    @Test
    void csvWithHeaderLineAndQuoting() {
        String target = Scenario.userWithoutPassword(company.firstUserToken(), company.id());
        String rid = requestId();
        send("PUT", V1 + "/companies/" + company.id() + "/members/" + target, company.firstUserToken(),
                object("accountingProfile", "SEARCH", "overrides", jakarta.json.Json.createObjectBuilder()
                        .add("ledger.read", "READ").build()), rid).expect(200);

        Api.Response csv = Api.send("GET", audit(company.id()) + "?size=1000", company.firstUserToken(), null,
                Map.of("Accept", "text/csv")).expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<List<String>> rows = parseCsv(csv.body());
        List<String> header = List.of("id", "occurredAt", "actorId", "actor", "action", "outcome", "companyId",
                "targetType", "targetId", "rule", "detail", "before", "after", "requestId");
        assertEquals(header, rows.get(0));
        assertTrue(csv.body().startsWith(String.join(",", header) + "\r\n"), "header line, CRLF");

        JsonObject json = Api.get(audit(company.id()) + "?size=1000", company.firstUserToken()).expect(200).json();
        assertEquals(json.getInt("total"), rows.size() - 1);
        List<List<String>> matching = rows.stream().filter(r -> r.size() == header.size() && rid.equals(r.get(13))).toList();
        assertEquals(1, matching.size(), csv.body());
        JsonObject event = single(withRequestId(json.getJsonArray("items"), rid));
        List<String> row = matching.get(0);
        assertEquals(String.valueOf(event.getJsonNumber("id").longValue()), row.get(0));
        assertEquals(event.getString("actor"), row.get(3));
        assertEquals("ALLOWED", row.get(5));
        assertEquals("D2", row.get(9));
        // before/after hold commas and quotes: quoted, inner quotes doubled, read back unchanged.
        assertEquals(event.getString("after"), row.get(12));
        assertTrue(event.getString("after").contains(",") && event.getString("after").contains("\""));
        assertTrue(csv.body().contains("\"{\"\"validFrom\"\":"), "RFC 4180 quoting");
        for (List<String> r : rows) {
            assertEquals(header.size(), r.size(), r.toString());
        }

        // JSON stays the default for a client that accepts anything.
        assertTrue(Api.send("GET", audit(company.id()), company.firstUserToken(), null, Map.of("Accept", "*/*"))
                .expect(200).contentType().startsWith("application/json"));
        // A refusal is a problem even when CSV was asked for.
        Api.send("GET", audit(company.id()), plain.token(), null, Map.of("Accept", "text/csv"))
                .expectProblem(403, "access-denied");
    }

    @Test
    void csvDefusesCellsThatASpreadsheetWouldRunAsAFormula() {
        CompanyRef c = Scenario.company();
        String formulaLike = Scenario.unique("@SUM");
        Api.post(V1 + "/companies/" + c.id() + "/users", c.firstUserToken(), object("userId", formulaLike)).expect(201);
        JsonObject event = Scenario.audit(c.firstUserToken(), c.id(), "target=" + Scenario.enc(formulaLike))
                .getJsonObject(0);
        assertEquals(formulaLike, event.getString("targetId"));
        List<List<String>> rows = parseCsv(Api.send("GET", audit(c.id()) + "?target=" + Scenario.enc(formulaLike),
                c.firstUserToken(), null, Map.of("Accept", "text/csv")).expect(200).body());
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("'" + formulaLike, rows.get(1).get(8));
    }

    @Test
    void anAuditorReadsTheAuditLogButAdministersNothing() {
        CompanyRef c = Scenario.company();
        CompanyRef auditors = Scenario.company(false, false, null);
        Scenario.designateAuditorOrganisation(auditors.id());
        String code = Scenario.finnishIdentityCode();
        String auditor = Scenario.createUser(auditors.firstUserToken(), auditors.id(), "country", "FI",
                "personalIdentityCode", code).getJsonObject("user").getString("userId");
        Scenario.authoriseByIdentityCode(c.firstUserToken(), c.id(), code);
        String token = Scenario.login(auditor);
        Api.get(audit(c.id()), token).expectProblem(403, "access-denied");

        Scenario.grant(c.firstUserToken(), c.id(), auditor, "AUDITOR");
        JsonObject log = Api.get(audit(c.id()), token).expect(200).json();
        assertEquals(Api.get(audit(c.id()), c.firstUserToken()).expect(200).json().getInt("total"), log.getInt("total"));
        assertTrue(log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "role.grant".equals(e.getString("action")) && auditor.equals(e.getString("targetId"))));
        Api.get(V1 + "/companies/" + c.id() + "/members", token).expectDenied("D2");
        // Reading its own company's log needs AUDITOR or USER_ADMIN there too.
        Api.get(audit(auditors.id()), token).expectProblem(403, "access-denied");
    }

    @Test
    void filtersSinceActorTarget() {
        CompanyRef c = Scenario.company();
        Person member = Scenario.member(c.firstUserToken(), c.id());
        String target = Scenario.userWithoutPassword(c.firstUserToken(), c.id());
        String rid = requestId();
        send("PUT", V1 + "/companies/" + c.id() + "/members/" + target, c.firstUserToken(),
                object("accountingProfile", "LEDGER"), rid).expect(200);
        String denied = requestId();
        send("GET", V1 + "/companies/" + c.id() + "/members", member.token(), null, denied).expectDenied("D2");
        String token = c.firstUserToken();

        JsonArray all = Scenario.audit(token, c.id(), "");
        assertTrue(all.size() >= 4, all.toString());

        JsonArray byActor = Scenario.audit(token, c.id(), "actor=" + Scenario.enc(member.userId()));
        assertFalse(byActor.isEmpty());
        byActor.getValuesAs(JsonObject.class).forEach(e -> assertEquals(member.userId(), e.getString("actor")));
        assertEquals(1, withRequestId(byActor, denied).size());
        assertEquals(0, withRequestId(byActor, rid).size());

        JsonArray byTarget = Scenario.audit(token, c.id(), "target=" + Scenario.enc(target));
        byTarget.getValuesAs(JsonObject.class).forEach(e -> assertEquals(target, e.getString("targetId")));
        assertEquals(1, withRequestId(byTarget, rid).size());
        assertTrue(byTarget.size() < all.size());

        JsonArray both = Scenario.audit(token, c.id(), "actor=" + Scenario.enc(c.firstUserId()) + "&target="
                + Scenario.enc(target));
        assertEquals(1, withRequestId(both, rid).size());
        assertEquals(0, Scenario.audit(token, c.id(), "actor=" + Scenario.enc(member.userId()) + "&target="
                + Scenario.enc(target)).size());

        assertEquals(0, Scenario.audit(token, c.id(), "since=" + Scenario.enc(Instant.now().plusSeconds(3600).toString())).size());
        assertEquals(all.size(), Scenario.audit(token, c.id(), "since=" + LocalDate.now().minusDays(1)).size());
        Instant middle = Instant.parse(single(withRequestId(all, rid)).getString("occurredAt"));
        JsonArray since = Scenario.audit(token, c.id(), "since=" + Scenario.enc(middle.toString()));
        assertEquals(1, withRequestId(since, rid).size());
        since.getValuesAs(JsonObject.class).forEach(e -> assertFalse(Instant.parse(e.getString("occurredAt")).isBefore(middle)));
        assertTrue(since.size() < all.size());

        Api.get(audit(c.id()) + "?since=yesterday", token).expectInvalid("since");
        Api.get(audit(c.id()) + "?size=0", token).expectInvalid("size");
        Api.get(audit(c.id()) + "?page=-1", token).expectInvalid("page");
    }

    @Test
    void auditReadDeniedForPlainMembersAndOutsiders() {
        Person bookkeeper = Scenario.memberWithRole(company, "BOOKKEEPER");
        Person secondAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
        CompanyRef other = Scenario.company();
        String rid = requestId();
        send("GET", audit(company.id()), plain.token(), null, rid).expectProblem(403, "access-denied");
        Api.get(audit(company.id()), bookkeeper.token()).expectProblem(403, "access-denied");
        // An outsider learns nothing of the company (2.1): the same 404 as for a company that does not exist.
        Api.get(audit(company.id()), other.firstUserToken()).expectProblem(404, "not-found");
        Api.get(audit(company.id()), null).expectProblem(401, "unauthorized");
        // Any USER_ADMIN reads it; the refused attempt is in it.
        JsonObject refusal = single(withRequestId(Scenario.audit(secondAdmin.token(), company.id(), ""), rid));
        assertEquals("audit.read", refusal.getString("action"));
        assertEquals("DENIED", refusal.getString("outcome"));
        assertEquals(plain.userId(), refusal.getString("actor"));
    }

    @Test
    void failedCallsLeaveNoAllowedEvent() {
        List<CompanyRef> two = Scenario.companiesOfOnePerson(2);
        String token = two.get(0).firstUserToken();
        String target = Scenario.userWithoutPassword(token, two.get(0).id());
        Scenario.authorise(token, two.get(1).id(), target);
        String memberPath = V1 + "/companies/" + two.get(0).id() + "/members/" + target;
        List<String> failed = new ArrayList<>();

        String badDates = requestId();
        failed.add(badDates);
        send("PUT", memberPath, token, object("accountingProfile", "LEDGER", "validFrom", "2030-06-01",
                "validTo", "2030-05-31"), badDates).expectInvalid("validTo");

        long version = Scenario.membership(token, two.get(0).id(), target).getJsonNumber("version").longValue();
        Api.put(memberPath, token, object("accountingProfile", "SEARCH")).expect(200);
        String stale = requestId();
        failed.add(stale);
        send("PUT", memberPath, token, object("version", version, "accountingProfile", "LEDGER"), stale)
                .expectProblem(409, "conflict");

        String badUser = requestId();
        failed.add(badUser);
        send("POST", V1 + "/companies/" + two.get(0).id() + "/users", token,
                object("userId", Scenario.unique("u"), "country", "FI", "personalIdentityCode", "131052-308U"), badUser)
                .expectInvalid("personalIdentityCode");

        // D12 over two companies, refused in one of them (the end before a start): neither keeps an event.
        Api.put(V1 + "/companies/" + two.get(1).id() + "/members/" + target, token,
                object("validFrom", LocalDate.now().plusDays(60))).expect(200);
        String partial = requestId();
        failed.add(partial);
        send("PUT", V1 + "/users/" + target + "/validity?confirmPrimary=true", token,
                object("validTo", LocalDate.now().plusDays(30)), partial).expectInvalid("validTo");

        for (CompanyRef c : two) {
            JsonArray events = Scenario.audit(token, c.id(), "");
            for (String rid : failed) {
                List<JsonObject> found = withRequestId(events, rid);
                assertTrue(found.stream().noneMatch(e -> "ALLOWED".equals(e.getString("outcome"))), found.toString());
            }
        }
        assertEquals("SEARCH", Scenario.membership(token, two.get(0).id(), target).getString("accountingProfile"));
        assertTrue(Scenario.membershipsOf(target).values().stream().allMatch(m -> m.get("validTo") == JsonValue.NULL));
    }

    /** RFC 4180: comma separated, CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
