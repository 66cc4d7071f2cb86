package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.it.Api;
import app.rolegate.it.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log page: the company's events, filtered (user ids without regard to case), refusals
 * included; the CSV download in the API's format, with the page's filters; and who may not read it
 * is told why (audit.read: AUDITOR or USER_ADMIN).
 */
class AuditPageIT {
    private static Browser browser;

    @RegisterExtension
    final OnFailure onFailure = new OnFailure(() -> browser);
    private static Scenario.CompanyRef company;
    private static String member;

    @BeforeAll
    static void start() {
        company = Scenario.company();
        member = Scenario.user(company.firstUserToken(), company.id());
        Scenario.grant(company.firstUserToken(), company.id(), member, "BOOKKEEPER");
        // A refusal to see in the log: the bookkeeper tries to grant a role (D2).
        Api.post(Api.V1 + "/companies/" + company.id() + "/members/" + company.firstUserId() + "/roles",
                Scenario.login(member), Api.object("role", "SUPERVISOR")).expectDenied("D2");
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

    private static List<String> actors() {
        return browser.driver.findElements(By.cssSelector("#events tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theLogShowsTheCompanysEventsFilteredAndRefusalsToo() {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.click("navAudit");
        assertEquals("/admin/audit.xhtml", browser.path());
        assertTrue(browser.text("count").startsWith("Showing 1–"), browser.text("count"));
        String table = browser.text("events");
        assertTrue(table.contains("role.grant") && table.contains("Denied") && table.contains("D2"), table);
        browser.screenshot("audit");
        browser.assertAccessible("audit");

        browser.type("actor", member.toUpperCase()).click("applyFilter");
        List<String> actors = actors();
        assertFalse(actors.isEmpty());
        assertEquals(Set.of(member), Set.copyOf(actors), "the actor filter matches without regard to case");
        browser.screenshot("audit-filtered");
    }

    @Test
    void theDownloadIsTheApisCsvForTheSameFilter() throws Exception {
        browser.login(company.firstUserId(), Scenario.PASSWORD);
        browser.open("/audit.xhtml?target=" + member);
        Path downloads = Browser.downloads();
        Files.createDirectories(downloads);
        Set<Path> before = list(downloads);
        browser.el("csv").click(); // a download: the page stays
        Path file = awaitNewFile(downloads, before);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        String api = Api.send("GET", Api.V1 + "/companies/" + company.id() + "/audit?target=" + member,
                company.firstUserToken(), null, Map.of("Accept", "text/csv")).expect(200).body();
        assertEquals(api, csv, "the same CSV as the API's");
        assertTrue(csv.startsWith("id,occurredAt,actorId,actor,action,outcome,companyId,targetType,targetId,rule,detail,"
                + "before,after,requestId\r\n"), csv);
        assertTrue(csv.lines().count() > 2, csv);
    }

    @Test
    void whoMayNotReadTheLogIsToldWhy() {
        browser.login(member, Scenario.PASSWORD);
        browser.open("/audit.xhtml");
        String messages = browser.messages();
        assertTrue(messages.contains("Refused by rule AUDIT") && messages.contains("needs AUDITOR or USER_ADMIN"), messages);
        assertFalse(browser.has("events"));
        browser.screenshot("audit-refused");
        assertEquals(403, Http.get("/admin/audit.csv", browser.sessionId()).status());
    }

    private static Set<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        }
    }

    /** Waits for the browser to finish a download (a .csv file that was not there before). */
    private static Path awaitNewFile(Path dir, Set<Path> before) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (Path p : list(dir)) {
                if (!before.contains(p) && p.toString().endsWith(".csv")) {
                    return p;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download arrived in " + dir);
    }
}
