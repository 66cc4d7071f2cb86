package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opening a client company (D13) from the pages: for an accounting firm with many main users the
 * opening runs in the background and a progress page follows it until it says what was made; every
 * firm main user is then in the client with the roles D13 gives. Who is no firm main user is refused,
 * with the rule.
 */
class ClientCompanyPageIT {
    /** Firm main users besides the firm's first user: enough that the opening takes a moment. */
    private static final int MORE_MAIN_USERS = 20;

    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef firm;

    @BeforeAll
    static void start() {
        firm = Scenario.company(true, true, null);
        for (int i = 0; i < MORE_MAIN_USERS; i++) {
            String userId = Scenario.userWithoutPassword(firm.firstUserToken(), firm.id());
            Api.post(Api.V1 + "/companies/" + firm.id() + "/members/" + userId + "/roles/copy", firm.firstUserToken(),
                    Api.object("fromUserId", firm.firstUserId())).expect(200);
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
    void newSession() {
        browser.reset();
    }

    @Test
    void aFirmMainUserOpensAClientAndFollowsItsProgress() {
        browser.login(firm.firstUserId(), Scenario.PASSWORD);
        browser.click("navClient");
        assertEquals("/admin/client.xhtml", browser.path());
        browser.screenshot("client-open");
        browser.assertAccessible("client-open");
        String name = Scenario.unique("Client");
        browser.type("client:name", name).check("client:payrollEnabled", true).select("client:openedUnder",
                Long.toString(firm.id())).click("client:open");
        assertEquals("/admin/opening.xhtml", browser.path());
        browser.screenshot("client-opening");
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("opened")).isEmpty());
        String done = browser.text("opened");
        assertTrue(done.contains(name + " was opened; " + (MORE_MAIN_USERS + 1) + " firm main user(s) were added"), done);
        browser.screenshot("client-opened");
        browser.assertAccessible("client-opened");

        browser.click("opening:switchToClient");
        assertEquals(name, browser.text("currentCompany"));
        browser.open("/register.xhtml?role=FIRM_MAIN_USER");
        assertEquals("Showing 1–" + (MORE_MAIN_USERS + 1) + " of " + (MORE_MAIN_USERS + 1), browser.text("count"));
        WebElement row = browser.driver.findElement(By.cssSelector("#users tbody tr"));
        Set<String> abbreviations = row.findElements(By.cssSelector("ul.roles abbr")).stream().map(WebElement::getText)
                .collect(Collectors.toSet());
        assertEquals(Set.of("TPK", "KH", "KP", "P"), abbreviations, "D13's roles, payroll calculator where payroll is on");
        browser.screenshot("client-register");
    }

    @Test
    void whoIsNoFirmMainUserIsRefusedWithTheRule() {
        Scenario.CompanyRef plain = Scenario.company();
        browser.login(plain.firstUserId(), Scenario.PASSWORD);
        assertFalse(browser.has("navClient"), "the navigation offers the opening to firm main users only");
        browser.open("/client.xhtml").type("client:name", Scenario.unique("NotMine")).click("client:open");
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("again")).isEmpty());
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule D13") && messages.contains("opens client companies"), messages);
        List<String> companies = browser.driver.findElements(By.cssSelector("#companyId option")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(plain.name()), companies, "no company was made");
        browser.screenshot("client-refused");
    }
}
