package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static app.rolegate.it.Register.home;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import app.rolegate.it.Delegation.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC 5.1-5.3 and 4.1 against the real server: cost centres, employee records and the hierarchy, the company's
 * settings, an account's link to its employee record and its activation policy; for administrators of the
 * company (D2), 2.1's same 404 for everybody outside it, bad input refused with nothing changed, and two
 * administrators' edits kept apart (ETag, If-Match, version).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeIT {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private Company c;
    private String admin;
    private Company other;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        admin = c.admin();
        Register.costCentre(admin, c.id(), "K1");
        Register.costCentre(admin, c.id(), "K2");
        other = Delegation.company(false, true);
        Register.costCentre(other.admin(), other.id(), "K9");
    }

    private long total(String path) {
        return Api.get(path + "?size=1", admin).expect(200).json().getJsonNumber("total").longValue();
    }

    @Test
    void D2_administratorAddsCostCentresAndEmployees_andReadsThemBack() {
        Company d = Delegation.company(false, true);
        JsonObject k = Api.post(Register.costCentres(d.id()), d.admin(), object("code", "SOUTH", "name", "Södra"))
                .expect(201).json();
        assertEquals("SOUTH", k.getString("code"));
        assertEquals("Södra", k.getString("name"));
        Api.post(Register.costCentres(d.id()), d.admin(), object("code", "NORTH", "name", "Norra")).expect(201);
        JsonObject list = Api.get(Register.costCentres(d.id()), d.admin()).expect(200).json();
        assertEquals(2, list.getInt("total"));
        assertEquals("NORTH", list.getJsonArray("items").getJsonObject(0).getString("code"), "by code");

        Api.Response created = Api.post(Register.employees(d.id()), d.admin(), Json.createObjectBuilder()
                .add("number", "8").add("firstName", "Erik").add("lastName", "Employee").add("email", "erik@example.test")
                .add("employments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("start", "2025-11-01").addNull("end"))
                        .add(Json.createObjectBuilder().add("start", "2024-01-01").add("end", "2024-10-31")))
                .add("homeCostCentres", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("costCentre", "NORTH").add("from", "2025-11-01"))
                        .add(Json.createObjectBuilder().add("costCentre", "SOUTH").add("from", "2024-01-01")))
                .build().toString()).expect(201);
        JsonObject e = created.json();
        long id = e.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElse("").endsWith("/employees/" + id), created.headers().map().toString());
        assertEquals("8", e.getString("number"));
        assertEquals("erik@example.test", e.getString("email"));
        assertTrue(e.isNull("managerEmployeeId"));
        assertTrue(e.isNull("linkedUserId"));
        // Earliest first; an open employment has "end": null (SPEC 4.1).
        assertEquals("2024-01-01", e.getJsonArray("employments").getJsonObject(0).getString("start"));
        assertTrue(e.getJsonArray("employments").getJsonObject(1).isNull("end"));
        assertEquals("SOUTH", e.getJsonArray("homeCostCentres").getJsonObject(0).getString("costCentre"));

        long sub = Register.employee(d.admin(), d.id(), id, home("SOUTH", START));
        Api.Response read = Api.get(Register.employee(d.id(), sub), d.admin()).expect(200);
        assertEquals(id, read.json().getJsonNumber("managerEmployeeId").longValue());
        assertEquals("\"" + read.json().getJsonNumber("version") + "\"", read.header("ETag").orElse(""));
        JsonObject page = Api.get(Register.employees(d.id()) + "?size=1", d.admin()).expect(200).json();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        // The created and the changed are in the company's audit log, with the rule.
        assertTrue(Scenario.audit(d.admin(), d.id(), "").getValuesAs(JsonObject.class).stream().anyMatch(ev ->
                "employee.create".equals(ev.getString("action")) && "D2".equals(ev.getString("rule", null))));
    }

    @Test
    void duplicateNumberOrCostCentreCode_409_nothingAdded() {
        long before = total(Register.employees(c.id()));
        JsonObject body = Register.body(null).add("number", Scenario.unique("dup")).build();
        Api.post(Register.employees(c.id()), admin, body.toString()).expect(201);
        Api.post(Register.employees(c.id()), admin, body.toString()).expectProblem(409, "conflict");
        assertEquals(before + 1, total(Register.employees(c.id())));
        // The same number in another company is another employee.
        Api.post(Register.employees(other.id()), other.admin(), body.toString()).expect(201);

        long centres = total(Register.costCentres(c.id()));
        Api.post(Register.costCentres(c.id()), admin, object("code", "K1", "name", "again")).expectProblem(409, "conflict");
        assertEquals(centres, total(Register.costCentres(c.id())));
    }

    @Test
    void badInput_400_namingTheField_nothingChanged() {
        long before = total(Register.employees(c.id()));
        long foreign = Register.employee(other.admin(), other.id(), null, home("K9", START));
        List<Map.Entry<String, String>> cases = new ArrayList<>();
        cases.add(Map.entry("homeCostCentres[0].costCentre", Register.body(null, home("NOPE", START)).build().toString()));
        cases.add(Map.entry("homeCostCentres[1].costCentre", Register.body(null, home("K1", START), home("K9", START.plusDays(1)))
                .build().toString()));
        cases.add(Map.entry("employments", Register.body(null).add("employments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("start", "2024-01-01").add("end", "2024-12-31"))
                .add(Json.createObjectBuilder().add("start", "2024-12-31").addNull("end"))).build().toString()));
        cases.add(Map.entry("employments[0].end", Register.body(null).add("employments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("start", "2024-01-01").add("end", "2023-12-31"))).build().toString()));
        cases.add(Map.entry("employments[0].start", Register.body(null).add("employments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("end", "2023-12-31"))).build().toString()));
        cases.add(Map.entry("managerEmployeeId", Register.body(foreign, home("K1", START)).build().toString()));
        cases.add(Map.entry("number", Register.body(null).remove("number").build().toString()));
        cases.add(Map.entry("email", Register.body(null).add("email", "no-address").build().toString()));
        cases.add(Map.entry("homeCostCentres[1].from", Register.body(null, home("K1", START), home("K2", START)).build().toString()));
        cases.add(Map.entry("employments[0].start", Register.body(null).add("employments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("start", "1st of May"))).build().toString()));
        cases.add(Map.entry("nickname", Register.body(null).add("nickname", "E").build().toString()));
        List<String> failures = new ArrayList<>();
        cases.forEach(entry -> {
            String field = entry.getKey();
            Api.Response r = Api.post(Register.employees(c.id()), admin, entry.getValue());
            if (r.status() != 400 || !field.equals(r.json().getString("field", null))) {
                failures.add(field + ": HTTP " + r.status() + " " + r.body());
            }
        });
        Api.post(Register.employees(c.id()), admin, Register.body(-5L, home("K1", START)).build().toString())
                .expectInvalid("managerEmployeeId");
        assertEquals(List.of(), failures);
        assertEquals(before, total(Register.employees(c.id())));
        Api.post(Register.costCentres(c.id()), admin, object("code", "K 1", "name", "x")).expectInvalid("code");
        Api.post(Register.costCentres(c.id()), admin, object("code", "K3")).expectInvalid("name");

        // A PUT with bad input leaves the record as it was.
        long e = Register.employee(admin, c.id(), null, home("K1", START));
        JsonObject read = Register.read(admin, c.id(), e);
        Api.put(Register.employee(c.id(), e), admin, Register.with(read, "homeCostCentres", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("costCentre", "K1").add("from", "2024-01-01"))
                .add(Json.createObjectBuilder().add("costCentre", "K9").add("from", "2025-01-01")).build()))
                .expectInvalid("homeCostCentres[1].costCentre");
        Api.put(Register.employee(c.id(), e), admin, Register.with(read, "managerEmployeeId",
                Json.createValue(foreign))).expectInvalid("managerEmployeeId");
        assertEquals(read, Register.read(admin, c.id(), e));
    }

    @Test
    void managerLoopsOfAnyLength_400_hierarchyUnchanged() {
        long a = Register.employee(admin, c.id(), null, home("K1", START));
        long b = Register.employee(admin, c.id(), a, home("K1", START));
        long d = Register.employee(admin, c.id(), b, home("K1", START));
        long deep = d;
        for (int i = 0; i < 5; i++) {
            deep = Register.employee(admin, c.id(), deep, home("K1", START));
        }
        JsonObject aRead = Register.read(admin, c.id(), a);
        for (long below : List.of(a, b, d, deep)) {
            JsonObject p = Api.put(Register.employee(c.id(), a), admin, Register.withManager(aRead, below))
                    .expectInvalid("managerEmployeeId");
            assertFalse(p.getString("detail").isBlank());
        }
        JsonObject bRead = Register.read(admin, c.id(), b);
        Api.put(Register.employee(c.id(), b), admin, Register.withManager(bRead, d)).expectInvalid("managerEmployeeId");
        assertEquals(aRead, Register.read(admin, c.id(), a));
        assertEquals(bRead, Register.read(admin, c.id(), b));
        // Moving a subtree elsewhere is fine, and so is moving it back.
        long top = Register.employee(admin, c.id(), null, home("K1", START));
        Api.put(Register.employee(c.id(), b), admin, Register.withManager(bRead, top)).expect(200);
        Api.put(Register.employee(c.id(), a), admin, Register.withManager(aRead, deep)).expect(200);
        assertEquals(deep, Register.read(admin, c.id(), a).getJsonNumber("managerEmployeeId").longValue());
        // Now top is above b, d, ..., deep and a: a loop through any of them is refused.
        JsonObject topRead = Register.read(admin, c.id(), top);
        Api.put(Register.employee(c.id(), top), admin, Register.withManager(topRead, a)).expectInvalid("managerEmployeeId");
    }

    @Test
    void managerFilter_listsTheDirectReportsOnly_aRecordOfAnotherCompanyManagesNobody() {
        long top = Register.employee(admin, c.id(), null, home("K1", START));
        long b = Register.employee(admin, c.id(), top, home("K1", START));
        long d = Register.employee(admin, c.id(), top, home("K2", START));
        long below = Register.employee(admin, c.id(), b, home("K1", START));
        long theirs = Register.employee(other.admin(), other.id(), null, home("K9", START));
        Register.employee(other.admin(), other.id(), theirs, home("K9", START));
        assertEquals(Set.of(b, d), Set.copyOf(reportsOf(top)), "the direct reports, not those further below nor the record");
        assertEquals(List.of(below), reportsOf(b));
        assertEquals(List.of(), reportsOf(below));
        assertEquals(List.of(), reportsOf(theirs), "another company's record manages nobody here (2.1)");
        assertEquals(List.of(), reportsOf(987654321L));
        JsonObject page = Api.get(Register.employees(c.id()) + "?manager=" + top + "&size=1", admin).expect(200).json();
        assertEquals(2, page.getJsonNumber("total").longValue(), "counted with the filter");
        for (String bad : List.of("x", "1.5", "-", "99999999999999999999")) {
            Api.get(Register.employees(c.id()) + "?manager=" + Scenario.enc(bad), admin).expectInvalid("manager");
        }
    }

    private List<Long> reportsOf(long managerId) {
        return Api.get(Register.employees(c.id()) + "?manager=" + managerId, admin).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void twoAdministratorsEditingAtOnce_ifMatch412_version409() {
        long e = Register.employee(admin, c.id(), null, home("K1", START));
        Api.Response first = Api.get(Register.employee(c.id(), e), admin).expect(200);
        String etag = first.header("ETag").orElseThrow();
        JsonObject read = first.json();
        Api.Response changed = Api.send("PUT", Register.employee(c.id(), e), admin,
                Register.with(read, "firstName", Json.createValue("Emmy")), Map.of("If-Match", etag)).expect(200);
        String newTag = changed.header("ETag").orElseThrow();
        assertNotEquals(etag, newTag);
        assertEquals(newTag, Api.get(Register.employee(c.id(), e), admin).expect(200).header("ETag").orElseThrow());
        // The second administrator still holds the first version.
        Api.send("PUT", Register.employee(c.id(), e), admin, Register.with(read, "lastName", Json.createValue("Late")),
                Map.of("If-Match", etag)).expectProblem(412, "precondition-failed");
        JsonObject stale = Json.createObjectBuilder(Api.parse(Register.with(read, "lastName", Json.createValue("Late")))
                .asJsonObject()).add("version", read.getJsonNumber("version")).build();
        Api.put(Register.employee(c.id(), e), admin, stale.toString()).expectProblem(409, "conflict");
        assertEquals("Emmy", Register.read(admin, c.id(), e).getString("firstName"));
        assertEquals("Ployee", Register.read(admin, c.id(), e).getString("lastName"));
        // A change of the history only is a change too: the version grows.
        JsonObject now = Register.read(admin, c.id(), e);
        JsonObject after = Api.put(Register.employee(c.id(), e), admin, Register.with(now, "homeCostCentres",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("costCentre", "K2").add("from", "2024-01-01"))
                        .build())).expect(200).json();
        assertTrue(after.getJsonNumber("version").longValue() > now.getJsonNumber("version").longValue(), after.toString());
    }

    @Test
    void SPEC54_onlyPlatformSupportAddsAVerifiedDomain_administratorsRemoveThem_othersLearnNothing() {
        Company d = Delegation.company(false, true);
        String domain = Scenario.unique("owned").replace('.', '-').toLowerCase(java.util.Locale.ROOT) + ".example";
        JsonObject before = Api.get(Register.settings(d.id()), d.admin()).expect(200).json();
        // An administrator may not declare any domain verified (gmail.com would verify every gmail address).
        JsonObject p = Api.put(Register.settings(d.id()), d.admin(), object("verifiedDomains",
                Json.createArrayBuilder().add("gmail.com").build())).expectProblem(403, "access-denied");
        assertEquals("SUPPORT", p.getString("rule"), p.toString());
        assertTrue(p.getString("detail").contains("gmail.com"), p.toString());
        assertEquals(before, Api.get(Register.settings(d.id()), d.admin()).expect(200).json(), "a refusal changes nothing");
        // A plain member is refused by D2; another company's administrator learns nothing (2.1).
        Person plain = Delegation.person(d.admin(), d.id());
        JsonObject d2 = Api.put(Register.settings(d.id()), Delegation.token(plain.userId()), object(
                "permissionToleranceDays", 2)).expect(403).json();
        assertEquals("D2", d2.getString("rule"), d2.toString());
        Company other = Delegation.company(false, true);
        Api.Response hidden = Api.put(Register.settings(d.id()), other.admin(), object("verifiedDomains",
                Json.createArrayBuilder().add(domain).build()));
        assertEquals(404, hidden.status(), hidden.body());
        // Platform support adds it; the administrator reads it, changes the tolerance keeping it, and removes it.
        Api.put(Register.settings(d.id()), Scenario.support(), object("verifiedDomains",
                Json.createArrayBuilder().add(domain).build())).expect(200);
        JsonObject kept = Api.put(Register.settings(d.id()), d.admin(), object("permissionToleranceDays", 2,
                "verifiedDomains", Json.createArrayBuilder().add(domain).build())).expect(200).json();
        assertEquals(1, kept.getJsonArray("verifiedDomains").size(), kept.toString());
        JsonObject removed = Api.put(Register.settings(d.id()), d.admin(), object("verifiedDomains",
                Json.createArrayBuilder().build())).expect(200).json();
        assertEquals(0, removed.getJsonArray("verifiedDomains").size(), removed.toString());
        JsonObject refusal = Scenario.audit(d.admin(), d.id(), "size=1000").stream().map(v -> v.asJsonObject())
                .filter(e -> "settings.change".equals(e.getString("action")) && !"ALLOWED".equals(e.getString("outcome", "")))
                .findFirst().orElseThrow();
        assertEquals("SUPPORT", refusal.getString("rule", ""), refusal.toString());
    }

    @Test
    void settings_readChangedAndLocked() {
        Company d = Delegation.company(false, true);
        Api.Response get = Api.get(Register.settings(d.id()), d.admin()).expect(200);
        assertEquals(0, get.json().getInt("permissionToleranceDays"));
        assertEquals(0, get.json().getJsonArray("verifiedDomains").size());
        String etag = get.header("ETag").orElseThrow();
        // Platform support adds verified domains (SPEC 5.4), checked against the same ETag.
        JsonObject s = Api.send("PUT", Register.settings(d.id()), Scenario.support(), object("permissionToleranceDays", 3,
                "verifiedDomains", Json.createArrayBuilder().add("Example.COM").add("mail.example.org").build()),
                Map.of("If-Match", etag)).expect(200).json();
        assertEquals(3, s.getInt("permissionToleranceDays"));
        assertEquals(List.of("example.com", "mail.example.org"), s.getJsonArray("verifiedDomains")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(3, Scenario.companyView(d.admin(), d.id()).getInt("permissionToleranceDays"));
        // A field left out keeps its value; the domains alone are a change of the settings too (a removal, which
        // the administrator may make).
        JsonObject only = Api.put(Register.settings(d.id()), d.admin(), object("verifiedDomains",
                Json.createArrayBuilder().add("example.com").build())).expect(200).json();
        assertEquals(3, only.getInt("permissionToleranceDays"));
        assertTrue(only.getJsonNumber("version").longValue() > s.getJsonNumber("version").longValue());
        Api.send("PUT", Register.settings(d.id()), d.admin(), object("permissionToleranceDays", 1),
                Map.of("If-Match", etag)).expectProblem(412, "precondition-failed");
        Api.put(Register.settings(d.id()), d.admin(), object("permissionToleranceDays", 1, "version",
                s.getJsonNumber("version"))).expectProblem(409, "conflict");
        // Bad input changes nothing.
        Api.put(Register.settings(d.id()), d.admin(), object("permissionToleranceDays", -1)).expectInvalid(
                "permissionToleranceDays");
        Api.put(Register.settings(d.id()), d.admin(), object("permissionToleranceDays", 1, "verifiedDomains",
                Json.createArrayBuilder().add("ok.example").add("not a domain").build())).expectInvalid("verifiedDomains[1]");
        Api.put(Register.settings(d.id()), d.admin(), object("permissionToleranceDays", "3")).expectInvalid(
                "permissionToleranceDays");
        JsonObject unchanged = Api.get(Register.settings(d.id()), d.admin()).expect(200).json();
        assertEquals(only, unchanged);
    }

    @Test
    void linkingAnAccount_givesItTheEmployeesEmail_andFollowsIt() {
        Person u = Delegation.member(admin, c.id());
        long e = Register.add(admin, c.id(), Register.body(null, home("K1", START)).add("email", "erik@work.example"))
                .getJsonNumber("id").longValue();
        JsonObject link = Register.linkTo(admin, u.userId(), c.id(), e);
        assertEquals("erik@work.example", link.getString("email"));
        JsonObject account = Api.get(V1 + "/users/" + u.userId(), admin).expect(200).json();
        assertEquals("erik@work.example", account.getString("email"));
        assertEquals(e, account.getJsonNumber("employeeId").longValue());
        assertEquals(u.userId(), Register.read(admin, c.id(), e).getString("linkedUserId"));
        // A new e-mail on the record reaches the account.
        JsonObject read = Register.read(admin, c.id(), e);
        Api.put(Register.employee(c.id(), e), admin, Register.with(read, "email", Json.createValue("erik@new.example")))
                .expect(200);
        assertEquals("erik@new.example", Scenario.account(u.userId()).getString("email"));
        // The record is the account's: another account is 409; the first keeps it.
        Person v = Delegation.member(admin, c.id());
        Api.put(Register.link(v.userId()), admin, object("companyId", c.id(), "employeeId", e)).expectProblem(409, "conflict");
        assertTrue(Scenario.account(v.userId()).isNull("employeeId"));
        // Unlinking keeps the e-mail; a second unlink has nothing to remove.
        Api.send("DELETE", Register.link(u.userId()), admin, object("companyId", c.id(), "employeeId", e), Map.of())
                .expect(204);
        JsonObject after = Scenario.account(u.userId());
        assertTrue(after.isNull("employeeId"));
        assertEquals("erik@new.example", after.getString("email"));
        Api.delete(Register.link(u.userId()) + "?companyId=" + c.id(), admin).expectProblem(409, "conflict");
        // Now v may have it.
        Register.linkTo(admin, v.userId(), c.id(), e);
        assertTrue(Scenario.audit(admin, c.id(), "target=" + u.userId()).getValuesAs(JsonObject.class).stream()
                .anyMatch(ev -> "user.employee-link".equals(ev.getString("action"))));
    }

    @Test
    void linking_badInputAndRules() {
        long e = Register.employee(admin, c.id(), null, home("K1", START));
        long foreign = Register.employee(other.admin(), other.id(), null, home("K9", START));
        Person u = Delegation.member(admin, c.id());
        // D1: nobody links their own account, in any spelling.
        Person selfAdmin = Delegation.person(admin, c.id());
        Delegation.granted(admin, c.id(), selfAdmin.userId(), Delegation.UA);
        String selfToken = Delegation.token(selfAdmin.userId());
        Api.put(Register.link(selfAdmin.userId().toUpperCase()), selfToken, object("companyId", c.id(), "employeeId", e))
                .expectDenied("D1");
        // An employee of another company, or none, is bad input.
        Api.put(Register.link(u.userId()), admin, object("companyId", c.id(), "employeeId", foreign))
                .expectInvalid("employeeId");
        Api.put(Register.link(u.userId()), admin, object("companyId", c.id(), "employeeId", 987654321L))
                .expectInvalid("employeeId");
        Api.put(Register.link(u.userId()), admin, object("companyId", c.id())).expectInvalid("employeeId");
        // D18: an outsider authorised to C (primary company elsewhere) is not linked: the employment would then
        // deactivate an account that only its primary company deactivates.
        Person outsider = Delegation.outsider(other, admin, c.id(), false);
        Api.put(Register.link(outsider.userId()), admin, object("companyId", c.id(), "employeeId", e)).expectDenied("D18");
        assertTrue(Scenario.account(u.userId()).isNull("employeeId"));
        assertTrue(Scenario.account(outsider.userId()).isNull("employeeId"));
        // D2: a member who administers nothing.
        Person plain = Delegation.person(admin, c.id());
        Api.put(Register.link(u.userId()), Delegation.token(plain.userId()), object("companyId", c.id(), "employeeId", e))
                .expectDenied("D2");
        Api.delete(Register.link(u.userId()), admin).expectInvalid("companyId");
    }

    @Test
    void D10_theRegisterGivesAnAccountAnEmailOnlyWhereItsCreatorActs() {
        // A second administrator of C, who did not create the account.
        Person second = Delegation.person(admin, c.id());
        Delegation.granted(admin, c.id(), second.userId(), Delegation.UA);
        String secondToken = Delegation.token(second.userId());
        Person u = Delegation.member(admin, c.id());
        String before = Scenario.account(u.userId()).getString("email", null);
        long withMail = Register.add(admin, c.id(), Register.body(null, home("K1", START)).add("email",
                "mallory@attacker.example")).getJsonNumber("id").longValue();
        // Linking would change the e-mail: refused to whoever did not create the account, nothing changes.
        JsonObject p = Api.put(Register.link(u.userId()), secondToken, object("companyId", c.id(), "employeeId",
                withMail)).expectDenied("D10");
        assertTrue(p.getString("detail").contains("created the account"), p.toString());
        JsonObject unchanged = Scenario.account(u.userId());
        assertTrue(unchanged.isNull("employeeId"));
        assertEquals(before, unchanged.getString("email", null));
        // A record without an e-mail links (nothing personal changes).
        long withoutMail = Register.employee(admin, c.id(), null, home("K1", START));
        Register.linkTo(secondToken, u.userId(), c.id(), withoutMail);
        // Giving the linked record an e-mail would reach the account: refused to the second administrator, the
        // record keeps its old state; allowed to the creator, and the account follows.
        JsonObject read = Register.read(admin, c.id(), withoutMail);
        Api.put(Register.employee(c.id(), withoutMail), secondToken, Register.with(read, "email",
                Json.createValue("mallory@attacker.example"))).expectDenied("D10");
        assertTrue(Register.read(admin, c.id(), withoutMail).isNull("email"), "a refusal changes nothing");
        assertEquals(before, Scenario.account(u.userId()).getString("email", null));
        Api.put(Register.employee(c.id(), withoutMail), admin, Register.with(read, "email",
                Json.createValue("erika@work.example"))).expect(200);
        assertEquals("erika@work.example", Scenario.account(u.userId()).getString("email"));
        // The creator links the record with another e-mail too.
        Api.delete(Register.link(u.userId()) + "?companyId=" + c.id(), admin).expect(204);
        assertEquals("mallory@attacker.example", Register.linkTo(admin, u.userId(), c.id(), withMail).getString("email"));
    }

    @Test
    void activationPolicy_setByTheUsersAdministrators_neverOnOneself() {
        Person u = Delegation.member(admin, c.id());
        JsonObject p = Api.put(V1 + "/users/" + u.userId() + "/activation-policy", admin, object(
                "deactivateDaysAfterEnd", 5, "reactivateDaysBeforeStart", 1)).expect(200).json();
        assertEquals(5, p.getInt("deactivateDaysAfterEnd"));
        JsonObject account = Scenario.account(u.userId());
        assertEquals(5, account.getInt("deactivateDaysAfterEnd"));
        assertEquals(1, account.getInt("reactivateDaysBeforeStart"));
        Api.put(V1 + "/users/" + u.userId() + "/activation-policy", admin, object("deactivateDaysAfterEnd", null,
                "reactivateDaysBeforeStart", null)).expect(200);
        assertTrue(Scenario.account(u.userId()).isNull("deactivateDaysAfterEnd"));
        Api.put(V1 + "/users/" + u.userId() + "/activation-policy", admin, object("deactivateDaysAfterEnd", -1))
                .expectInvalid("deactivateDaysAfterEnd");
        Api.put(V1 + "/users/" + u.userId() + "/activation-policy", admin, object("reactivateDaysBeforeStart", 3651))
                .expectInvalid("reactivateDaysBeforeStart");
        assertTrue(Scenario.account(u.userId()).isNull("reactivateDaysBeforeStart"));
        // D1 on oneself; D18: a USER_ADMIN of a company that is not the user's primary one.
        Api.put(V1 + "/users/" + c.firstUser().userId() + "/activation-policy", admin, object("deactivateDaysAfterEnd", 1))
                .expectDenied("D1");
        Person outsider = Delegation.outsider(other, admin, c.id(), false);
        Api.put(V1 + "/users/" + outsider.userId() + "/activation-policy", admin, object("deactivateDaysAfterEnd", 1))
                .expectDenied("D18");
        Api.put(V1 + "/users/" + outsider.userId() + "/activation-policy", other.admin(), object(
                "deactivateDaysAfterEnd", 1)).expect(200);
    }

    /** SPEC 2.1: another company's administrator gets, from every new call, the 404 an unknown company gets. */
    @Test
    void everyNewCall_refusesAnotherCompanysAdministrator_withTheSame404() {
        String outsider = other.admin();
        long e = Register.employee(admin, c.id(), null, home("K1", START));
        Person u = Delegation.member(admin, c.id());
        long unknown = 987654321L;
        JsonObject reference = Api.get(Register.employees(unknown), outsider).expectProblem(404, "not-found");
        String empBody = Register.body(null, home("K1", START)).build().toString();
        Map<String, Api.Response> calls = new java.util.LinkedHashMap<>();
        calls.put("GET cost-centres", Api.get(Register.costCentres(c.id()), outsider));
        calls.put("POST cost-centres", Api.post(Register.costCentres(c.id()), outsider, object("code", "X1", "name", "x")));
        calls.put("GET employees", Api.get(Register.employees(c.id()), outsider));
        calls.put("GET employees?manager", Api.get(Register.employees(c.id()) + "?manager=" + e, outsider));
        calls.put("POST employees", Api.post(Register.employees(c.id()), outsider, empBody));
        calls.put("GET employee", Api.get(Register.employee(c.id(), e), outsider));
        calls.put("PUT employee", Api.put(Register.employee(c.id(), e), outsider, empBody));
        calls.put("GET settings", Api.get(Register.settings(c.id()), outsider));
        calls.put("PUT settings", Api.put(Register.settings(c.id()), outsider, object("permissionToleranceDays", 9)));
        calls.put("GET user-templates", Api.get(V1 + "/companies/" + c.id() + "/user-templates", outsider));
        calls.put("POST user-templates", Api.post(V1 + "/companies/" + c.id() + "/user-templates", outsider,
                object("name", "t")));
        calls.put("PUT link", Api.put(Register.link(u.userId()), outsider, object("companyId", c.id(), "employeeId", e)));
        calls.put("DELETE link", Api.delete(Register.link(u.userId()) + "?companyId=" + c.id(), outsider));
        calls.put("PUT activation-policy", Api.put(V1 + "/users/" + u.userId() + "/activation-policy", outsider,
                object("deactivateDaysAfterEnd", 1)));
        calls.put("GET members?linked", Api.get(V1 + "/companies/" + c.id() + "/members?linked=true", outsider));
        // Within its own company, an employee of C is as unknown as one that does not exist.
        calls.put("GET C's employee in own company", Api.get(Register.employee(other.id(), e), outsider));
        calls.put("PUT C's employee in own company", Api.put(Register.employee(other.id(), e), outsider, empBody));
        calls.put("GET unknown employee in own company", Api.get(Register.employee(other.id(), unknown), outsider));
        calls.put("GET employee 'x' in own company", Api.get(Register.employees(other.id()) + "/x", outsider));
        List<String> failures = new ArrayList<>();
        calls.forEach((what, r) -> {
            if (r.status() != 404) {
                failures.add(what + ": HTTP " + r.status() + " " + r.body());
                return;
            }
            JsonObject p = r.expectProblem(404, "not-found");
            if (!withoutRequestId(p).equals(withoutRequestId(reference))) {
                failures.add(what + ": " + p + " differs from " + reference);
            }
        });
        assertEquals(List.of(), failures);
        // Nothing changed in C.
        assertEquals(0, Api.get(Register.settings(c.id()), admin).expect(200).json().getInt("permissionToleranceDays"));
        assertTrue(Scenario.account(u.userId()).isNull("employeeId"));
        assertTrue(Scenario.account(u.userId()).isNull("deactivateDaysAfterEnd"));
        // Each refusal is a platform audit event, not one of C's.
        assertFalse(Scenario.audit(admin, c.id(), "").getValuesAs(JsonObject.class).stream().anyMatch(ev ->
                "DENIED".equals(ev.getString("outcome")) && other.firstUser().userId().equals(ev.getString("actor"))));
    }

    /** D2: a member of C who administers nothing is told so (403 D2) by every new company call. */
    @Test
    void D2_aMemberWhoAdministersNothing_isRefusedByEveryNewCall() {
        Person bk = Delegation.person(admin, c.id());
        Delegation.granted(admin, c.id(), bk.userId(), Delegation.BK);
        String t = Delegation.token(bk.userId());
        long e = Register.employee(admin, c.id(), null, home("K1", START));
        String empBody = Register.body(null, home("K1", START)).build().toString();
        List<Api.Response> answers = List.of(Api.get(Register.costCentres(c.id()), t),
                Api.post(Register.costCentres(c.id()), t, object("code", "X2", "name", "x")),
                Api.get(Register.employees(c.id()), t), Api.get(Register.employees(c.id()) + "?manager=" + e, t),
                Api.post(Register.employees(c.id()), t, empBody),
                Api.get(Register.employee(c.id(), e), t), Api.put(Register.employee(c.id(), e), t, empBody),
                Api.get(Register.settings(c.id()), t),
                Api.put(Register.settings(c.id()), t, object("permissionToleranceDays", 9)),
                Api.get(V1 + "/companies/" + c.id() + "/user-templates", t),
                Api.post(V1 + "/companies/" + c.id() + "/user-templates", t, object("name", "t")));
        answers.forEach(r -> r.expectDenied("D2"));
    }

    @Test
    void membersList_linkedFilter_combinesWithTheOthers() {
        Company d = Delegation.company(false, true);
        Register.costCentre(d.admin(), d.id(), "K1");
        String tag = Scenario.unique("lnk").replace(".", "");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String userId = tag + "." + i;
            Api.post(V1 + "/companies/" + d.id() + "/users", d.admin(), object("userId", userId, "firstName", "L",
                    "lastName", userId)).expect(201);
            people.add(new Person(userId, 0));
        }
        for (int i = 0; i < 2; i++) {
            long e = Register.employee(d.admin(), d.id(), null, home("K1", START));
            Register.linkTo(d.admin(), people.get(i).userId(), d.id(), e);
        }
        Delegation.granted(d.admin(), d.id(), people.get(0).userId(), Delegation.BK);
        Api.patch(V1 + "/users/" + people.get(1).userId(), d.admin(), object("active", false)).expect(200);
        String members = V1 + "/companies/" + d.id() + "/members?q=" + tag + "&";
        assertEquals(2, Api.get(members + "linked=true", d.admin()).expect(200).json().getInt("total"));
        assertEquals(2, Api.get(members + "linked=false", d.admin()).expect(200).json().getInt("total"));
        assertEquals(1, Api.get(members + "linked=true&role=BOOKKEEPER", d.admin()).expect(200).json().getInt("total"));
        assertEquals(0, Api.get(members + "linked=false&role=BOOKKEEPER", d.admin()).expect(200).json().getInt("total"));
        assertEquals(1, Api.get(members + "linked=true&active=false", d.admin()).expect(200).json().getInt("total"));
        assertEquals(1, Api.get(members + "linked=true&active=true&idpStatus=NONE", d.admin()).expect(200).json()
                .getInt("total"));
        JsonObject page = Api.get(members + "linked=true&size=1&page=1", d.admin()).expect(200).json();
        assertEquals(2, page.getInt("total"));
        assertEquals(people.get(1).userId(), page.getJsonArray("items").getJsonObject(0).getJsonObject("user")
                .getString("userId"));
        // Without the filter, everyone; the company's first user is linked to nothing.
        assertEquals(5, Api.get(V1 + "/companies/" + d.id() + "/members", d.admin()).expect(200).json().getInt("total"));
        assertEquals(3, Api.get(V1 + "/companies/" + d.id() + "/members?linked=false", d.admin()).expect(200).json()
                .getInt("total"));
        Api.get(V1 + "/companies/" + d.id() + "/members?linked=maybe", d.admin()).expectInvalid("linked");
    }

    private static JsonObject withoutRequestId(JsonObject p) {
        return Json.createObjectBuilder(p).remove("requestId").build();
    }

    static JsonValue dateValue(LocalDate d) {
        return Json.createValue(d.toString());
    }
}
