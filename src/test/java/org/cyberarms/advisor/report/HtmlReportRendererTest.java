package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.SequentialPalette;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML page's structure and safety, read as text; {@code HtmlReportBrowserTest} checks it in Chromium. */
class HtmlReportRendererTest {

    static final Path SCRIPT_IN_NAME = Path.of("src/test/resources/report/script-in-name");
    private static final Path TEMPLATES = Path.of("src/main/resources", HtmlTemplates.ROOT);

    private static String bundled;

    @BeforeAll
    static void renderTheBundledReport() throws Exception {
        bundled = ReportRenderer.of(ReportFormat.HTML).render(ReportFixtures.bundledReport());
    }

    @Test
    void markupInAnElementNameOrDescriptionShowsAsText() throws Exception {
        String html = ReportRenderer.of(ReportFormat.HTML).render(ReportFixtures.report(SCRIPT_IN_NAME));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src&#61;x onerror&#61;&quot;alert(2)&quot;&gt;")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img")
                .doesNotContain("</td></tr></table>\"");
    }

    @Test
    void templatesNeverWriteAValueUnescaped() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(template -> assertThat(Files.readString(template))
                    .as(template.toString()).doesNotContain("{{{").doesNotContain("{{&"));
        }
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
        List<String> rows = bundled.lines().filter(l -> l.startsWith("<tr data-element=\"E")).toList();

        assertThat(rows).hasSize(16);
        assertThat(count(bundled, "<td class=\"swatch status\"")).isEqualTo(16 * 4);
        assertThat(count(bundled, "<td class=\"swatch level\"")).isEqualTo(16);
        assertThat(bundled).contains("<th scope=\"col\" class=\"dimension\">Political endorsement</th>");
    }

    @Test
    void heatmapColumnsComeFromTheModel() throws Exception {
        String html = ReportRenderer.of(ReportFormat.HTML)
                .render(ReportFixtures.report(Path.of("src/test/resources/fixtures/extra-dimension")));

        assertThat(count(html, "<th scope=\"col\" class=\"dimension\">")).isEqualTo(5);
    }

    @Test
    void aStatusHasOneColourByItsRankAndTheColourRisesWithTheScale() {
        assertThat(SequentialPalette.of(0, 5)).isEqualTo(SequentialPalette.of(0, 5));
        assertThat(SequentialPalette.of(0, 5).fill()).isEqualTo("#440154");
        assertThat(SequentialPalette.of(4, 5).fill()).isEqualTo("#fde725");
        Matcher none = Pattern.compile("style=\"background:(#[0-9a-f]{6});[^\"]*\" title=\"[^\"]*\">none<br><small class=\"reliance\">")
                .matcher(bundled);
        assertThat(none.find()).isTrue();
        assertThat(none.group(1)).isEqualTo(SequentialPalette.of(0, 5).fill());
    }

    @Test
    void everyElementHasItsChartAndTheSummaryHasTheLevelChart() {
        assertThat(count(bundled, "<figure class=\"element-chart\">")).isEqualTo(16);
        assertThat(bundled).contains("<figure class=\"level-chart\" id=\"level-chart\">");
        assertThat(count(bundled, "<svg class=\"chart\"")).isEqualTo(17);
    }

    @Test
    void printStylesheetSetsA4AndKeepsTablesWhole() {
        assertThat(bundled).contains("@page { size: A4;").contains("@media print")
                .contains("thead { display: table-header-group; }").contains("break-inside: avoid");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
