package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.SequentialPalette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report's structure and safety, read as text; {@code HtmlReportBrowserTest} checks it in Chromium. */
class HtmlReportRendererTest {

    static final Path SCRIPT_IN_NAME = Path.of("src/test/resources/report/script-in-name");

    private static String bundled;

    @BeforeAll
    static void renderTheBundledReport() throws Exception {
        bundled = html(ReportFixtures.bundledReport());
    }

    static String html(FeasibilityReport report) {
        return ReportGoldenFilesTest.render(Format.HTML, report);
    }

    @Test
    void markupInAnElementNameOrDescriptionShowsAsText() throws Exception {
        String html = html(ReportFixtures.report(SCRIPT_IN_NAME));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContain("</td></tr></table>\"");
    }

    @Test
    void pageNeedsNoNetworkAndNoScript() {
        String withoutSvgNamespace = bundled.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");

        assertThat(withoutSvgNamespace).doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("<link").doesNotContain("<script").doesNotContain("src=");
        assertThat(bundled).contains("Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void heatmapHasARowPerElementWithEveryDimensionAndTheLevel() {
        String heatmap = heatmap(bundled);

        assertThat(heatmap.lines().filter(l -> l.startsWith("<tr><th scope=\"row\"><a href=\"#element-E"))).hasSize(16);
        assertThat(heatmap).contains("<th scope=\"col\">Political endorsement</th>");
    }

    @Test
    void heatmapColumnsComeFromTheModel() throws Exception {
        String html = html(ReportFixtures.report(Path.of("src/test/resources/fixtures/extra-dimension")));

        // Element, Name, five dimensions, Level
        assertThat(count(heatmap(html).substring(0, heatmap(html).indexOf("</thead>")), "<th scope=\"col\">"))
                .isEqualTo(8);
    }

    @Test
    void aStatusHasOneColourByItsRankAndTheColourRisesWithTheScale() {
        assertThat(SequentialPalette.of(0, 5)).isEqualTo(SequentialPalette.of(0, 5));
        assertThat(SequentialPalette.of(0, 5).fill()).isEqualTo("#440154");
        assertThat(SequentialPalette.of(4, 5).fill()).isEqualTo("#fde725");
        Matcher none = Pattern.compile("<td class=\"shaded blocking\" style=\"background:(#[0-9a-f]{6});[^\"]*\">none / ")
                .matcher(bundled);
        assertThat(none.find()).isTrue();
        assertThat(none.group(1)).isEqualTo(SequentialPalette.of(0, 5).fill());
    }

    @Test
    void everyElementHasItsChartAndTheSummaryHasTheLevelChart() {
        assertThat(count(bundled, "<svg aria-hidden=\"true\" focusable=\"false\" class=\"chart\"")).isEqualTo(17);
        assertThat(count(bundled, "<figcaption>Dimensions of E")).isEqualTo(16);
        assertThat(bundled).contains("<figcaption>Elements per level, highest first: ");
    }

    @Test
    void printStylesheetSetsA4AndKeepsTablesWhole() {
        assertThat(bundled).contains("@page { size: A4;").contains("@media print")
                .contains("thead { display: table-header-group; }").contains("break-inside: avoid");
    }

    /** The summary's heatmap table, from its caption to its end. */
    static String heatmap(String html) {
        int start = html.indexOf("<caption>Each dimension&#39;s status");
        return html.substring(start, html.indexOf("</table>", start));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    static List<String> rows(String table) {
        return table.lines().filter(l -> l.startsWith("<tr><th scope=\"row\">")).toList();
    }
}
