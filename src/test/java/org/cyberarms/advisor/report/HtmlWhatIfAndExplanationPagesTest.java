package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.SequentialPalette;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.scenario.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The what-if page read as text (the explanation's page: {@code ExplanationDocumentTest}): structure,
 * colours and escaping. {@code
 * HtmlReportBrowserTest} opens them in Chromium.
 */
class HtmlWhatIfAndExplanationPagesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static Comparison bundledComparison;
    private static String whatIf;

    @BeforeAll
    static void renderTheBundledPages() throws Exception {
        bundledComparison = ReportFixtures.bundledComparison(ReportGoldenFilesTest.WHATIF_SCENARIOS);
        whatIf = new WhatIfRenderer(ReportFormat.HTML).comparison(bundledComparison);
    }

    /** A comparison as a scenario file with markup in every free-text field would produce it. */
    static Comparison comparisonWithMarkupEverywhere() {
        Comparison.FactChange fact = new Comparison.FactChange("E01.attribution", "<b>none</b>", "<i>strong</i>");
        return new Comparison(List.of("unlikely", "possible", "likely", "feasible"),
                List.of(new Comparison.ElementRow("E01", SCRIPT, Optional.of("possible"),
                        List.of(new Comparison.Cell(Optional.of("likely"), 1)))),
                List.of(new Comparison.ScenarioDiff(SCRIPT, "<img src=x onerror=\"alert(2)\">", "</p></article>",
                        List.of("<u>base</u>", SCRIPT),
                        List.of(new Comparison.LevelChange("E01", SCRIPT, Optional.of("possible"),
                                Optional.of("likely"), 1)),
                        List.of(fact),
                        List.of(new Comparison.ItemChange("E01.attribution", "<h1>title</h1>", true, SCRIPT, "r.drl:1")),
                        List.of(new Comparison.ItemChange("E01", "<h1>action</h1>", false, SCRIPT, "r.drl:2")),
                        List.of(new Comparison.RuleChange(SCRIPT, "r.drl:3", "E01 <em>x</em>", true, List.of(fact))))));
    }

    @Test
    void markupInScenarioElementAndRuleNamesShowsAsText() {
        String html = new WhatIfRenderer(ReportFormat.HTML).comparison(comparisonWithMarkupEverywhere());

        assertThat(html).contains("<td class=\"name\">" + ESCAPED_SCRIPT + "</td>")
                .contains("<h3>Scenario " + ESCAPED_SCRIPT + "</h3>")
                .contains("&lt;img src&#61;x onerror&#61;&quot;alert(2)&quot;&gt;")
                .contains("<strong>" + ESCAPED_SCRIPT + "</strong> <span class=\"where\">r.drl:3</span>")
                .contains("&lt;b&gt;none&lt;/b&gt;")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<h1>title", "<h1>action", "<b>", "<i>", "<u>", "<em>", "</p></article>");
    }

    @Test
    void matrixHasARowPerElementWithTheBaselineAndACellPerScenario() {
        List<String> rows = whatIf.lines().filter(l -> l.startsWith("<tr data-element=\"E")).toList();
        int scenarios = ReportGoldenFilesTest.WHATIF_SCENARIOS.length;

        assertThat(rows).hasSize(16);
        assertThat(count(whatIf, "<td class=\"swatch level baseline\"")).isEqualTo(16);
        assertThat(count(whatIf, "<td class=\"swatch level scenario")).isEqualTo(16 * scenarios);
        assertThat(count(whatIf, "<th scope=\"col\" class=\"level scenario\">")).isEqualTo(scenarios);
        assertThat(count(whatIf, "<article class=\"scenario\"")).isEqualTo(scenarios);
    }

    @Test
    void aChangedLevelCarriesAnArrowAndItsWordNotOnlyAColour() {
        long ups = bundledComparison.matrix().stream().flatMap(r -> r.scenarios().stream())
                .filter(c -> c.direction() > 0).count();

        assertThat(ups).isPositive();
        assertThat(count(whatIf, "scenario changed up\"")).isEqualTo((int) ups);
        Matcher changed = Pattern.compile("<td class=\"swatch level scenario changed up\" style=\"background:"
                + "(#[0-9a-f]{6});[^\"]*\" title=\"[^\"]*\">↑ (\\w+)</td>").matcher(whatIf);
        assertThat(changed.find()).as("a rise reads ↑ and the level").isTrue();
        int rank = bundledComparison.levels().indexOf(changed.group(2));
        assertThat(changed.group(1)).as("same colour as the report gives that level")
                .isEqualTo(SequentialPalette.of(rank, bundledComparison.levels().size()).fill());
        assertThat(whatIf).contains("Compliance, consultation and dispute settlement: possible → <strong>↑ likely</strong>");
    }

    @Test
    void whatIfPageSaysWhatEachScenarioChangesLikeTheTextLayout() {
        assertThat(whatIf).contains("<h4>Facts the scenario changes</h4>",
                "<span class=\"verdict\">disappears:</span> <strong>Create an international attribution",
                "<span class=\"verdict\">no longer fires</span>",
                "Applies, in order: <span class=\"mono\">declarations-only-verification</span> <span class=\"mono\">coalition-pathway</span>");
    }

    @Test
    void bothPagesShareTheReportsShellAndNeedNoNetworkAndNoScript() throws Exception {
        String report = ReportRenderer.of(ReportFormat.HTML).render(ReportFixtures.bundledReport());
        String shell = report.substring(0, report.indexOf("<title>"));
        String css = report.substring(report.indexOf("<style>"), report.indexOf("</style>"));

        for (String page : List.of(whatIf)) {
            assertThat(page).startsWith(shell).contains(css).doesNotContain("<script").doesNotContain("src=")
                    .doesNotContain("https:").doesNotContain("<link");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
