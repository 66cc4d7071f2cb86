package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A user's page and its dialogs, over the same services as the API: creating a user (bad input named
 * at its field), the General tab editable where the policy allows and locked with the rule elsewhere,
 * concurrent edits refused with a message, the grant dialog (only what may be granted, the rest with
 * rule and reason; a refusal at submit shown with its rule), copying rights (D5), the main user (D8),
 * removal with D9's confirmation, and the two calls over all companies (D9, D12) with their preview.
 */
class UserPageIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    /** Payroll and CRM enabled; its first user is main user with USER_ADMIN. */
    private static Scenario.CompanyRef company;
    /** USER_ADMIN of the company, not its main user. */
    private static String admin;

    @BeforeAll
    static void start() {
        company = Scenario.company();
        admin = Scenario.user(company.firstUserToken(), company.id());
        Scenario.grant(company.firstUserToken(), company.id(), admin, "USER_ADMIN");
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

    private static Set<String> roles() {
        return browser.driver.findElements(By.cssSelector("#roleTable tbody th")).stream()
                .map(e -> e.getAttribute("data-role")).collect(Collectors.toSet());
    }

    private static String token(String userId) {
        return Scenario.login(userId);
    }

    @Test
    void creatingAUserNamesABadFieldAndThenCreates() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("newUser");
        assertEquals("/admin/new-user.xhtml", browser.path());
        String userId = Scenario.unique("created");
        browser.type("user:userId", userId).type("user:password", "created-Passw0rd").type("user:firstName", "Cecilia")
                .type("user:lastName", "Created").type("user:email", "someone@localhost").select("user:accountingProfile",
                "SEARCH");
        browser.click("user:create");
        assertEquals("/admin/new-user.xhtml", browser.path(), "nothing created");
        assertEquals("email is not an e-mail address", browser.fieldMessage("user:email"));
        assertEquals("true", browser.el("user:email").getAttribute("aria-invalid"));
        assertEquals("Cecilia", browser.el("user:firstName").getAttribute("value"), "what was typed stays");
        browser.screenshot("new-user-invalid");
        browser.assertAccessible("new-user-invalid");
        Api.get(Api.V1 + "/users/" + userId, company.firstUserToken()).expectProblem(404, "not-found");

        browser.type("user:email", userId + "@example.test").type("user:password", "created-Passw0rd").click("user:create");
        assertEquals("/admin/user.xhtml", browser.path());
        assertTrue(browser.messages().contains(userId + " was created in " + company.name()), browser.messages());
        assertEquals(userId, browser.text("shownUserId"));
        assertEquals("SEARCH", Scenario.membership(company.firstUserToken(), company.id(), userId)
                .getString("accountingProfile"));
        browser.screenshot("user-created");
    }

    @Test
    void theGeneralTabOffersWhatThePolicyAllowsAndSaysWhyNotTheRest() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        assertNull(browser.el("general:firstName").getAttribute("readonly"), "the creator edits personal data (D10)");
        assertFalse(browser.el("general:uiLanguage").isEnabled(), "the language is the user's own");
        assertTrue(browser.body().contains("rule D10"), "the lock says its rule");
        browser.type("general:firstName", "Renamed").type("general:cardId", "CARD-" + userId).click("general:save");
        assertTrue(browser.messages().contains("The account of " + userId + " was saved."), browser.messages());
        assertTrue(browser.heading().startsWith("Renamed"), browser.heading());
        assertEquals("CARD-" + userId, Scenario.account(userId).getString("cardId"));
        browser.screenshot("user-general");
        browser.assertAccessible("user-general");
        browser.assertNoCspViolation();

        browser.reset();
        browser.login(admin, Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        assertEquals("true", browser.el("general:firstName").getAttribute("readonly"),
                "another administrator does not edit personal data");
        assertTrue(browser.body().contains("Personal data (firstName) is edited only by the user, or by the user who"
                + " created the account"), "and is told why");
        browser.screenshot("user-general-locked");
    }

    @Test
    void anEditThatCameSecondIsRefusedAndThePageShowsTheCurrentData() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=general&uid=" + userId);
        Api.patch(Api.V1 + "/users/" + userId, company.firstUserToken(), Api.object("lastName", "ChangedMeanwhile"))
                .expect(200);
        browser.type("general:firstName", "Mine").click("general:save");
        assertTrue(browser.messages().contains("someone else changed this in the meantime"), browser.messages());
        assertEquals("ChangedMeanwhile", browser.el("general:lastName").getAttribute("value"));
        assertEquals("Test", Scenario.account(userId).getString("firstName"), "nothing of the refused edit was saved");
        browser.screenshot("user-general-conflict");

        browser.open("/user.xhtml?tab=permissions&uid=" + userId);
        Api.put(Api.V1 + "/companies/" + company.id() + "/members/" + userId, company.firstUserToken(),
                Api.object("accountingProfile", "LEDGER")).expect(200);
        browser.select("membership:accountingProfile", "SEARCH").click("membership:save");
        assertTrue(browser.messages().contains("someone else changed this in the meantime"), browser.messages());
        assertEquals("LEDGER", browser.el("membership:accountingProfile").getAttribute("value"));
        assertEquals("LEDGER", Scenario.membership(company.firstUserToken(), company.id(), userId)
                .getString("accountingProfile"));
    }

    @Test
    void theGrantDialogOffersOnlyWhatMayBeGrantedAndSaysWhyNotTheRest() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        browser.login(admin, Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + userId);
        browser.click("grantRole");
        assertEquals("/admin/grant.xhtml", browser.path());
        Set<String> offered = browser.driver.findElements(By.cssSelector("input[name='grant:role']")).stream()
                .map(e -> e.getAttribute("value")).collect(Collectors.toSet());
        assertTrue(offered.contains("BOOKKEEPER") && offered.contains("SUPERVISOR"), offered.toString());
        assertFalse(offered.contains("USER_ADMIN") || offered.contains("FIRM_MAIN_USER"), offered.toString());
        WebElement userAdmin = browser.driver.findElement(By.cssSelector("#notOffered tr[data-role='USER_ADMIN']"));
        assertTrue(userAdmin.findElement(By.className("rule")).getText().startsWith("D3"), userAdmin.getText());
        assertFalse(userAdmin.findElement(By.className("reason")).getText().isBlank(), "the reason is given");
        browser.screenshot("grant-dialog");
        browser.assertAccessible("grant-dialog");

        browser.driver.findElement(By.cssSelector("input[name='grant:role'][value='BOOKKEEPER']")).click();
        browser.click("grant:submit");
        assertEquals("/admin/user.xhtml", browser.path());
        assertTrue(browser.messages().contains("Bookkeeper (KP) was granted to " + userId), browser.messages());
        assertEquals(Set.of("BOOKKEEPER"), roles());
        assertEquals(Set.of("BOOKKEEPER"), Scenario.roles(Scenario.membership(company.firstUserToken(), company.id(), userId)));
        browser.screenshot("user-permissions");
        browser.assertAccessible("user-permissions");

        browser.press(browser.driver.findElement(By.cssSelector("input[aria-label^='Revoke']")));
        assertTrue(browser.messages().contains("Bookkeeper (KP) was revoked from " + userId), browser.messages());
        assertEquals(Set.of(), roles());
    }

    @Test
    void aGrantTheServiceRefusesAtSubmitShowsItsRuleAndReason() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        String formerAdmin = Scenario.user(company.firstUserToken(), company.id());
        Scenario.grant(company.firstUserToken(), company.id(), formerAdmin, "USER_ADMIN");
        browser.login(formerAdmin, Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + userId);
        browser.click("grantRole");
        Scenario.revoke(company.firstUserToken(), company.id(), formerAdmin, "USER_ADMIN");
        browser.driver.findElement(By.cssSelector("input[name='grant:role'][value='BOOKKEEPER']")).click();
        browser.click("grant:submit");
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D2") && messages.contains("administers its users"), messages);
        assertEquals(Set.of(), Scenario.roles(Scenario.membership(company.firstUserToken(), company.id(), userId)));
        browser.screenshot("grant-refused");
    }

    @Test
    void copyingRightsGivesEveryRoleOfTheOtherMemberOrNothing() {
        String source = Scenario.user(company.firstUserToken(), company.id());
        Scenario.grant(company.firstUserToken(), company.id(), source, "BOOKKEEPER");
        Scenario.grant(company.firstUserToken(), company.id(), source, "SUPERVISOR");
        String target = Scenario.user(company.firstUserToken(), company.id());
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + target);
        browser.type("copy:fromUserId", source).click("copy:copyRights");
        assertTrue(browser.messages().contains("The rights of " + source + " were copied to " + target), browser.messages());
        assertEquals(Set.of("BOOKKEEPER", "SUPERVISOR"), roles());
        browser.screenshot("copy-rights");

        String other = Scenario.user(company.firstUserToken(), company.id());
        browser.reset();
        browser.login(admin, Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + other);
        browser.type("copy:fromUserId", company.firstUserId()).click("copy:copyRights");
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D3") && messages.contains("USER_ADMIN"), messages);
        assertEquals(Set.of(), Scenario.roles(Scenario.membership(company.firstUserToken(), company.id(), other)));
    }

    @Test
    void aUserAdministratorNamesTheMainUser() {
        Scenario.CompanyRef own = Scenario.company();
        String member = Scenario.user(own.firstUserToken(), own.id());
        browser.login(own.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + member);
        assertEquals("No", browser.text("isMainUser"));
        browser.click("mainUser:makeMainUser");
        assertTrue(browser.messages().contains(member + " is now the main user of " + own.name()), browser.messages());
        assertEquals("Yes", browser.text("isMainUser"));
        assertTrue(browser.has("alreadyMainUser"));
        JsonObject c = Scenario.companyView(own.firstUserToken(), own.id());
        assertEquals(Scenario.account(member).getJsonNumber("id").longValue(), c.getJsonNumber("mainUserId").longValue());
    }

    @Test
    void removingAMembershipInThePrimaryCompanyNeedsTheConfirmation() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + userId);
        browser.click("removeMembership");
        assertEquals("/admin/remove.xhtml", browser.path());
        assertTrue(browser.text("primaryWarning").contains("cannot log in to any company"), browser.text("primaryWarning"));
        browser.screenshot("remove-confirm");
        browser.assertAccessible("remove-confirm");
        browser.click("remove:submit");
        assertTrue(browser.fieldMessage("remove:confirmPrimary").contains("D9"), browser.messages());
        Scenario.membership(company.firstUserToken(), company.id(), userId);

        browser.check("remove:confirmPrimary", true).click("remove:submit");
        assertEquals("/admin/register.xhtml", browser.path());
        assertTrue(browser.messages().contains(userId + " was removed from " + company.name() + ", the primary company"),
                browser.messages());
        Api.get(Api.V1 + "/companies/" + company.id() + "/members/" + userId, company.firstUserToken())
                .expectProblem(404, "not-found");
    }

    @Test
    void theValidityForAllCompaniesShowsWhichCompaniesBeforeAndAfter() {
        List<Scenario.CompanyRef> both = Scenario.companiesOfOnePerson(2);
        Scenario.CompanyRef home = both.get(0);
        Scenario.CompanyRef other = both.get(1);
        String userId = Scenario.user(home.firstUserToken(), home.id());
        Scenario.authorise(home.firstUserToken(), other.id(), userId);
        browser.login(home.firstUserId(), Scenario.PASSWORD);
        browser.open("/user.xhtml?tab=permissions&uid=" + userId);
        browser.click("validityAll");
        assertEquals("/admin/all-companies.xhtml", browser.path());
        assertEquals("This concerns 2 companies:", browser.text("previewCount"));
        String preview = browser.text("previewCompanies");
        assertTrue(preview.contains(home.name()) && preview.contains(other.name()), preview);
        assertTrue(browser.has("primaryWarning"));
        browser.screenshot("validity-all-preview");
        LocalDate end = LocalDate.now().plusDays(30);
        browser.date("all:validTo", end).click("all:submit");
        assertTrue(browser.fieldMessage("all:confirmPrimary").contains("D9"), browser.messages());
        browser.date("all:validTo", end).check("all:confirmPrimary", true).click("all:submit");
        String messages = browser.messages();
        assertTrue(messages.contains("The validity of " + userId + " was updated in 2 companies")
                && messages.contains(home.name()) && messages.contains(other.name()), messages);
        for (Scenario.CompanyRef c : both) {
            assertEquals(end.toString(), Scenario.membership(home.firstUserToken(), c.id(), userId).getString("validTo"));
        }

        browser.click("removeAll");
        browser.check("all:confirmPrimary", true).click("all:submit");
        messages = browser.messages();
        assertTrue(messages.contains(userId + " was removed from 2 companies"), messages);
        Map<Long, JsonObject> left = Scenario.membershipsOf(userId);
        assertTrue(left.isEmpty(), left.toString());
    }
}
