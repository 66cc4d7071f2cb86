/**
 * End-to-end tests of the admin pages in a real browser (Debian's Chromium, headless, driven by
 * Selenium through /usr/bin/chromedriver) against the real EAR on the test server, in the failsafe
 * phase beside the HTTP tests. Each test leaves screenshots in target/screenshots and runs axe-core on
 * the pages it checks for accessibility (reports in target/a11y). Without Chromium the tests fail,
 * saying how to install it: they never skip.
 */
package app.rolegate.pages;
