package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cyberarms.advisor.HeadlessChromium;
import org.cyberarms.advisor.live.EditedPack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Live files in a real browser: the workbench watches a temporary copy of the bundled pack, the page is open
 * in headless Chromium, and the test saves the pack's files on disk as an editor does. The page shows what an
 * edit changed, shows where a broken rule file is broken (file and line) while keeping the analyst's what-if,
 * and recovers when the file is fixed. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Without Chromium the test fails when {@code CI} is set, and is skipped only on a developer's machine.
 */
@Tag("browser")
class LiveFilesBrowserTest {

    /** Generous: a rule file is rebuilt on a machine shared with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ChromeDriver browser;

    @TempDir
    Path tmp;

    private EditedPack pack;
    private LiveWorkbench served;

    @BeforeAll
    static void openChromium() throws IOException {
        HeadlessChromium.require();
        browser = HeadlessChromium.open();
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void serveACopyOfTheBundledPackAndOpenThePage() throws Exception {
        pack = EditedPack.copyInto(tmp);
        served = LiveWorkbench.serving(pack, "test");
        browser.get(served.workbench().pageAddress().toString());
        waitUntilReady();
    }

    @AfterEach
    void stop() throws Exception {
        browser.get("about:blank"); // the page's event stream ends before the server does
        served.close();
    }

    @Test
    void anEditOfElementsYamlOnDiskShowsOnThePageWithWhatItChanged() throws IOException {
        assertThat(level("E16")).isEqualTo("likely");

        pack.raiseE16Attribution();

        WebElement files = browser.findElement(By.id("live"));
        waitFor(() -> files.getText().contains("E16 likely → feasible"));
        assertThat(files.getText()).contains("The files changed: 1 element changes level: E16 likely → feasible.",
                "E16 Confidence-building measures and information exchange: likely → feasible, because Attribution"
                        + " changed weak → partial.",
                "knowledge/elements.yaml: changed");
        waitFor(() -> level("E16").equals("feasible"));
        assertThat(consoleErrors()).isEmpty();
        screenshot("workbench-live-edit.png");
    }

    @Test
    void aBrokenRuleFileShowsItsErrorAtFileAndLineKeepsTheWhatIfAndTheFixRecovers() throws IOException {
        choose("status-E03-attribution", "weak");
        choose("status-E03-verification", "weak");
        waitFor(() -> level("E03").startsWith("possible"));
        String good = EditedPack.read(pack.constraints());

        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");

        WebElement files = browser.findElement(By.id("live"));
        waitFor(() -> files.getText().contains("constraints.drl:72:5"));
        assertThat(files.getText()).startsWith("The files on disk have errors.")
                .contains(pack.constraints() + ":72:5: syntax error: unexpected `$l`");
        assertThat(level("E03")).as("the what-if is kept on the last good version").startsWith("possible");
        screenshot("workbench-live-broken-rule.png");

        EditedPack.saveByRename(pack.constraints(), good);

        waitFor(() -> !files.getText().contains("constraints.drl:72:5"));
        assertThat(files.getText()).doesNotContain("errors");
        waitUntilReady();
        assertThat(level("E03")).as("the what-if is still kept").startsWith("possible");
        assertThat(browser.findElement(By.id("status-E03-verification")).getAttribute("value")).isEqualTo("weak");
        assertThat(browser.findElement(By.id("whatif-banner")).getText())
                .contains("E03 Attribution status: none -> weak", "E03 Verification status: none -> weak");
        assertThat(consoleErrors()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Picks a value as a mouse user does: a click on the option of the native list. */
    private static void choose(String selectId, String value) {
        browser.findElement(By.id(selectId)).findElement(By.cssSelector("option[value='" + value + "']")).click();
        waitUntilReady();
    }

    private static String level(String elementId) {
        return browser.findElement(By.cssSelector("#heatmap tr[data-element=" + elementId + "] td.level-cell"))
                .getText().replace('\n', ' ');
    }

    private static void waitUntilReady() {
        HeadlessChromium.waitUntilReady(browser, PATIENCE);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        HeadlessChromium.waitFor(browser, PATIENCE, condition);
    }

    private static List<String> consoleErrors() {
        return HeadlessChromium.consoleErrors(browser);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(HeadlessChromium.SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
