package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.rolegate.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, on the test server's admin pages. Debian's Chromium and
 * ChromeDriver are named explicitly (no Selenium Manager, no download); the browser gets a HOME and a
 * profile of its own under target/. Helpers: open a page, fill and press, read messages, save a
 * screenshot, run axe-core, and read what the browser logged (a Content-Security-Policy violation
 * among it fails the test that asks).
 */
final class Browser implements AutoCloseable {
    static final String BASE = Api.BASE_URL;
    static final String PAGES = BASE + "/admin";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("rolegate.it.screenshots", "target/screenshots"));
    private static final Path A11Y = Path.of(System.getProperty("rolegate.it.a11y", "target/a11y"));
    private static final Path HOME = Path.of(System.getProperty("rolegate.it.browserHome", "target/browser-home"));
    private static String axeSource;

    final ChromeDriver driver;
    private final List<LogEntry> log = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium; fails (never skips) with the command that installs it when it is missing. */
    static Browser start() {
        Path chromium = Path.of(System.getProperty("rolegate.it.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("rolegate.it.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The page tests need Chromium and its ChromeDriver at " + chromium + " and " + chromedriver
                    + ": install them with 'apt-get install -y chromium chromium-driver' (.ci/run does).");
        }
        try {
            Files.createDirectories(HOME);
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory(HOME, "profile-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("HOME", HOME.toAbsolutePath().toString()))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=en-US",
                    "--user-data-dir=" + profile.toAbsolutePath());
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads().toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().window().setSize(new Dimension(1280, 800));
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path downloads() {
        return HOME.resolve("downloads");
    }

    @Override
    public void close() {
        driver.quit();
    }

    // ---------------------------------------------------------------- navigation

    /** Opens a page of the admin pages by its path, e.g. {@code /register.xhtml?q=x}. */
    Browser open(String path) {
        driver.get(PAGES + path);
        return this;
    }

    /** Opens any URL of the server, e.g. {@code /}. */
    Browser openServer(String path) {
        driver.get(BASE + path);
        return this;
    }

    /**
     * Whether the element's document was replaced by another (Chromium answers for a node of a replaced
     * document either "stale" or "does not belong to the document").
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException x) {
            return true;
        } catch (org.openqa.selenium.WebDriverException x) {
            if (x.getMessage() != null && x.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw x;
        }
    }

    /** Forgets the login: a new browser session for the next test. */
    void reset() {
        driver.manage().deleteAllCookies();
        drainLog();
    }

    /** Logs in through the login page; asserts that the register (or the page asked for) shows. */
    Browser login(String userId, String password) {
        open("/login.xhtml");
        type("login:userId", userId);
        type("login:password", password);
        click("login:submit");
        assertTrue(!path().endsWith("/login.xhtml"), () -> "still on the login page: " + body());
        return this;
    }

    void logout() {
        click("logout:logout");
    }

    /** Presses Enter in a field of a form, which submits it, and waits for the page that follows. */
    Browser enter(WebElement field, CharSequence... keys) {
        WebElement before = driver.findElement(By.tagName("html"));
        field.sendKeys(keys);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(before));
        return this;
    }

    String path() {
        String url = driver.getCurrentUrl();
        String p = url.substring(url.indexOf("/", url.indexOf("//") + 2));
        int q = p.indexOf('?');
        return q < 0 ? p : p.substring(0, q);
    }

    // ---------------------------------------------------------------- the page

    WebElement el(String id) {
        return find(By.id(id));
    }

    /**
     * The element, waiting a few seconds for it to be there: once in a while Chromium answered a lookup
     * right after a navigation from the document before (the element was missing, yet the page printed
     * at the failure held it). An element that never comes still fails, after the wait.
     */
    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(by));
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    Browser type(String id, String text) {
        WebElement e = el(id);
        e.clear();
        if (text != null && !text.isEmpty()) {
            e.sendKeys(text);
        }
        return this;
    }

    /** Sets a date field (type=date) to yyyy-mm-dd, or clears it for null. */
    Browser date(String id, java.time.LocalDate d) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", el(id),
                d == null ? "" : d.toString());
        return this;
    }

    Browser select(String id, String value) {
        new Select(el(id)).selectByValue(value);
        return this;
    }

    Browser check(String id, boolean on) {
        WebElement e = el(id);
        if (e.isSelected() != on) {
            e.click();
        }
        return this;
    }

    /** Clicks a link or a submit button by id and waits for the page it leads to. */
    Browser click(String id) {
        return press(el(id));
    }

    /** Clicks an element that leads to another page (a link, a submit button) and waits until that page is there. */
    Browser press(WebElement e) {
        WebElement before = driver.findElement(By.tagName("html"));
        e.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(before));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    String text(String id) {
        return read(() -> el(id).getText());
    }

    String heading() {
        return read(() -> driver.findElement(By.tagName("h1")).getText());
    }

    /** The page's messages (all of them, global and next to fields), one per line. */
    String messages() {
        return read(() -> driver.findElements(By.cssSelector(".messages li, .messages .message, .field-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).collect(Collectors.joining("\n")));
    }

    /** The message next to a field (its h:message), by the field's client id. */
    String fieldMessage(String clientId) {
        return read(() -> el(clientId + "Message").getText());
    }

    String body() {
        return read(() -> driver.findElement(By.tagName("body")).getText());
    }

    /**
     * Reads from the page, once more if the browser was still replacing the document (a redirect's
     * last step): the element found belonged to the page before.
     */
    private String read(java.util.function.Supplier<String> reading) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reading.get();
            } catch (org.openqa.selenium.WebDriverException e) {
                boolean replaced = e instanceof org.openqa.selenium.StaleElementReferenceException
                        || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
                if (attempt == 3 || !replaced) {
                    throw e;
                }
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                        ((JavascriptExecutor) d).executeScript("return document.readyState;")));
            }
        }
    }

    String source() {
        return driver.getPageSource();
    }

    /** Asserts that no script ran a dialog (alert, confirm, prompt) on this page. */
    void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            fail("a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // what we want
        }
    }

    /** The session cookie's value. */
    String sessionId() {
        Cookie c = driver.manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * The elements that stick out of the window to the right (a horizontal scroll bar on the whole page);
     * content of a scrolling region (.table-wrap) does not count: it scrolls by itself.
     */
    List<String> overflowing() {
        Object r = ((JavascriptExecutor) driver).executeScript("var out = [];"
                + "var d = document.documentElement;"
                + "if (d.scrollWidth <= d.clientWidth) return out;"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  if (e.closest('.table-wrap') && !e.classList.contains('table-wrap')) return;"
                + "  if (e.getBoundingClientRect().right > d.clientWidth + 1) out.push(e.tagName.toLowerCase()"
                + "    + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));"
                + "});"
                + "return out.length ? out : ['the page is ' + d.scrollWidth + ' wide in ' + d.clientWidth];");
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) r;
        return list;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    // ---------------------------------------------------------------- evidence

    /** Saves a screenshot as target/screenshots/NAME.png. */
    Browser screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page; writes its violations to
     * target/a11y/NAME.json and fails on any of impact serious or critical.
     */
    Browser assertAccessible(String name) {
        return assertAccessible(name, Set.of("serious", "critical"));
    }

    /**
     * Runs axe-core as {@link #assertAccessible(String)} does, and fails on any violation, whatever its impact
     * (minor and moderate too): the bar of the pages added for SPEC 5.2-5.4.
     */
    Browser assertAxeClean(String name) {
        return assertAccessible(name, null);
    }

    private Browser assertAccessible(String name, Set<String> failingImpacts) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axe());
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            fail("axe-core failed on " + name + ": " + json);
        }
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        try {
            Files.createDirectories(A11Y);
            Files.writeString(A11Y.resolve(name + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> serious = new ArrayList<>();
        for (JsonValue v : violations) {
            JsonObject o = v.asJsonObject();
            String impact = o.getString("impact", "");
            if (failingImpacts == null || failingImpacts.contains(impact)) {
                StringBuilder where = new StringBuilder();
                for (JsonValue n : o.getJsonArray("nodes")) {
                    where.append("\n    ").append(n.asJsonObject().getJsonArray("target"))
                            .append(": ").append(n.asJsonObject().getString("failureSummary", "").replace('\n', ' '));
                }
                serious.add(impact + " " + o.getString("id") + " (" + o.getString("help") + ")" + where);
            }
        }
        assertTrue(serious.isEmpty(), () -> "accessibility violations on " + name + ":\n" + String.join("\n", serious));
        return this;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** What the browser logged since the last call. */
    List<LogEntry> drainLog() {
        driver.manage().logs().get(LogType.BROWSER).forEach(log::add);
        List<LogEntry> copy = List.copyOf(log);
        log.clear();
        return copy;
    }

    /** Asserts that the browser refused nothing for the Content-Security-Policy (no inline script or style). */
    void assertNoCspViolation() {
        List<String> violations = drainLog().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertEquals(List.of(), violations, "the browser refused something for the Content-Security-Policy");
    }

    /** Asserts that the page holds no inline script and no inline event handler. */
    void assertNoInlineScript() {
        Object found = js("var bad = [];"
                + "document.querySelectorAll('script').forEach(function (s) { if (!s.src) bad.push('inline script'); });"
                + "document.querySelectorAll('*').forEach(function (e) { for (var i = 0; i < e.attributes.length; i++) {"
                + "  var n = e.attributes[i].name; if (n.indexOf('on') === 0) bad.push(e.tagName + '[' + n + ']'); } });"
                + "return bad;");
        assertEquals(List.of(), found, "inline script on " + path());
    }

    static Set<String> ids(List<WebElement> elements) {
        return elements.stream().map(e -> e.getAttribute("id")).collect(Collectors.toSet());
    }
}
