package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import java.util.List;
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
 * The company switcher and the user register (SPEC 5.5): the current company in the footer, switching
 * among one's own companies, the filters (role, active, identity-provider status, free text) as a
 * bookmarkable address, paging, a bad filter named, and the page at 1280x800 and on a narrow window.
 */
class RegisterPageIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef first;
    private static Scenario.CompanyRef second;
    private static String bookkeeper;
    private static String inactive;
    private static final String PAGED = "paged" + Scenario.unique("x").substring(2);

    @BeforeAll
    static void start() {
        List<Scenario.CompanyRef> mine = Scenario.companiesOfOnePerson(2);
        first = mine.get(0);
        second = mine.get(1);
        bookkeeper = Scenario.user(first.firstUserToken(), first.id());
        Scenario.grant(first.firstUserToken(), first.id(), bookkeeper, "BOOKKEEPER");
        inactive = Scenario.user(first.firstUserToken(), first.id());
        Api.patch(Api.V1 + "/users/" + inactive, first.firstUserToken(), Api.object("active", false)).expect(200);
        for (int i = 0; i < 27; i++) {
            Scenario.createUser(first.firstUserToken(), first.id(), "userId", PAGED + "." + i, "password", null);
        }
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
        browser.login(first.firstUserId(), Scenario.PASSWORD);
    }

    private static Set<String> shownUsers() {
        return browser.driver.findElements(By.cssSelector("#users tbody th a")).stream().map(WebElement::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void theFooterNamesTheCurrentCompanyAndTheSwitcherChangesIt() {
        assertEquals(first.name(), browser.text("currentCompany"));
        assertTrue(browser.heading().contains(first.name()), browser.heading());
        browser.screenshot("register");
        browser.assertAccessible("register");

        browser.select("companyId", Long.toString(second.id())).click("switcher:switch");
        assertEquals(second.name(), browser.text("currentCompany"));
        assertTrue(browser.messages().contains("You now work in " + second.name()), browser.messages());
        assertTrue(browser.heading().contains(second.name()), browser.heading());
        assertFalse(shownUsers().contains(bookkeeper), "the register is the current company's");
        browser.screenshot("register-switched");

        browser.open("/companies.xhtml");
        browser.screenshot("companies");
        browser.assertAccessible("companies");
        browser.press(browser.driver.findElement(By.cssSelector("input[aria-label='Switch " + first.name() + "']")));
        assertEquals(first.name(), browser.text("currentCompany"));
    }

    /**
     * The navigation offers a company's administration as the policy decides it in that company (D2), also
     * in a company beyond the 50 the header's switcher lists: an accounting firm's people work in hundreds.
     */
    @Test
    void anAdministratorOfManyCompaniesIsOfferedTheAdministrationInTheLastOfThem() {
        List<Scenario.CompanyRef> many = Scenario.companiesOfOnePerson(53);
        Scenario.CompanyRef last = many.get(many.size() - 1);
        browser.reset();
        browser.login(last.firstUserId(), Scenario.PASSWORD);
        assertEquals(many.get(0).name(), browser.text("currentCompany"), "the primary company first");
        browser.open("/companies.xhtml?page=1");
        browser.press(browser.find(By.xpath("//tr[th[normalize-space()='" + last.name()
                + "']]//input[@type='submit']")));
        assertEquals(last.name(), browser.text("currentCompany"));
        assertTrue(browser.has("navEmployees") && browser.has("navSettings") && browser.has("verifyAccounts"),
                "the administration of the 53rd company is offered: " + browser.body());

        // And not to a member there who administers nothing.
        String plain = Scenario.user(last.firstUserToken(), last.id());
        browser.reset();
        browser.login(plain, Scenario.PASSWORD);
        assertEquals(last.name(), browser.text("currentCompany"));
        assertFalse(browser.has("navEmployees") || browser.has("navSettings") || browser.has("verifyAccounts"),
                browser.body());
    }

    @Test
    void theFiltersNarrowTheRegisterAndKeepTheirAddress() {
        browser.select("role", "BOOKKEEPER").click("applyFilter");
        assertEquals(Set.of(bookkeeper), shownUsers());
        assertTrue(browser.driver.getCurrentUrl().contains("role=BOOKKEEPER"), "a filtered list has an address");
        browser.screenshot("register-filtered-role");

        browser.open("/register.xhtml?active=false");
        assertEquals(Set.of(inactive), shownUsers());
        assertEquals("false", browser.el("active").getAttribute("value"), "the form shows the filter in use");

        browser.open("/register.xhtml?idp=VERIFIED");
        assertTrue(shownUsers().isEmpty());
        assertEquals("No user matches the filter.", browser.text("count"));

        browser.open("/register.xhtml?idp=NONE&q=" + Scenario.enc(bookkeeper.toUpperCase()));
        assertEquals(Set.of(bookkeeper), shownUsers(), "free text matches the user id without regard to case");
    }

    @Test
    void aLongRegisterComesAPageAtATime() {
        browser.type("q", PAGED).click("applyFilter");
        assertEquals("Showing 1–25 of 27", browser.text("count"));
        assertEquals(25, shownUsers().size());
        browser.click("next");
        assertEquals("Showing 26–27 of 27", browser.text("count"));
        assertEquals(2, shownUsers().size());
        assertEquals(PAGED, browser.el("q").getAttribute("value"), "the filter stays with the page");
        browser.click("previous");
        assertEquals("Showing 1–25 of 27", browser.text("count"));
    }

    @Test
    void aBadFilterIsNamedNextToItsField() {
        browser.open("/register.xhtml?idp=MAYBE");
        String message = browser.messages();
        assertTrue(message.contains("idpStatus must be one of NONE, PENDING, VERIFIED"), message);
    }

    @Test
    void theRegisterWorksOnANarrowWindow() {
        try {
            browser.resize(390, 844);
            browser.open("/register.xhtml");
            browser.screenshot("register-narrow");
            assertEquals(List.of(), browser.overflowing(), "the page fits a narrow window (wide tables scroll by themselves)");
            browser.open("/user.xhtml?uid=" + bookkeeper + "&tab=permissions");
            browser.screenshot("user-permissions-narrow");
            assertEquals(List.of(), browser.overflowing(), "the user's page fits a narrow window");
        } finally {
            browser.resize(1280, 800);
        }
    }
}
