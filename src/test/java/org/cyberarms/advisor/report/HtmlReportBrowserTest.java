package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.HeadlessChromium;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML report, what-if and explanation pages opened in a real browser: headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/run}) loads the generated files from disk, and the test
 * reads the page as a reader would see it. Screenshots and the printed PDF go to {@code target/screenshots/}.
 *
 * <p>Without Chromium the test fails when {@code CI} is set, and is skipped (with the reason) only on a
 * developer's machine without it.
 */
@Tag("browser")
class HtmlReportBrowserTest {

    static final Path PAGES = Path.of("target/browser-test");
    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    static final int LAPTOP_WIDTH = HeadlessChromium.LAPTOP_WIDTH;
    /** A4 (210 mm) less the 12 mm margins of the print stylesheet, in CSS pixels (96 per inch). */
    static final int A4_CONTENT_WIDTH_PX = (int) Math.floor((210 - 2 * 12) / 25.4 * 96);

    private static ChromeDriver browser;
    private static FeasibilityReport bundled;
    private static Path bundledPage;
    private static Path scriptInNamePage;
    private static Path whatIfPage;
    private static Path scriptInScenarioPage;
    private static Path explanationPage;
    private static Path cyberCapacityPage;

    @BeforeAll
    static void openChromium() throws Exception {
        HeadlessChromium.require();
        bundled = ReportFixtures.bundledReport();
        Files.createDirectories(PAGES);
        Files.createDirectories(SCREENSHOTS);
        bundledPage = write("report.html", bundled);
        scriptInNamePage = write("script-in-name.html",
                ReportFixtures.report(HtmlReportRendererTest.SCRIPT_IN_NAME));
        whatIfPage = write("whatif.html", Backend.of(Format.HTML).render(ComparisonDocument.of(
                ReportFixtures.bundledComparison(ReportGoldenFilesTest.WHATIF_SCENARIOS),
                new org.cyberarms.advisor.knowledge.KnowledgeLoader().load(ReportFixtures.BUNDLED_KNOWLEDGE).model())));
        scriptInScenarioPage = write("script-in-scenario.html", Backend.of(Format.HTML).render(
                ComparisonDocument.of(ComparisonDocumentTest.comparisonWithMarkupEverywhere())));
        explanationPage = write("explain-E03.html", ReportFixtures.explanationPage(
                ReportFixtures.BUNDLED_KNOWLEDGE, "E03", Optional.of(ReportGoldenFilesTest.EXPLAINED_RULE)));
        cyberCapacityPage = PAGES.resolve("cyber-capacity-report.html").toAbsolutePath();
        CommandRun written = CommandRun.of("report", "--pack", CYBER_CAPACITY_PACK, "--format", "html",
                "--out", cyberCapacityPage.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();

        browser = HeadlessChromium.open();
        // Before any page script could run: record alert/confirm/prompt instead of opening a dialog.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__dialogs = [];"
                        + "for (const f of ['alert', 'confirm', 'prompt']) {"
                        + "  window[f] = (m) => { window.__dialogs.push(f + ':' + m); };"
                        + "}"));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void bundledReportLoadsWithoutConsoleErrorsAndFitsALaptopScreen() throws IOException {
        open(bundledPage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(number("return window.innerWidth")).isEqualTo(LAPTOP_WIDTH);
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("page width at %d px (no horizontal scrolling)", LAPTOP_WIDTH)
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        screenshot("report.png");
        fullPageScreenshot("report-full.png");
    }

    /** The summary's heatmap: its second table, after the count of elements per level. */
    static final String HEATMAP = "#summary > table:nth-of-type(2)";

    @Test
    void heatmapShowsEveryElementWithItsLevelAndEveryDimension() {
        open(bundledPage);

        List<WebElement> rows = browser.findElements(By.cssSelector(HEATMAP + " tbody tr"));
        assertThat(rows).hasSize(16);
        for (int i = 0; i < rows.size(); i++) {
            FeasibilityReport.ElementSection element = bundled.elements().get(i);
            WebElement row = rows.get(i);
            assertThat(row.findElement(By.cssSelector("th")).getText()).isEqualTo(element.id());
            List<WebElement> cells = row.findElements(By.cssSelector("td"));
            assertThat(cells.get(cells.size() - 1).getText()).isEqualTo(element.level().orElseThrow().name());
            List<WebElement> statuses = cells.subList(1, cells.size() - 1);
            assertThat(statuses).hasSize(bundled.scales().dimensions().size());
            for (int d = 0; d < statuses.size(); d++) {
                FeasibilityReport.DimensionStanding standing = element.standings().get(d);
                WebElement cell = statuses.get(d);
                // The status, then how much the element relies on the dimension.
                assertThat(cell.getText()).as("%s %s", element.id(), d)
                        .startsWith(standing.status() + " / " + standing.reliance());
                assertThat(cell.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
                if (element.isHeldDownBy(standing.dimension())) {
                    assertThat(cell.getText()).as("%s %s says it blocks", element.id(), d).contains("— blocks");
                    assertThat(outlined(cell)).as("%s %s is outlined", element.id(), d).isTrue();
                } else if (!standing.needed()) {
                    assertThat(lightest(cell.getCssValue("background-color")))
                            .as("%s %s is muted, not dark: %s", element.id(), d, cell.getCssValue("background-color"))
                            .isGreaterThanOrEqualTo(230);
                    assertThat(outlined(cell)).isFalse();
                }
            }
        }
    }

    @Test
    void levelChartAndEveryElementsChartAreDrawn() throws IOException {
        open(bundledPage);

        WebElement levelChart = browser.findElement(By.cssSelector("#summary figure svg"));
        assertThat(levelChart.isDisplayed()).isTrue();
        assertThat(levelChart.getSize().getWidth()).isGreaterThan(200);
        assertThat(levelChart.findElements(By.tagName("rect"))).hasSize(bundled.summary().levels().size());
        List<WebElement> elementCharts = browser.findElements(By.cssSelector("section[id^='element-'] figure svg"));
        assertThat(elementCharts).hasSize(16).allSatisfy(chart -> {
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.getSize().getHeight()).isGreaterThan(40);
            assertThat(chart.findElements(By.tagName("rect"))).hasSize(bundled.scales().dimensions().size());
        });
        Files.write(SCREENSHOTS.resolve("element-E03.png"),
                browser.findElement(By.id("element-E03")).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void markupInAnElementNameShowsAsTextAndNeverRuns() throws IOException {
        open(scriptInNamePage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Feasibility of a binding international instrument on cyberweapons");
        assertThat(browser.findElement(By.cssSelector(HEATMAP + " tbody tr:first-child td")).getText())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(browser.findElement(By.cssSelector("#element-E01 h2")).getText())
                .startsWith("E01 <script>alert(1)</script>");
        assertThat(browser.findElement(By.cssSelector("#element-E01 h2 + p")).getText())
                .isEqualTo("<img src=x onerror=\"alert(2)\"> & 'quotes' \"double\" </td></tr></table>");
        assertThat(number("return document.querySelectorAll('script, img, iframe, object, embed').length"))
                .isZero();
        assertThat(browser.executeScript("return window.__dialogs")).asList().isEmpty();
        assertThat(browser.findElements(By.cssSelector(HEATMAP + " tbody tr"))).hasSize(16);
        screenshot("script-in-name.png");
    }

    @Test
    void printsOnA4WithNoTableWiderThanThePage() throws IOException {
        open(bundledPage);

        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0)); // height, width in cm
        a4.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        Files.write(SCREENSHOTS.resolve("report.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // Lay the page out as print does, in a viewport as wide as the A4 page's content box.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_CONTENT_WIDTH_PX,
                "height", 1100, "deviceScaleFactor", 1, "mobile", false));
        try {
            assertThat(browser.executeScript("return matchMedia('print').matches")).isEqualTo(true);
            assertThat(number("return Math.ceil(Math.max(...[...document.querySelectorAll('table, svg, figure')]"
                    + ".map(t => t.getBoundingClientRect().right)))"))
                    .as("right edge of the widest table or chart in print layout")
                    .isLessThanOrEqualTo(A4_CONTENT_WIDTH_PX);
            assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(A4_CONTENT_WIDTH_PX);
            screenshot("report-print.png");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void whatIfMatrixShowsEveryElementWithACellPerScenarioAndFitsALaptopScreen() throws IOException {
        open(whatIfPage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        int scenarios = ReportGoldenFilesTest.WHATIF_SCENARIOS.length;
        assertThat(browser.findElements(By.cssSelector("#matrix thead th"))).hasSize(2 + scenarios);
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tbody tr"));
        assertThat(rows).hasSize(16).allSatisfy(row -> {
            assertThat(row.findElements(By.cssSelector("th[scope=row]"))).hasSize(1);
            assertThat(row.findElements(By.cssSelector("td"))).hasSize(1 + scenarios);
        });
        WebElement rise = browser.findElement(By.cssSelector("#matrix td.changed"));
        assertThat(rise.getText()).startsWith("↑ ");
        assertThat(rise.getCssValue("outline-style")).as("a changed cell is marked beyond its colour").isNotEqualTo("none");
        assertThat(browser.findElements(By.cssSelector("section[id^=scenario-]"))).hasSize(scenarios);
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("page width at %d px (no horizontal scrolling)", LAPTOP_WIDTH)
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        screenshot("whatif.png");
        fullPageScreenshot("whatif-full.png");
    }

    @Test
    void markupInAScenarioOrElementNameShowsAsTextAndNeverRuns() throws IOException {
        open(scriptInScenarioPage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(browser.findElement(By.cssSelector("section#scenario-1 h2")).getText())
                .isEqualTo("Scenario <script>alert(1)</script>");
        assertThat(browser.findElement(By.cssSelector("#matrix tbody th")).getText())
                .isEqualTo("E01 <script>alert(1)</script>");
        assertThat(number("return document.querySelectorAll('script, img, iframe, object, embed').length"))
                .isZero();
        assertThat(browser.executeScript("return window.__dialogs")).asList().isEmpty();
        screenshot("script-in-scenario.png");
    }

    @Test
    void explanationShowsHowAndWhyNotAndFitsALaptopScreen() throws IOException {
        open(explanationPage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        WebElement how = browser.findElement(By.id("how"));
        assertThat(how.isDisplayed()).isTrue();
        assertThat(how.findElement(By.tagName("h2")).getText()).isEqualTo("How it came to be unlikely");
        assertThat(how.findElement(By.tagName("li")).getText()).startsWith("Attribution: reliance critical");
        WebElement whyNot = browser.findElement(By.id("why-not"));
        assertThat(whyNot.findElement(By.tagName("h2")).getText()).isEqualTo("Why not a higher level");
        assertThat(whyNot.findElements(By.tagName("h3"))).extracting(WebElement::getText)
                .containsExactly("Why not possible", "Why not likely", "Why not feasible");
        WebElement firstTable = whyNot.findElement(By.cssSelector("details table"));
        assertThat(firstTable.isDisplayed()).as("condition tables are folded until opened").isFalse();
        whyNot.findElement(By.cssSelector("details summary")).click();
        assertThat(firstTable.isDisplayed()).as("a click opens them, with no script").isTrue();
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("page width at %d px (no horizontal scrolling)", LAPTOP_WIDTH)
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        screenshot("explain-E03.png");
        fullPageScreenshot("explain-E03-full.png");
    }

    static final String CYBER_CAPACITY_PACK = "packs/cyber-capacity";

    /**
     * The second bundled pack's report, as the command line writes it: its own title, a heatmap with a row per
     * factor and a column per dimension (five, with no reliance after the status), and no console error.
     */
    @Test
    void cyberCapacityPackReportOpensWithItsTitleAndHeatmap() throws IOException {
        open(cyberCapacityPage);

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Cybersecurity capacity of a nation (illustrative)");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Cybersecurity capacity of a nation (illustrative)");
        List<WebElement> rows = browser.findElements(By.cssSelector(HEATMAP + " tbody tr"));
        assertThat(rows).hasSize(12);
        WebElement disclosure = rows.stream()
                .filter(row -> row.findElement(By.cssSelector("th")).getText().equals("responsible-disclosure"))
                .findFirst().orElseThrow();
        List<WebElement> cells = disclosure.findElements(By.cssSelector("td"));
        assertThat(cells).hasSize(1 + 5 + 1); // name, five dimensions, stage
        assertThat(cells.get(cells.size() - 1).getText()).isEqualTo("start-up");
        assertThat(cells.get(1).getText()).startsWith("absent").doesNotContain(" / ");
        assertThat(cells.get(1).getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("page width at %d px (no horizontal scrolling)", LAPTOP_WIDTH)
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        screenshot("cyber-capacity-report.png");
        fullPageScreenshot("cyber-capacity-report-full.png");
    }

    /** An outline or an inset ring drawn around the cell, beyond its colour. */
    private static boolean outlined(WebElement cell) {
        return !cell.getCssValue("outline-style").equals("none") || !cell.getCssValue("box-shadow").equals("none");
    }

    /** The darkest channel of an {@code rgb(a)} colour: 255 for white, 0 when any channel is black. */
    private static int lightest(String rgba) {
        return java.util.Arrays.stream(rgba.replaceAll("[^0-9,]", "").split(",")).limit(3)
                .mapToInt(Integer::parseInt).min().orElse(0);
    }

    private static Path write(String name, FeasibilityReport report) throws IOException {
        return write(name, HtmlReportRendererTest.html(report));
    }

    private static Path write(String name, String html) throws IOException {
        Path page = PAGES.resolve(name).toAbsolutePath();
        Files.writeString(page, html);
        return page;
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
        assertThat(browser.getCurrentUrl()).startsWith("file://");
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    private static long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void fullPageScreenshot(String name) throws IOException {
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
