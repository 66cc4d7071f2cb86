package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The pages against attacks: text a user typed is shown as text, never run (a user named
 * {@code <script>alert(1)</script>}); an administrator of one company learns nothing of another, however
 * the address, the switcher's value or a form's target is edited (the services decide on current data);
 * the dialogs open only from the pages' own links (protected views); a form without its view state
 * changes nothing (CSRF); and no page holds or needs inline script under the Content-Security-Policy.
 */
class SecurityPageIT {
    private static final String SCRIPT_NAME = "<script>alert(1)</script>";
    private static final String IMG_NAME = "<img src=x onerror=alert(2)>";
    /** The brief's address, which the input rules refuse (it holds spaces): the field says so. */
    private static final String BAD_EMAIL = "\"><img src=x onerror=alert(1)>";
    /** An address with markup that the input rules accept: it must show as text. */
    private static final String MARKUP_EMAIL = "\"><img/src=x/onerror=alert(3)>@example.test";

    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef mine;
    private static Scenario.CompanyRef theirs;
    private static String theirUser;

    @BeforeAll
    static void start() {
        mine = Scenario.company();
        theirs = Scenario.company();
        theirUser = Scenario.user(theirs.firstUserToken(), theirs.id());
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void login() {
        browser.reset();
        browser.login(mine.firstUserId(), Scenario.PASSWORD);
    }

    private static void assertNothingRan() {
        browser.assertNoAlert();
        assertTrue(browser.driver.findElements(By.cssSelector("img[src='x'], main script")).isEmpty(),
                "no markup of the user's text became an element");
    }

    @Test
    void markupInAUsersDataShowsAsTextAndNeverRuns() {
        String userId = Scenario.unique("markup");
        browser.open("/new-user.xhtml").type("user:userId", userId).type("user:firstName", SCRIPT_NAME)
                .type("user:lastName", IMG_NAME);
        browser.js("arguments[0].type = 'text';", browser.el("user:email")); // past the browser's own e-mail check
        browser.type("user:email", BAD_EMAIL).click("user:create");
        assertEquals("email is not an e-mail address", browser.fieldMessage("user:email"));
        assertEquals(BAD_EMAIL, browser.el("user:email").getAttribute("value"), "the refused value shows as typed");
        assertNothingRan();

        browser.js("arguments[0].type = 'text';", browser.el("user:email"));
        browser.type("user:email", MARKUP_EMAIL).click("user:create");
        assertEquals("/admin/user.xhtml", browser.path(), browser.messages());
        assertTrue(browser.heading().equals(SCRIPT_NAME + " " + IMG_NAME), browser.heading());
        assertNothingRan();
        browser.screenshot("xss-user-page");

        browser.open("/user.xhtml?tab=general&uid=" + userId);
        assertEquals(MARKUP_EMAIL, browser.el("general:email").getAttribute("value"));
        assertNothingRan();

        browser.open("/register.xhtml?q=" + Scenario.enc(userId));
        String row = browser.text("users");
        assertTrue(row.contains(SCRIPT_NAME) && row.contains(IMG_NAME) && row.contains(MARKUP_EMAIL), row);
        assertNothingRan();
        browser.screenshot("xss-register");

        browser.open("/register.xhtml?q=" + Scenario.enc("\"><script>alert(4)</script>"));
        assertEquals("\"><script>alert(4)</script>", browser.el("q").getAttribute("value"));
        assertNothingRan();

        browser.open("/audit.xhtml?target=" + userId);
        browser.driver.findElement(By.cssSelector("#events details summary")).click();
        assertTrue(browser.text("events").contains(SCRIPT_NAME), "the change as recorded, as text");
        assertNothingRan();
        browser.screenshot("xss-audit");
        browser.assertNoCspViolation();
    }

    @Test
    void anAdministratorOfOneCompanySeesNothingOfAnother() {
        browser.open("/user.xhtml?tab=permissions&uid=" + theirUser);
        assertEquals("Not found: there is nothing here that you may see.", browser.messages(), browser::body);
        assertFalse(browser.body().contains(theirs.name()) || browser.body().contains(theirUser + "@"), browser.body());
        browser.screenshot("other-company-user");
        String unknown = Scenario.unique("nobody");
        browser.open("/user.xhtml?tab=permissions&uid=" + unknown);
        assertEquals("Not found: there is nothing here that you may see.", browser.messages(),
                "an unknown user reads the same");

        // The switcher's value edited to the other company's id.
        browser.open("/register.xhtml");
        browser.js("arguments[0].options[0].value = arguments[1];", browser.el("companyId"), Long.toString(theirs.id()));
        browser.click("switcher:switch");
        assertEquals("Not found: there is nothing here that you may see.", browser.messages());
        assertEquals(mine.name(), browser.text("currentCompany"));
        assertFalse(browser.body().contains(theirs.name()));

        // A form's target edited: the membership form of one's own user posted for theirs.
        String own = Scenario.user(mine.firstUserToken(), mine.id());
        browser.open("/user.xhtml?tab=permissions&uid=" + own);
        browser.js("arguments[0].action = arguments[0].action + '?uid=' + arguments[1];", browser.el("membership"), theirUser);
        browser.select("membership:accountingProfile", "ALL_RIGHTS").click("membership:save");
        assertEquals("Not found: there is nothing here that you may see.", browser.messages());
        Api.get(Api.V1 + "/companies/" + mine.id() + "/members/" + theirUser, mine.firstUserToken())
                .expectProblem(404, "not-found");

        // Copying rights from a user of the other company, by typing their id.
        browser.open("/user.xhtml?tab=permissions&uid=" + own);
        browser.type("copy:fromUserId", theirs.firstUserId()).click("copy:copyRights");
        assertEquals("Not found: there is nothing here that you may see.", browser.messages());

        // The own company's log records these attempts with the ids as typed, and nothing of the other company.
        browser.open("/audit.xhtml");
        assertFalse(browser.body().contains(theirs.name()) || browser.body().contains(theirUser + "@example.test"),
                browser.body());
    }

    @Test
    void theDialogsOpenOnlyFromThePagesOwnLinks() {
        String own = Scenario.user(mine.firstUserToken(), mine.id());
        for (String dialog : List.of("/admin/grant.xhtml?uid=", "/admin/remove.xhtml?uid=",
                "/admin/all-companies.xhtml?what=remove&uid=")) {
            Api.Response r = Http.get(dialog + own, browser.sessionId());
            assertEquals(403, r.status(), dialog + ": " + r.body());
            assertTrue(r.body().contains("opens only from a link within Rolegate"), r.body());
        }
        browser.open("/grant.xhtml?uid=" + own);
        browser.screenshot("protected-view");
        browser.open("/user.xhtml?tab=permissions&uid=" + own).click("grantRole");
        assertEquals("/admin/grant.xhtml", browser.path(), "from the page's link it opens");
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() {
        String own = Scenario.user(mine.firstUserToken(), mine.id());
        String form = "membership=membership&membership_SUBMIT=1&membership%3AaccountingProfile=ALL_RIGHTS"
                + "&membership%3Asave=Save&jakarta.faces.ViewState=" + Scenario.enc("forged-view-state-1");
        Api.Response r = Http.postForm("/admin/user.xhtml?uid=" + own + "&tab=permissions", browser.sessionId(), form);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("This form could not be accepted"), r.body());
        assertEquals("NONE", Scenario.membership(mine.firstUserToken(), mine.id(), own).getString("accountingProfile"));
        Http.get("/admin/register.xhtml", browser.sessionId()).expect(200); // the login itself is untouched
    }

    @Test
    void noPageHoldsOrNeedsInlineScript() {
        String own = Scenario.user(mine.firstUserToken(), mine.id());
        for (String page : List.of("/register.xhtml", "/user.xhtml?tab=general&uid=" + own,
                "/user.xhtml?tab=permissions&uid=" + own, "/audit.xhtml", "/new-user.xhtml", "/companies.xhtml",
                "/client.xhtml", "/opening.xhtml", "/employees.xhtml", "/employee.xhtml", "/cost-centres.xhtml",
                "/templates.xhtml", "/settings.xhtml", "/outbox.xhtml")) {
            browser.open(page);
            browser.assertNoInlineScript();
        }
        browser.open("/user.xhtml?tab=permissions&uid=" + own).click("grantRole");
        browser.assertNoInlineScript();
        browser.open("/register.xhtml").click("verifyAccounts");
        browser.assertNoInlineScript();
        browser.assertNoCspViolation();
    }
}
