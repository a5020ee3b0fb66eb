package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.HeadlessChromium;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The workbench page in a real browser against a real server: headless Chromium opens the address
 * {@code advisor serve} prints, on a copy of the bundled knowledge in a temporary folder (so a saved scenario
 * never lands in the repository), and the test works the page as an analyst would, mouse or keyboard.
 * Screenshots go to {@code target/screenshots/}; {@code workbench.png} is the one README shows
 * (docs/workbench-screenshot.png).
 *
 * <p>Without Chromium the test fails when {@code CI} is set, and is skipped only on a developer's machine.
 */
@Tag("browser")
class WorkbenchPageBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path temporary;

    private static Path knowledge;
    private static Workbench workbench;
    private static ChromeDriver browser;

    /**
     * What {@code /api/status} and {@code /api/events} say about the files on disk. A stand-in for live reload
     * (whose own browser tests edit real files): here the test decides what the server reports, to check how
     * the page shows it.
     */
    private static final String FILES_UNCHANGED = "{\"version\": 1, \"problems\": [], \"change\": null}";
    private static final AtomicReference<String> filesStatus = new AtomicReference<>(FILES_UNCHANGED);

    @BeforeAll
    static void startTheServerAndChromium() throws Exception {
        HeadlessChromium.require();
        knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, temporary.resolve("knowledge"));
        Loaded loaded = new Loaded(new KnowledgeLoader().load(knowledge), Fixtures.bundledRuleBase(), 1);
        workbench = Workbench.start(new Workbench.Settings(Workbench.LOOPBACK, 0, Inputs.fixed(loaded), knowledge,
                RunLimits.DEFAULT, "test")
                .withRoute("/api/status", (request, response, callback) -> {
                    Replies.send(response, callback, 200, Replies.JSON, filesStatus.get());
                    return true;
                })
                // One event per connection; the browser reconnects after 100 ms and gets the state then.
                .withRoute("/api/events", (request, response, callback) -> {
                    Replies.send(response, callback, 200, "text/event-stream",
                            "retry: 100\nevent: reload\ndata: " + filesStatus.get() + "\n\n");
                    return true;
                }));
        browser = HeadlessChromium.open();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    @BeforeEach
    void openThePage() {
        filesStatus.set(FILES_UNCHANGED);
        browser.get(workbench.pageAddress().toString());
        waitUntilReady();
        assertThat(cellsOf("E03")).isNotEmpty();
    }

    @Test
    void settingE03sAttributionAndVerificationToWeakMakesItPossibleAtOnce() throws IOException {
        assertThat(level("E03")).isEqualTo("unlikely");
        assertThat(browser.findElement(By.id("whatif-banner")).isDisplayed()).isFalse();

        choose("status-E03-attribution", "weak");
        choose("status-E03-verification", "weak");

        waitFor(() -> level("E03").startsWith("possible"));
        assertThat(level("E03")).isEqualTo("possible ↑ raised (was unlikely)");
        assertThat(browser.findElement(By.id("outcome")).getText())
                .isEqualTo("Under the what-if, 1 element changes level: E03 unlikely → possible.");
        WebElement banner = browser.findElement(By.id("whatif-banner"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).startsWith("WHAT-IF — not the assessment")
                .contains("E03 Attribution status: none -> weak", "E03 Verification status: none -> weak");
        WebElement attribution = cell("E03", "attribution");
        assertThat(attribution.getText()).contains("changed, was none");
        assertThat(attribution.getCssValue("outline-style")).as("a changed value is outlined").isEqualTo("dashed");
        WebElement card = browser.findElement(By.id("card-E03"));
        assertThat(card.findElement(By.tagName("h3")).getText()).contains("possible", "(was unlikely)");
        assertThat(card.getText()).contains("Held down by: Political endorsement (weak, critical: ceiling possible)",
                "To reach likely:", "Create an international attribution and fact-finding capacity (to reach likely)");
        assertThat(browser.findElement(By.id("levels-body")).getText()).contains("possible 3 (was 2)");
        assertThat(browser.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token");
        assertThat(consoleErrors()).isEmpty();
        assertThat(noHorizontalScrolling()).isTrue();
        // README's picture (docs/workbench-screenshot.png): the banner and the heatmap down to E05.
        browser.manage().window().setSize(new Dimension(HeadlessChromium.LAPTOP_WIDTH, 1180));
        try {
            screenshot("workbench.png");
        } finally {
            browser.manage().window().setSize(new Dimension(HeadlessChromium.LAPTOP_WIDTH, 900));
        }
    }

    @Test
    void aScenarioIsSavedIntoThePacksScenariosFolderNeverOverwrittenUnaskedAndLoadsBack() throws IOException {
        choose("status-E03-attribution", "weak");
        choose("status-E03-verification", "weak");
        waitFor(() -> level("E03").startsWith("possible"));
        Path saved = knowledge.resolve("scenarios/weak-attribution-e03.yaml");

        save("weak-attribution-e03", "E03 with weak attribution and verification");
        waitFor(() -> browser.findElement(By.id("save-status")).getText().startsWith("Saved"));
        assertThat(saved).exists();
        assertThat(Files.readString(saved)).contains("weak-attribution-e03", "E03", "attribution", "verification");

        byte[] first = Files.readAllBytes(saved);
        save("weak-attribution-e03", "A second title");
        WebElement question = browser.findElement(By.id("save-overwrite"));
        waitFor(question::isDisplayed);
        assertThat(question.getText()).contains("weak-attribution-e03 already exists", "Overwrite it?");
        assertThat(Files.readAllBytes(saved)).as("nothing is written before the analyst confirms").isEqualTo(first);
        browser.findElement(By.id("save-overwrite-yes")).click();
        waitFor(() -> browser.findElement(By.id("save-status")).getText().startsWith("Saved"));
        assertThat(Files.readString(saved)).contains("A second title");

        browser.findElement(By.id("reset")).click();
        waitFor(() -> level("E03").equals("unlikely"));
        assertThat(browser.findElement(By.id("whatif-banner")).isDisplayed()).isFalse();

        option("scenario-list", "weak-attribution-e03").click();
        browser.findElement(By.id("load-scenario")).click();
        waitFor(() -> level("E03").startsWith("possible"));
        assertThat(browser.findElement(By.id("status-E03-attribution")).getAttribute("value")).isEqualTo("weak");
        assertThat(browser.findElement(By.id("whatif-banner")).getText()).contains("Scenario: weak-attribution-e03");
        assertThat(consoleErrors()).as("only the browser's note of the refusal the page asked about")
                .allSatisfy(error -> assertThat(error).contains("/api/scenarios", "409 (Conflict)"));
    }

    @Test
    void comparingShowsTheBaselineAndTheWhatIfLevelOfEveryElementSideBySide() throws IOException {
        choose("status-E03-attribution", "weak");
        choose("status-E03-verification", "weak");
        waitFor(() -> level("E03").startsWith("possible"));

        browser.findElement(By.id("compare")).click();

        WebElement comparison = browser.findElement(By.id("comparison"));
        assertThat(comparison.isDisplayed()).isTrue();
        List<WebElement> rows = comparison.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(16);
        WebElement e03 = comparison.findElement(By.cssSelector("tr[data-element=E03]"));
        assertThat(e03.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly("General prohibition of use", "unlikely", "possible", "↑ raised");
        assertThat(e03.findElement(By.cssSelector("td.changed")).getCssValue("outline-style")).isEqualTo("dashed");
        assertThat(comparison.findElement(By.cssSelector("tr[data-element=E04]")).getText()).endsWith("same");
        assertThat(browser.findElement(By.id("compare")).getAttribute("aria-pressed")).isEqualTo("true");
        screenshot("workbench-compare.png", "#comparison");
    }

    @Test
    void choosingAnElementShowsItsPlainExplanationHowAndWhyNotAndItsRuleTrace() throws IOException {
        browser.findElement(By.cssSelector("button[data-explain=E03]")).click();

        waitFor(() -> !browser.findElements(By.id("explanation-summary")).isEmpty());
        WebElement explanation = browser.findElement(By.id("explanation"));
        assertThat(explanation.findElement(By.tagName("h2")).getText())
                .isEqualTo("Explanation: E03 General prohibition of use");
        assertThat(browser.findElement(By.id("explanation-summary")).getText()).isEqualTo("E03 is unlikely because "
                + "Attribution and Verification have status none and its reliance on both is critical; "
                + "to reach possible, both must be at least weak.");
        assertThat(browser.findElement(By.id("explanation-how")).getText())
                .contains("How it came to be unlikely", "Attribution: reliance critical, status none");
        assertThat(browser.findElement(By.id("explanation-why-not")).findElements(By.tagName("h4")))
                .extracting(WebElement::getText)
                .containsExactly("Why not possible", "Why not likely", "Why not feasible");
        WebElement trace = browser.findElement(By.cssSelector("#explanation-trace pre"));
        browser.findElement(By.cssSelector("#explanation-trace summary")).click();
        assertThat(trace.getText()).isNotBlank();
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus moved to the explanation").isNotEqualTo("heatmap");

        // The explanation follows the what-if: the smallest change it names can be tried at once.
        browser.findElement(By.cssSelector("#explanation-why-not button.try")).click();
        waitFor(() -> level("E03").startsWith("possible"));
        waitFor(() -> browser.findElement(By.id("explanation-summary")).getText().startsWith("E03 is possible"));
        assertThat(browser.findElement(By.id("explanation-heading")).getText()).endsWith("(under the what-if)");
        assertThat(consoleErrors()).isEmpty();
        screenshot("workbench-explanation.png", "#explanation");
    }

    @Test
    void keyboardAloneReachesACellAndChangesIt() {
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to the heatmap");
        assertThat(skip.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
        skip.sendKeys(Keys.ENTER);

        WebElement focused = browser.switchTo().activeElement();
        int presses = 0;
        while (!"status-E03-attribution".equals(focused.getAttribute("id")) && presses++ < 60) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getAttribute("id")).as("Tab reaches E03's attribution").isEqualTo("status-E03-attribution");
        assertThat(focused.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
        focused.sendKeys(Keys.ARROW_DOWN);
        waitFor(() -> cell("E03", "attribution").getText().contains("changed, was none"));
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the control keeps the focus while the page updates").isEqualTo("status-E03-attribution");
        // Its reliance, then Compliance's status and reliance, then Verification's status.
        for (int i = 0; i < 4; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement verification = browser.switchTo().activeElement();
        assertThat(verification.getAttribute("id")).isEqualTo("status-E03-verification");
        verification.sendKeys(Keys.ARROW_DOWN);
        waitFor(() -> level("E03").startsWith("possible"));
    }

    @Test
    void aBrokenFileShowsItsProblemsAtFileLineAndColumnKeepsTheWhatIfAndClearsWhenFixed() throws IOException {
        choose("status-E04-verification", "weak");
        waitFor(() -> level("E04").startsWith("possible"));

        filesStatus.set("{\"version\": 1, \"problems\": [{\"file\": \"knowledge/elements.yaml\", \"line\": 41,"
                + " \"column\": 24, \"message\": \"`wek` is not a status; did you mean `weak`?\"}], \"change\": null}");
        WebElement files = browser.findElement(By.id("live"));
        waitFor(() -> files.getText().contains("knowledge/elements.yaml:41:24"));
        assertThat(files.getText()).startsWith("The files on disk have errors.")
                .contains("knowledge/elements.yaml:41:24: `wek` is not a status; did you mean `weak`?");
        assertThat(files.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(files.isDisplayed()).isTrue();
        assertThat(level("E04")).as("the what-if is kept").startsWith("possible");
        assertThat(browser.findElement(By.id("whatif-banner")).getText()).contains("E04 Verification status: none -> weak");
        screenshot("workbench-broken-file.png");

        filesStatus.set("{\"version\": 2, \"problems\": [], \"change\": {\"summary\": \"One value changed:"
                + " E16's verification is now weak.\", \"lines\": [\"E16 Verification status: partial -> weak\"]}}");
        waitFor(() -> files.getText().contains("One value changed"));
        assertThat(files.getText()).doesNotContain("elements.yaml:41:24")
                .contains("The files changed: One value changed: E16's verification is now weak.",
                        "E16 Verification status: partial -> weak");
        waitUntilReady();
        assertThat(level("E04")).as("the what-if is still kept").startsWith("possible");
        assertThat(browser.findElement(By.id("status-E04-verification")).getAttribute("value")).isEqualTo("weak");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void everyStateOfThePagePassesAxeCoreWithNoViolations() {
        assertThat(HeadlessChromium.axeViolations(browser)).as("the page as it opens").isEmpty();

        choose("status-E03-attribution", "weak");
        choose("reliance-E04-attribution", "critical");
        waitFor(() -> cell("E04", "attribution").getText().contains("changed"));
        browser.findElement(By.id("compare")).click();
        browser.findElement(By.cssSelector("button[data-explain=E03]")).click();
        waitFor(() -> !browser.findElements(By.id("explanation-summary")).isEmpty());
        browser.findElement(By.cssSelector("#explanation-trace summary")).click();
        browser.findElement(By.id("open-save")).click();
        browser.findElement(By.id("save-submit")).click();

        assertThat(HeadlessChromium.axeViolations(browser))
                .as("with a what-if, the comparison, an explanation and the save form with a mistake").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void save(String name, String title) {
        if (!browser.findElement(By.id("save")).isDisplayed()) {
            browser.findElement(By.id("open-save")).click();
        }
        for (String[] field : new String[][] {{"save-name", name}, {"save-title", title},
                {"save-rationale", "A test of the workbench."}}) {
            WebElement input = browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        browser.findElement(By.id("save-submit")).click();
    }

    /** Picks a value as a mouse user does: a click on the option of the native list. */
    private static void choose(String selectId, String value) {
        option(selectId, value).click();
        waitUntilReady();
    }

    private static WebElement option(String selectId, String value) {
        return browser.findElement(By.id(selectId)).findElement(By.cssSelector("option[value='" + value + "']"));
    }

    private static String level(String elementId) {
        return browser.findElement(By.cssSelector("#heatmap tr[data-element=" + elementId + "] td.level-cell"))
                .getText().replace('\n', ' ');
    }

    private static List<WebElement> cellsOf(String elementId) {
        return browser.findElements(By.cssSelector("#heatmap tr[data-element=" + elementId + "] td.cell"));
    }

    private static WebElement cell(String elementId, String dimension) {
        return browser.findElement(By.cssSelector(
                "#heatmap tr[data-element=" + elementId + "] td.cell[data-dimension=" + dimension + "]"));
    }

    private static void waitUntilReady() {
        HeadlessChromium.waitUntilReady(browser, PATIENCE);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        HeadlessChromium.waitFor(browser, PATIENCE, condition);
    }

    /** False also while the page is replacing the element asked about (it redraws a part as a whole). */

    private static boolean noHorizontalScrolling() {
        JavascriptExecutor js = browser;
        return ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue()
                <= ((Number) js.executeScript("return window.innerWidth")).longValue();
    }

    private static List<String> consoleErrors() {
        return HeadlessChromium.consoleErrors(browser);
    }

    private static void screenshot(String name) throws IOException {
        screenshot(name, "body");
    }

    /** The window scrolled to the top of the element the selector finds. */
    private static void screenshot(String name, String selector) throws IOException {
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView()", selector);
        Files.write(HeadlessChromium.SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
