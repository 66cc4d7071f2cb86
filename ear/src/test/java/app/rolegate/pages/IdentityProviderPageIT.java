package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's General tab for SPEC 5.3 and 5.4, and "Verify accounts" on the register, over the same services
 * as the API: verify (in a verified domain at once, elsewhere by mail), reset password and remove the
 * identity-provider link, each refusal shown with its rule and reason (D1 on one's own account; D10 for
 * another address from an administrator who did not create the account; a reset without a verified link);
 * the employee link (D10 again for a record whose e-mail the account would take) and the employment-based
 * activation with bad input named; a plain member offered none of it; the bulk verification for the
 * register's filter after a confirmation that opens only from the register. axe-core finds nothing.
 */
class IdentityProviderPageIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef company;
    /** A verified domain of the company, added by platform support. */
    private static String domain;
    /** USER_ADMIN of the company who created none of the users below. */
    private static Scenario.Person otherAdmin;

    @BeforeAll
    static void start() {
        company = Scenario.company();
        domain = Scenario.unique("verified").replace('.', '-').toLowerCase(Locale.ROOT) + ".test";
        Api.put(Api.V1 + "/companies/" + company.id() + "/settings", Scenario.support(),
                Api.object("verifiedDomains", Json.createArrayBuilder().add(domain).build())).expect(200);
        otherAdmin = Scenario.memberWithRole(company, "USER_ADMIN");
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

    /** A user created by the company's first user, with this saved e-mail (null: none); its user id. */
    private static String user(String prefix, String emailDomain) {
        String userId = Scenario.unique(prefix);
        Api.post(Api.V1 + "/companies/" + company.id() + "/users", company.firstUserToken(), emailDomain == null
                ? Api.object("userId", userId, "firstName", "Ida", "lastName", "Link")
                : Api.object("userId", userId, "firstName", "Ida", "lastName", "Link", "email", userId + "@" + emailDomain))
                .expect(201);
        return userId;
    }

    /** The newest mail of this kind to this address in the company's outbox, as platform support reads it. */
    private static Optional<JsonObject> mailTo(String kind, String address) {
        return Api.get(Api.V1 + "/companies/" + company.id() + "/outbox?size=500", Scenario.support()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> kind.equals(m.getString("kind")) && address.equalsIgnoreCase(m.getString("to"))).findFirst();
    }

    private static String idpStatus(String userId) {
        return Scenario.account(userId).getString("idpStatus");
    }

    @Test
    void verifyResetAndRemove_fromTheGeneralTab() {
        String userId = user("idp", domain);
        String address = userId + "@" + domain;
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        browser.click("idp:reset");
        assertTrue(browser.messages().contains("Not done: " + userId + " has no verified identity-provider link"),
                browser.messages());
        assertTrue(mailTo("IDP_PASSWORD_RESET", address).isEmpty(), "no mail");

        browser.click("idp:verify");
        assertTrue(browser.messages().contains("The identity-provider link of " + userId + " is verified for " + address),
                browser.messages());
        assertEquals("VERIFIED", browser.el("idpState").getAttribute("data-state"));
        assertEquals("VERIFIED", idpStatus(userId));
        browser.screenshot("user-general-idp");
        browser.assertAxeClean("user-general-idp");

        browser.click("idp:reset");
        assertTrue(browser.messages().contains("A password reset e-mail was sent to " + address), browser.messages());
        assertTrue(mailTo("IDP_PASSWORD_RESET", address).isPresent());

        browser.click("idp:remove");
        assertTrue(browser.messages().contains("The identity-provider link of " + userId + " was removed."),
                browser.messages());
        assertEquals("NONE", browser.el("idpState").getAttribute("data-state"));
        assertEquals("NONE", idpStatus(userId));
    }

    @Test
    void anotherAddressIsTheCreatorsToGive_D10_andNobodyVerifiesTheirOwn_D1() {
        browser.login(otherAdmin.userId(), Scenario.PASSWORD);
        browser.click("navMe");
        browser.click("idp:verify");
        assertTrue(browser.messages().contains("Refused by rule D1"), browser.messages());
        assertEquals("NONE", idpStatus(otherAdmin.userId()));

        String userId = user("other", "example.test");
        String elsewhere = Scenario.unique("mine").toLowerCase(Locale.ROOT) + "@example.test";
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        browser.type("idp:address", elsewhere).click("idp:verify");
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D10") && messages.contains("saved e-mail"), messages);
        assertEquals("NONE", idpStatus(userId), "nothing was linked");
        assertTrue(mailTo("IDP_VERIFICATION", elsewhere).isEmpty(), "no mail to the address the administrator gave");
        browser.screenshot("user-general-idp-refused");

        browser.reset();
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        browser.type("idp:address", elsewhere).click("idp:verify");
        assertTrue(browser.messages().contains("A verification e-mail was sent to " + elsewhere), browser.messages());
        assertEquals("PENDING", idpStatus(userId));
        assertTrue(mailTo("IDP_VERIFICATION", elsewhere).isPresent(), "the creator may give another address");
    }

    @Test
    void theEmployeeLinkAndTheActivation_badInputNamedAtItsField() {
        String userId = user("linked", "example.test");
        String recordEmail = "record." + userId + "@example.test";
        JsonObject record = EmployeePagesIT.employee(company.firstUserToken(), company.id(), "Ida", "Link", recordEmail);
        long eid = record.getJsonNumber("id").longValue();
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        assertEquals("Not linked to an employee record.", browser.text("employeeLinkState"));
        browser.click("employeeLink:link");
        assertEquals("Choose the employee record to link.", browser.fieldMessage("employeeLink:employee"));
        browser.select("employeeLink:employee", Long.toString(eid)).click("employeeLink:link");
        assertTrue(browser.messages().contains(userId + " is now linked to the employee record " + record.getString("number")
                + " Ida Link; the account’s e-mail is " + recordEmail), browser.messages());
        assertEquals(record.getString("number") + " Ida Link", browser.text("linkedEmployee"));
        JsonObject account = Scenario.account(userId);
        assertEquals(eid, account.getJsonNumber("employeeId").longValue());
        assertEquals(recordEmail, account.getString("email"));

        browser.type("activation:deactivate", "-2").type("activation:reactivate", "1").click("activation:save");
        assertEquals("deactivateDaysAfterEnd must be 0-3650 days, or null for never",
                browser.fieldMessage("activation:deactivate"));
        assertTrue(Scenario.account(userId).isNull("deactivateDaysAfterEnd"), "nothing was saved");
        browser.type("activation:deactivate", "5").click("activation:save");
        assertTrue(browser.messages().contains("The employment-based activation of " + userId + " was saved."),
                browser.messages());
        account = Scenario.account(userId);
        assertEquals(5, account.getInt("deactivateDaysAfterEnd"));
        assertEquals(1, account.getInt("reactivateDaysBeforeStart"));
        assertEquals("5", browser.el("activation:deactivate").getAttribute("value"));
        browser.screenshot("user-general-employee");
        browser.assertAxeClean("user-general-employee");

        browser.click("employeeLink:unlink");
        assertTrue(browser.messages().contains("The link of " + userId + " to its employee record was removed"),
                browser.messages());
        assertTrue(Scenario.account(userId).isNull("employeeId"));
    }

    @Test
    void anAdministratorWhoDidNotCreateTheAccountGivesItNoOtherEmail_byLinkNorByTheRecord_D10() {
        String userId = user("notmine", "example.test");
        String recordEmail = "elsewhere." + userId + "@example.test";
        JsonObject record = EmployeePagesIT.employee(company.firstUserToken(), company.id(), "Ida", "Other", recordEmail);
        long eid = record.getJsonNumber("id").longValue();
        browser.login(otherAdmin.userId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        browser.select("employeeLink:employee", Long.toString(eid)).click("employeeLink:link");
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D10") && messages.contains("employee record's e-mail"), messages);
        JsonObject account = Scenario.account(userId);
        assertTrue(account.isNull("employeeId"), "not linked");
        assertEquals(userId + "@example.test", account.getString("email"), "the e-mail is the user's own still");

        // The creator links it; the other administrator then edits the record's e-mail, which the account would follow.
        Api.put(Api.V1 + "/users/" + userId + "/employee", company.firstUserToken(),
                Api.object("companyId", company.id(), "employeeId", eid)).expect(200);
        String mallory = "mallory." + userId + "@example.test";
        browser.open("/employee.xhtml?eid=" + eid);
        browser.type("employee:email", mallory).click("employee:save");
        messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D10") && messages.contains("e-mail is changed only by the user"),
                messages);
        assertEquals(recordEmail, Api.get(EmployeePagesIT.employees(company.id()) + "/" + eid, company.firstUserToken())
                .expect(200).json().getString("email"), "the record is unchanged");
        assertEquals(recordEmail, Scenario.account(userId).getString("email"), "and so is the account");
        browser.screenshot("employee-email-refused");
    }

    @Test
    void aPlainMemberIsOfferedNoneOfItOnTheirOwnAccount() {
        Scenario.Person plain = Scenario.member(company.firstUserToken(), company.id());
        browser.login(plain.userId(), Scenario.PASSWORD);
        browser.click("navMe");
        assertEquals("/admin/user.xhtml", browser.path());
        assertFalse(browser.has("idp") || browser.has("employeeLink") || browser.has("activation:save"), browser.body());
        assertEquals("true", browser.el("activation:deactivate").getAttribute("readonly"));
        assertTrue(browser.text("activationLocked").contains("rule D1"), browser.text("activationLocked"));
        assertFalse(browser.has("verifyAccounts") || browser.has("navEmployees"), "nor the register's tools");
        browser.assertAxeClean("user-general-own");
    }

    @Test
    void verifyAccountsUsesTheRegistersFilter_afterAConfirmation() {
        String prefix = Scenario.unique("bulk").toLowerCase(Locale.ROOT);
        for (String[] u : new String[][] {{".a", domain}, {".b", "example.test"}, {".c", null}}) {
            Api.post(Api.V1 + "/companies/" + company.id() + "/users", company.firstUserToken(), u[1] == null
                    ? Api.object("userId", prefix + u[0]) : Api.object("userId", prefix + u[0], "email",
                    prefix + u[0] + "@" + u[1])).expect(201);
        }
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/register.xhtml?q=" + Scenario.enc(prefix));
        Api.Response direct = Http.get("/admin/verify-accounts.xhtml?q=" + Scenario.enc(prefix), browser.sessionId());
        assertEquals(403, direct.status(), "the confirmation opens only from the register's link");
        browser.click("verifyAccounts");
        assertEquals("/admin/verify-accounts.xhtml", browser.path());
        assertEquals("3 users match the filter.", browser.text("matching"));
        assertTrue(browser.text("filterShown").contains(prefix), browser.text("filterShown"));
        browser.screenshot("verify-accounts");
        browser.assertAxeClean("verify-accounts");
        assertEquals("NONE", idpStatus(prefix + ".a"), "nothing happens before the confirmation");

        assertFalse(browser.el("busy").isDisplayed(), "the progress shows only once the form is sent");
        // Listeners run in order: this one, added after js/busy.js's, sees what the sent form shows.
        browser.js("document.getElementById('verify').addEventListener('submit', function () {"
                + " sessionStorage.setItem('busyShown', String(!document.getElementById('busy').hidden)); });");
        browser.click("verify:submit");
        assertEquals("/admin/register.xhtml", browser.path());
        assertEquals("true", browser.js("return sessionStorage.getItem('busyShown');"),
                "the long operation shows its progress while it runs");
        assertTrue(browser.messages().contains("Verify accounts: 1 verified at once, 1 verification e-mails sent,"
                + " 1 skipped."), browser.messages());
        assertEquals(prefix, browser.el("q").getAttribute("value"), "the register keeps its filter");
        assertEquals("VERIFIED", idpStatus(prefix + ".a"));
        assertEquals("PENDING", idpStatus(prefix + ".b"));
        assertEquals("NONE", idpStatus(prefix + ".c"));
    }
}
