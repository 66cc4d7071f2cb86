package app.rolegate.pages;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Leaves what the browser showed when a page test failed: a screenshot
 * (target/screenshots/FAILED-Class-method.png) and the page's address and text in the test's output.
 */
final class OnFailure implements TestWatcher {
    private final Supplier<Browser> browser;

    OnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser.get();
        if (b == null) {
            return;
        }
        try {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getTestMethod().map(m -> m.getName()).orElse("test");
            b.screenshot(name);
            System.out.println(name + " at " + b.driver.getCurrentUrl() + ":\n" + b.body());
        } catch (RuntimeException e) {
            System.out.println("no screenshot of the failure: " + e);
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        testFailed(context, cause);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        // nothing to show
    }
}
