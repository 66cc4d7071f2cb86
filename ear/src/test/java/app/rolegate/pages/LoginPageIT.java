package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Logging in and out of the admin pages (Jakarta Security form login over the API's accounts), the
 * session (a new id at login, gone at logout, and the account checked on every request), that nothing
 * but the login page and its stylesheet opens without a login, the headers every page carries, the two
 * ways in kept apart (a bearer token opens no page, a page session opens no API call), the language
 * of the account, and the login by keyboard alone.
 */
class LoginPageIT {
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

    @Test
    void theRootOfTheServerShowsTheLoginPage() {
        browser.openServer("/");
        assertEquals("/admin/login.xhtml", browser.path());
        assertEquals("Rolegate", browser.heading());
        assertTrue(browser.has("login:userId") && browser.has("login:password"));
        browser.screenshot("login");
        browser.assertNoInlineScript();
        browser.assertAccessible("login");
        browser.assertNoCspViolation();
    }

    @Test
    void nothingButTheLoginPageAndItsStylesheetOpensWithoutALogin() {
        for (String path : List.of("/admin/", "/admin/index.xhtml", "/admin/register.xhtml", "/admin/user.xhtml?uid=support",
                "/admin/grant.xhtml?uid=support", "/admin/audit.xhtml", "/admin/audit.csv", "/admin/companies.xhtml",
                "/admin/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "/admin/css/missing.css",
                "/admin/WEB-INF/web.xml", "/admin/error")) {
            Api.Response r = Http.get(path, null);
            assertTrue(Http.toLogin(r), () -> path + " answered " + r.status() + " " + r.headers().map() + " " + r.body());
        }
        Api.Response login = Http.get("/admin/login.xhtml", null).expect(200);
        assertTrue(login.contentType().startsWith("text/html"), login.contentType());
        Api.Response css = Http.get("/admin/css/rolegate.css", null).expect(200);
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadAlike() {
        browser.open("/login.xhtml").type("login:userId", company.firstUserId()).type("login:password", "wrong-Passw0rd")
                .click("login:submit");
        assertEquals("/admin/login.xhtml", browser.path());
        String wrongPassword = browser.messages();
        assertTrue(wrongPassword.contains("The user id or the password is wrong"), wrongPassword);
        browser.screenshot("login-failed");
        browser.open("/login.xhtml").type("login:userId", Scenario.unique("nobody")).type("login:password", "wrong-Passw0rd")
                .click("login:submit");
        assertEquals(wrongPassword, browser.messages());
    }

    @Test
    void theLoginGetsANewSessionIdAndTheLogoutEndsTheSession() {
        browser.open("/login.xhtml");
        String before = browser.sessionId();
        assertNotNull(before, "the login page has a session (its form's view state)");
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        String after = browser.sessionId();
        assertNotEquals(before, after, "session fixation: the id known before the login must not work after it");
        assertTrue(Http.toLogin(Http.get("/admin/register.xhtml", before)), "the old session id opens nothing");
        Http.get("/admin/register.xhtml", after).expect(200);

        browser.logout();
        assertEquals("/admin/login.xhtml", browser.path());
        assertTrue(browser.messages().contains("You have logged out"), browser.messages());
        assertTrue(Http.toLogin(Http.get("/admin/register.xhtml", after)), "the logged-out session opens nothing");
        browser.open("/register.xhtml");
        assertEquals("/admin/login.xhtml", browser.path());
    }

    @Test
    void aPageAskedForBeforeTheLoginOpensAfterIt() {
        browser.open("/audit.xhtml");
        assertEquals("/admin/login.xhtml", browser.path());
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        assertEquals("/admin/audit.xhtml", browser.path());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        for (String path : List.of("/admin/login.xhtml", "/admin/register.xhtml", "/admin/audit.xhtml",
                "/admin/user.xhtml?uid=" + company.firstUserId())) {
            Api.Response r = Http.get(path, browser.sessionId());
            String csp = r.header("Content-Security-Policy").orElse("");
            String scriptSrc = csp.replaceAll(".*script-src([^;]*).*", "$1");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("DENY", r.header("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.header("Cache-Control").orElse("").contains("no-store"), path + " " + r.headers().map());
        }
    }

    @Test
    void aBearerTokenOpensNoPageAndAPageSessionOpensNoApiCall() {
        assertTrue(Http.toLogin(Http.getWithBearer("/admin/register.xhtml", company.firstUserToken())));
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        Api.Response api = Api.send("GET", Api.V1 + "/me", null, null,
                java.util.Map.of("Cookie", "JSESSIONID=" + browser.sessionId()));
        api.expectProblem(401, "unauthorized");
        Api.get(Api.V1 + "/me", company.firstUserToken()).expect(200);
    }

    @Test
    void anAccountDeactivatedMeanwhileIsLoggedOutOnItsNextRequest() {
        String userId = Scenario.user(company.firstUserToken(), company.id());
        browser.login(userId, Scenario.PASSWORD);
        Api.patch(Api.V1 + "/users/" + userId, company.firstUserToken(), Api.object("active", false)).expect(200);
        browser.open("/register.xhtml");
        assertEquals("/admin/login.xhtml", browser.path());
        assertTrue(browser.messages().contains("Your login has ended"), browser.messages());
        browser.screenshot("login-ended");
    }

    @Test
    void anAccountWithSwedishAsItsLanguageGetsSwedishPages() {
        String userId = Scenario.createUser(company.firstUserToken(), company.id(), "uiLanguage", "sv-FI")
                .getJsonObject("user").getString("userId");
        Scenario.grant(company.firstUserToken(), company.id(), userId, "USER_ADMIN");
        browser.login(userId, Scenario.PASSWORD);
        assertTrue(browser.heading().startsWith("Användare"), browser.heading());
        assertTrue(browser.body().contains("Händelselogg"), "the navigation speaks Swedish");
        assertTrue(browser.text("currentCompany").equals(company.name()));
        browser.screenshot("register-swedish");
        browser.open("/user.xhtml?uid=" + userId + "&tab=permissions");
        assertEquals("Allmänt", browser.text("tabGeneral"));
        assertEquals("Behörigheter", browser.text("tabPermissions"));
        assertTrue(browser.body().contains("Användaradministratör (KH)"), "the role names are the seed's");
        assertTrue(browser.text("ownNote").contains("regel D1"), "one's own authorisation says why it is locked");
        browser.screenshot("user-permissions-swedish");
    }

    @Test
    void theLoginAndTheSkipLinkWorkByKeyboardAlone() {
        browser.open("/login.xhtml");
        WebElement first = browser.driver.switchTo().activeElement();
        first.sendKeys(Keys.TAB);
        WebElement userId = browser.driver.switchTo().activeElement();
        assertEquals("login:userId", userId.getAttribute("id"), "the first field is the first stop");
        userId.sendKeys(company.firstUserId(), Keys.TAB);
        browser.enter(browser.driver.switchTo().activeElement(), Scenario.PASSWORD, Keys.ENTER);
        assertEquals("/admin/register.xhtml", browser.path());

        browser.driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("skip", skip.getAttribute("class"), "the first stop of every page is the skip link");
        String outline = String.valueOf(browser.js("return getComputedStyle(arguments[0]).outlineStyle;", skip));
        assertNotEquals("none", outline, "the focus is visible");
        browser.screenshot("register-skip-link-focused");
        skip.sendKeys(Keys.ENTER); // a link within the page: no new page
        assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"), "the skip link leads to the content");
    }
}
