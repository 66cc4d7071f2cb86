package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A company's settings, user templates and mail outbox on the admin pages (SPEC 5.2-5.4), over the same
 * services as the API: the tolerance changed with the version read (a change that came second refused),
 * bad input named at its field; verified domains removed, never added (platform support's, rule SUPPORT:
 * the page offers no way, and a field forged into the form adds nothing); templates made and used on the
 * new-user page; the outbox showing recipient, subject and state but never a body or token; a plain member
 * refused everywhere (D2). axe-core finds nothing.
 */
class CompanyPagesIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef company;

    @BeforeAll
    static void start() {
        company = Scenario.company();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newSession() {
        browser.reset();
    }

    private static String settings() {
        return Api.V1 + "/companies/" + company.id() + "/settings";
    }

    private static JsonObject readSettings() {
        return Api.get(settings(), company.firstUserToken()).expect(200).json();
    }

    private static List<String> domains() {
        return readSettings().getJsonArray("verifiedDomains").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static long templates() {
        return Api.get(Api.V1 + "/companies/" + company.id() + "/user-templates?size=1", company.firstUserToken())
                .expect(200).json().getJsonNumber("total").longValue();
    }

    @Test
    void theToleranceIsChangedWithTheVersionRead_badInputNamedAtItsField() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navSettings");
        assertEquals("/admin/settings.xhtml", browser.path());
        int before = readSettings().getInt("permissionToleranceDays");
        browser.type("tolerance:days", "400").click("tolerance:save");
        assertEquals("permissionToleranceDays must be 0-365", browser.fieldMessage("tolerance:days"));
        assertEquals("true", browser.el("tolerance:days").getAttribute("aria-invalid"));
        browser.type("tolerance:days", "a week").click("tolerance:save");
        assertEquals("Enter a whole number of days (0–365).", browser.fieldMessage("tolerance:days"));
        assertEquals(before, readSettings().getInt("permissionToleranceDays"), "nothing was saved");
        browser.screenshot("settings-invalid");
        browser.assertAxeClean("settings-invalid");

        browser.type("tolerance:days", "7").click("tolerance:save");
        assertTrue(browser.messages().contains("The permission tolerance is now 7 days."), browser.messages());
        assertEquals(7, readSettings().getInt("permissionToleranceDays"));

        Api.put(settings(), company.firstUserToken(), Api.object("permissionToleranceDays", 3)).expect(200);
        browser.type("tolerance:days", "9").click("tolerance:save");
        assertTrue(browser.messages().contains("someone else changed this in the meantime"), browser.messages());
        assertEquals("3", browser.el("tolerance:days").getAttribute("value"), "the page shows the current settings");
        assertEquals(3, readSettings().getInt("permissionToleranceDays"), "nothing of the refused change was saved");
    }

    @Test
    void verifiedDomainsAreRemovedByTheAdministrator_neverAdded() {
        String a = Scenario.unique("a").replace('.', '-').toLowerCase(Locale.ROOT) + ".test";
        String b = Scenario.unique("b").replace('.', '-').toLowerCase(Locale.ROOT) + ".test";
        Api.put(settings(), Scenario.support(), Api.object("verifiedDomains", Json.createArrayBuilder().add(a).add(b)
                .build())).expect(200);
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/settings.xhtml");
        String shown = browser.text("domainTable");
        assertTrue(shown.contains(a) && shown.contains(b), shown);
        assertTrue(browser.text("domainsAdd").contains("Platform support adds a verified domain"), browser.body());
        assertTrue(browser.driver.findElements(By.cssSelector("#domains input[type='text'], #domains input[type='email']"))
                .isEmpty(), "no field to add a domain");
        browser.screenshot("settings");
        browser.assertAxeClean("settings");

        // An administrator forges fields that would name a new domain into the form, and removes one.
        String forged = Scenario.unique("attacker").replace('.', '-').toLowerCase(Locale.ROOT) + ".test";
        browser.js("for (const n of ['domains:domain', 'domains:verifiedDomains', 'verifiedDomains']) {"
                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = arguments[1];"
                + " arguments[0].appendChild(i); }", browser.el("domains"), forged);
        browser.press(browser.driver.findElement(By.cssSelector("input[aria-label='Remove " + a + "']")));
        assertTrue(browser.messages().contains("The verified domain " + a + " was removed."), browser.messages());
        assertEquals(List.of(b), domains(), "one removed, none added");
        assertFalse(browser.body().contains(forged), browser.body());
    }

    @Test
    void aTemplateIsMadeWithBadInputNamed_andANewUserTakesItsDefaults() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navTemplates");
        assertEquals("/admin/templates.xhtml", browser.path());
        long before = templates();
        String name = Scenario.unique("Seasonal");
        browser.type("template:name", name).type("template:deactivate", "-1").type("template:reactivate", "2")
                .select("template:accountingProfile", "SEARCH").select("template:language", "sv")
                .click("template:add");
        assertEquals("deactivateDaysAfterEnd must be 0-3650 days, or null for never",
                browser.fieldMessage("template:deactivate"));
        assertEquals(name, browser.el("template:name").getAttribute("value"), "what was typed stays");
        assertEquals(before, templates(), "nothing was made");
        browser.assertAxeClean("templates-invalid");

        browser.type("template:deactivate", "5").click("template:add");
        assertTrue(browser.messages().contains("The user template " + name + " was added."), browser.messages());
        String list = browser.text("templates");
        assertTrue(list.contains(name) && list.contains("5 days") && list.contains("2 days"), list);
        assertEquals(before + 1, templates());
        browser.screenshot("templates");
        browser.assertAxeClean("templates");

        browser.type("template:name", name).click("template:add");
        assertEquals("the company has a user template named '" + name + "'", browser.fieldMessage("template:name"));
        assertEquals(before + 1, templates(), "a taken name makes nothing");

        browser.click("navUsers").click("newUser");
        String userId = Scenario.unique("seasonal");
        browser.select("user:template", name).type("user:userId", userId).type("user:firstName", "Sam")
                .type("user:lastName", "Seasonal");
        browser.screenshot("new-user-template");
        browser.assertAxeClean("new-user-template");
        browser.click("user:create");
        assertTrue(browser.messages().contains(userId + " was created in " + company.name()), browser.messages());
        assertEquals("SEARCH", Scenario.membership(company.firstUserToken(), company.id(), userId)
                .getString("accountingProfile"), "the template's profile, the form's left at its default");
        JsonObject account = Scenario.account(userId);
        assertEquals("sv", account.getString("uiLanguage"));
        assertEquals(5, account.getInt("deactivateDaysAfterEnd"));
        assertEquals(2, account.getInt("reactivateDaysBeforeStart"));
    }

    @Test
    void theOutboxShowsRecipientSubjectAndState_neverABodyOrToken() {
        String userId = Scenario.unique("mailed");
        String address = userId + "@example.test";
        Api.post(Api.V1 + "/companies/" + company.id() + "/users", company.firstUserToken(),
                Api.object("userId", userId, "email", address)).expect(201);
        Api.post(Api.V1 + "/users/" + userId + "/idp/verify", company.firstUserToken(), null).expect(200);
        JsonObject whole = Api.get(Api.V1 + "/companies/" + company.id() + "/outbox?size=500", Scenario.support())
                .expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> address.equals(m.getString("to"))).findFirst().orElseThrow();
        String token = whole.getString("token");

        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navOutbox");
        assertEquals("/admin/outbox.xhtml", browser.path());
        String mails = browser.text("mails");
        assertTrue(mails.contains(address) && mails.contains(whole.getString("subject")) && mails.contains("Verification"),
                mails);
        String source = browser.source();
        assertFalse(source.contains(token), "the token is never on the page");
        assertFalse(source.contains("/idp/verifications/"), "nor the link of the body");
        browser.screenshot("outbox");
        browser.assertAxeClean("outbox");
    }

    @Test
    void aPlainMemberIsRefusedEveryCompanyPage() {
        Scenario.Person plain = Scenario.member(company.firstUserToken(), company.id());
        browser.login(plain.userId(), Scenario.PASSWORD);
        for (String nav : List.of("navSettings", "navTemplates", "navOutbox")) {
            assertFalse(browser.has(nav), nav + " is not offered");
        }
        for (String page : List.of("/settings.xhtml", "/templates.xhtml", "/outbox.xhtml")) {
            browser.open(page);
            assertTrue(browser.messages().contains("Refused by rule D2"), page + ": " + browser.messages());
            assertFalse(browser.has("tolerance") || browser.has("template") || browser.has("mails"), page);
        }
        browser.screenshot("settings-refused");
    }
}
