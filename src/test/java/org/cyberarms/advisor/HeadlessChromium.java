package org.cyberarms.advisor;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium and ChromeDriver (packages {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs) for the browser tests, and axe-core (installed by {@code .ci/run} into
 * {@code .ci/html-tools}) to check a page's accessibility in the state a test has brought it to.
 *
 * <p>Without them a test fails when {@code CI} is set, and is skipped (with the reason) only on a developer's
 * machine.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path AXE = Path.of(".ci/html-tools/node_modules/axe-core/axe.min.js");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final int LAPTOP_WIDTH = 1366;

    /** Selenium warns that it has no CDP bindings for this Chromium version; held so the logger keeps its level. */
    private static final java.util.logging.Logger CDP_VERSION_WARNINGS =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {}

    /** Fails in CI, skips elsewhere, when Chromium or its driver is missing. */
    public static void require() {
        requireFiles(List.of(CHROMIUM, CHROMEDRIVER), "The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get update && apt-get install -y chromium chromium-driver; .ci/run installs them).");
    }

    /** A headless Chromium as wide as a laptop screen, recording the page's console. */
    public static ChromeDriver open() throws IOException {
        CDP_VERSION_WARNINGS.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + LAPTOP_WIDTH + ",900",
                "--user-data-dir=" + Files.createTempDirectory("advisor-chromium-profile-").toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }

    /**
     * axe-core's violations (WCAG 2.x A and AA and best practices) on the page as it stands now, one line each:
     * rule, impact and the first elements concerned. Empty when the page passes.
     */
    public static List<String> axeViolations(ChromeDriver browser) {
        requireFiles(List.of(AXE), "The accessibility check needs axe-core in " + AXE
                + " (.ci/run installs it: cd .ci/html-tools && npm ci --ignore-scripts).");
        try {
            // Through the driver, not the page: the page's Content-Security-Policy allows no foreign script.
            browser.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                + "  v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "  + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))));");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    private static void requireFiles(List<Path> files, String missing) {
        if (files.stream().allMatch(Files::exists)) {
            return;
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(missing);
        }
        assumeTrue(false, missing + " Skipped because CI is not set; in CI this fails.");
    }

    /** What the page wrote to the browser's console at warning level or above, one entry a line. */
    public static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(org.openqa.selenium.logging.LogEntry::toString)
                .toList();
    }

    /** Waits until the workbench page has drawn its first answer (its body says {@code data-state="ready"}). */
    public static void waitUntilReady(org.openqa.selenium.WebDriver browser, java.time.Duration patience) {
        waitFor(browser, patience, () -> "ready".equals(
                browser.findElement(org.openqa.selenium.By.tagName("body")).getAttribute("data-state")));
    }

    /**
     * Waits up to {@code patience} until the condition holds on the page; an element not drawn yet, or replaced
     * while it was read, counts as "not yet". Fails showing the first 30 lines of what the page shows.
     */
    public static void waitFor(org.openqa.selenium.WebDriver browser, java.time.Duration patience,
            java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + patience.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the page did not get there within " + patience.toSeconds() + " s; it shows:\n"
                        + browser.findElement(org.openqa.selenium.By.tagName("body")).getText().lines().limit(30)
                                .collect(java.util.stream.Collectors.joining("\n")));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean holds(java.util.function.BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }
}
