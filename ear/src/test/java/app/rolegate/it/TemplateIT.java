package app.rolegate.it;

import static app.rolegate.it.Api.V1;
import static app.rolegate.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Delegation.Company;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC 5.3 and 4.1: a company's user templates (default profiles, UI language, N and M), created by its
 * administrators and applied when a user is created from one by name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateIT {
    private Company c; // payroll on, CRM on (Delegation's companies have CRM)
    private String admin;

    @BeforeAll
    void setUp() {
        c = Delegation.company(false, true);
        admin = c.admin();
    }

    private String templates(long companyId) {
        return V1 + "/companies/" + companyId + "/user-templates";
    }

    private JsonObject template(String name) {
        return Api.post(templates(c.id()), admin, object("name", name, "deactivateDaysAfterEnd", 30,
                "reactivateDaysBeforeStart", 2, "accountingProfile", "SEARCH", "payrollProfile", "EMPLOYEE",
                "crmProfile", "BROWSE", "language", "sv")).expect(201).json();
    }

    @Test
    void D2_administratorCreatesAndListsTemplates() {
        String name = Scenario.unique("Seasonal");
        JsonObject t = template(name);
        assertTrue(t.getJsonNumber("id").longValue() > 0, t.toString());
        assertEquals(name, t.getString("name"));
        assertEquals(30, t.getInt("deactivateDaysAfterEnd"));
        assertEquals(2, t.getInt("reactivateDaysBeforeStart"));
        assertEquals("SEARCH", t.getString("accountingProfile"));
        assertEquals("EMPLOYEE", t.getString("payrollProfile"));
        assertEquals("BROWSE", t.getString("crmProfile"));
        assertEquals("sv", t.getString("language"));
        JsonObject list = Api.get(templates(c.id()) + "?size=500", admin).expect(200).json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getString("name").equals(name)), list.toString());
        // Only the name is required.
        JsonObject bare = Api.post(templates(c.id()), admin, object("name", Scenario.unique("bare"))).expect(201).json();
        assertTrue(bare.isNull("deactivateDaysAfterEnd") && bare.isNull("payrollProfile"), bare.toString());
    }

    @Test
    void duplicateNameAndBadInput_refused_nothingAdded() {
        String name = Scenario.unique("Dup");
        template(name);
        long before = Api.get(templates(c.id()) + "?size=1", admin).expect(200).json().getInt("total");
        Api.post(templates(c.id()), admin, object("name", name)).expectProblem(409, "conflict");
        Api.post(templates(c.id()), admin, object("deactivateDaysAfterEnd", 3)).expectInvalid("name");
        Api.post(templates(c.id()), admin, object("name", "x", "deactivateDaysAfterEnd", -1))
                .expectInvalid("deactivateDaysAfterEnd");
        Api.post(templates(c.id()), admin, object("name", "x", "payrollProfile", "BOSS")).expectInvalid("payrollProfile");
        Api.post(templates(c.id()), admin, object("name", "x", "language", "Swedish")).expectInvalid("language");
        Company noPayroll = Delegation.company(false, false);
        Api.post(templates(noPayroll.id()), noPayroll.admin(), object("name", "x", "payrollProfile", "EMPLOYEE"))
                .expectInvalid("payrollProfile");
        assertEquals(before, Api.get(templates(c.id()) + "?size=1", admin).expect(200).json().getInt("total"));
    }

    @Test
    void SPEC53_aUserCreatedFromATemplate_getsItsDefaults_whereTheRequestNamesNone() {
        String name = Scenario.unique("Seasonal");
        template(name);
        String plain = Scenario.unique("tpl");
        JsonObject m = Api.post(V1 + "/companies/" + c.id() + "/users", admin, object("userId", plain, "template", name))
                .expect(201).json();
        assertEquals("SEARCH", m.getString("accountingProfile"));
        assertEquals("EMPLOYEE", m.getString("payrollProfile"));
        assertEquals("BROWSE", m.getString("crmProfile"));
        JsonObject account = Scenario.account(plain);
        assertEquals("sv", account.getString("uiLanguage"));
        assertEquals(30, account.getInt("deactivateDaysAfterEnd"));
        assertEquals(2, account.getInt("reactivateDaysBeforeStart"));
        // What the request names wins over the template.
        String own = Scenario.unique("tpl");
        JsonObject m2 = Api.post(V1 + "/companies/" + c.id() + "/users", admin, Api.object("userId", own, "uiLanguage",
                "fi", "template", name, "membership", Delegation.terms("payrollProfile", "APPROVER"))).expect(201).json();
        assertEquals("APPROVER", m2.getString("payrollProfile"));
        assertEquals("SEARCH", m2.getString("accountingProfile"));
        assertEquals("fi", Scenario.account(own).getString("uiLanguage"));
        // Without a template nothing of it applies.
        String none = Scenario.unique("tpl");
        Api.post(V1 + "/companies/" + c.id() + "/users", admin, object("userId", none)).expect(201);
        assertTrue(Scenario.account(none).isNull("deactivateDaysAfterEnd"));
        assertEquals("en", Scenario.account(none).getString("uiLanguage"));
    }

    @Test
    void anUnknownTemplate_400_nothingCreated() {
        String userId = Scenario.unique("tpl");
        Api.post(V1 + "/companies/" + c.id() + "/users", admin, object("userId", userId, "template", "No such"))
                .expectInvalid("template");
        assertFalse(Scenario.accountExists(userId));
        // Another company's template is no template of this one.
        Company other = Delegation.company(false, true);
        String theirs = Scenario.unique("Theirs");
        Api.post(templates(other.id()), other.admin(), object("name", theirs)).expect(201);
        Api.post(V1 + "/companies/" + c.id() + "/users", admin, object("userId", userId, "template", theirs))
                .expectInvalid("template");
        assertFalse(Scenario.accountExists(userId));
    }

    /** D11 with a template: the existing person's membership gets its profiles; their account stays theirs. */
    @Test
    void D11_anExistingPersonAuthorisedWithATemplate_getsItsProfilesOnly() {
        Company home = Delegation.company(false, true);
        String code = Delegation.identityCode();
        String person = Scenario.unique("person");
        Api.post(V1 + "/companies/" + home.id() + "/users", home.admin(), object("userId", person, "country", "SE",
                "personalIdentityCode", code)).expect(201);
        String name = Scenario.unique("Guests");
        template(name);
        JsonObject m = Api.post(V1 + "/companies/" + c.id() + "/users", admin, object("userId", Scenario.unique("again"),
                "country", "SE", "personalIdentityCode", code, "template", name)).expect(200).json();
        assertTrue(m.getBoolean("existingPersonAuthorised"));
        assertEquals("EMPLOYEE", m.getString("payrollProfile"));
        JsonObject account = Scenario.account(person);
        assertTrue(account.isNull("deactivateDaysAfterEnd"), account.toString());
        assertEquals("en", account.getString("uiLanguage"));
    }
}
