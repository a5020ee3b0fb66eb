package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.HeadlessChromium;
import org.cyberarms.advisor.live.EditedPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The workbench page speaks in the pack's own nouns (maturity-model.yaml {@code pack: words:}, which the page reads
 * from the report JSON) and speaks of reliance only for a pack with a reliance scale: in headless Chromium, on a
 * temporary copy of each bundled pack and of the test pack of reading rooms, wired as {@code advisor serve --pack}
 * wires it. The bundled pack's page reads word for word as it always has.
 *
 * <p>Without Chromium the test fails when {@code CI} is set, and is skipped only on a developer's machine.
 */
@Tag("browser")
class WorkbenchPackWordsBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A browser of its own for each pack's page. */
    private ChromeDriver browser;

    @TempDir
    Path tmp;

    private LiveWorkbench served;

    /** The page's own text as a pack's page shows it once loaded. */
    record PageText(String pack, String introduction, String hint, String caption, String column,
            String levelsHeading, String levelsCaption, String elementsHeading, String actionsHint) {
        @Override
        public String toString() {
            return pack;
        }
    }

    static Stream<PageText> eachPackWithThePageTextItShows() {
        return Stream.of(
                new PageText(".",
                        "Change any status or reliance in the heatmap: the levels, what holds each element down, what it"
                                + " would take, the recommendations and the practical actions follow at once.",
                        "Each cell: the status in the latest round, then how much the element relies on the dimension;"
                                + " pick another value to try it. Colours follow the status scale (darkest = lowest)."
                                + " A dimension that holds the element down says “blocks” and has a solid outline; a"
                                + " changed value has a dashed outline and says “changed”; a dimension the element does"
                                + " not need is grey. Choose an element's id for its explanation.",
                        "Status / reliance of every element on every dimension, and the level the rules conclude",
                        "Element", "Elements by level", "How many elements reach each level, highest level first",
                        "What holds each element down, and what it would take",
                        "For dimensions that hold several elements down."),
                new PageText("packs/cyber-capacity",
                        "Change any status in the heatmap: the levels, what holds each factor down, what it would"
                                + " take, the recommendations and the practical actions follow at once.",
                        "Each cell: the status in the latest round; pick another value to try it. Colours follow the"
                                + " status scale (darkest = lowest). A dimension that holds the factor down says"
                                + " “blocks” and has a solid outline; a changed value has a dashed outline and says"
                                + " “changed”; a dimension the factor does not need is grey. Choose a factor's id for"
                                + " its explanation.",
                        "Status of every factor on every dimension, and the level the rules conclude",
                        "Factor", "Factors by level", "How many factors reach each level, highest level first",
                        "What holds each factor down, and what it would take",
                        "For dimensions that hold several factors down."),
                new PageText("src/test/resources/packs/reading-rooms",
                        "Change any status in the heatmap: the levels, what holds each reading room down, what it"
                                + " would take, the recommendations and the practical actions follow at once.",
                        "Each cell: the status in the latest round; pick another value to try it. Colours follow the"
                                + " status scale (darkest = lowest). A resource that holds the reading room down says"
                                + " “blocks” and has a solid outline; a changed value has a dashed outline and says"
                                + " “changed”; a resource the reading room does not need is grey. Choose a reading"
                                + " room's id for its explanation.",
                        "Status of every reading room on every resource, and the level the rules conclude",
                        "Reading room", "Reading rooms by level",
                        "How many reading rooms reach each level, highest level first",
                        "What holds each reading room down, and what it would take",
                        "For resources that hold several reading rooms down."));
    }

    /** The browser first, so that the page's event stream ends before the server does. */
    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @ParameterizedTest(name = "advisor serve --pack {0}")
    @MethodSource("eachPackWithThePageTextItShows")
    void theHeadingsHintsAndCaptionsUseThePacksNounsAndSpeakOfRelianceOnlyForAPackWithIt(PageText expected)
            throws Exception {
        open(expected.pack());

        assertThat(text(By.tagName("header"))).contains(expected.introduction());
        assertThat(text(By.id("heatmap-hint"))).isEqualTo(expected.hint());
        assertThat(text(By.id("heatmap-caption"))).isEqualTo(expected.caption());
        assertThat(text(By.cssSelector("#heatmap-head th"))).isEqualTo(expected.column());
        assertThat(text(By.id("levels-heading"))).isEqualTo(expected.levelsHeading());
        assertThat(text(By.cssSelector("#levels caption"))).isEqualTo(expected.levelsCaption());
        assertThat(text(By.cssSelector("#levels thead"))).endsWith(expected.levelsHeading().replace(" by level", ""));
        assertThat(text(By.id("elements-heading"))).isEqualTo(expected.elementsHeading());
        assertThat(text(By.cssSelector("#actions .hint"))).isEqualTo(expected.actionsHint());
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void onAPackOfFactorsWithoutRelianceNoStateOfThePageSpeaksOfElementsOrRelianceAndAxeFindsNothing()
            throws Exception {
        open("packs/cyber-capacity");
        assertThat(pageWords()).as("the page as it opens").doesNotContainPattern("(?i)reliance|\\belements?\\b");

        // A what-if that moves a level, the comparison and an explanation: every part of the page is showing.
        browser.findElement(By.id("status-crisis-management-knowledge_capabilities"))
                .findElement(By.cssSelector("option[value=emerging]")).click();
        waitFor(() -> text(By.id("outcome")).startsWith("Under the what-if, 1"));
        assertThat(text(By.id("outcome")))
                .isEqualTo("Under the what-if, 1 factor changes level: crisis-management start-up → formative.");
        browser.findElement(By.id("compare")).click();
        assertThat(text(By.cssSelector("#comparison caption"))).startsWith("The level of every factor in the assessment");
        assertThat(text(By.cssSelector("#comparison thead th"))).isEqualTo("Factor");
        browser.findElement(By.cssSelector("button[data-explain=crisis-management]")).click();
        waitFor(() -> !browser.findElements(By.id("explanation-summary")).isEmpty());
        assertThat(text(By.id("explanation-how"))).contains("These 5 dimensions hold it at formative:");

        assertThat(pageWords()).as("with a what-if, the comparison and an explanation")
                .doesNotContainPattern("(?i)reliance|\\belements?\\b");
        assertThat(HeadlessChromium.axeViolations(browser)).isEmpty();
        assertThat(consoleErrors()).isEmpty();
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("workbench-cyber-capacity.png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }

    // ---------------------------------------------------------------------------------------------------------

    private void open(String pack) throws Exception {
        HeadlessChromium.require();
        browser = HeadlessChromium.open();
        served = LiveWorkbench.serving(EditedPack.copyOf(Path.of(pack), tmp), "test");
        browser.get(served.workbench().pageAddress().toString());
        HeadlessChromium.waitUntilReady(browser, PATIENCE);
    }

    private String text(By where) {
        return browser.findElement(where).getText().replace('\n', ' ');
    }

    /**
     * Everything the page says to a reader or a screen reader: its rendered text and its labels, titles and
     * alternative texts (a closed rule trace is not rendered, so not read).
     */
    private String pageWords() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText + '\\n'"
                + " + Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))"
                + "   .filter((e) => e.getClientRects().length > 0)"
                + "   .flatMap((e) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) || ''))"
                + "   .join('\\n') + '\\n' + document.title");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        HeadlessChromium.waitFor(browser, PATIENCE, condition);
    }

    private List<String> consoleErrors() {
        return HeadlessChromium.consoleErrors(browser);
    }
}
