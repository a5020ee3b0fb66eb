package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.PathResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The what-if comparison and the path as documents: what they say, and that input text stays text. */
class ComparisonDocumentTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static String whatIfHtml;

    @BeforeAll
    static void renderTheBundledComparison() throws Exception {
        whatIfHtml = Backend.of(Format.HTML).render(ComparisonDocument.of(
                ReportFixtures.bundledComparison(ReportGoldenFilesTest.WHATIF_SCENARIOS)));
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
                        List.of(new Comparison.RuleChange(SCRIPT, "r.drl:3", "E01 <em>x</em>", true, List.of(fact))),
                        List.of(new WhatIf.Change("E01", "attribution", "<b>Attribution</b>", "status", "none",
                                "<i>strong</i>")))));
    }

    @Test
    void markupInScenarioElementAndRuleNamesShowsAsText() {
        String html = Backend.of(Format.HTML).render(ComparisonDocument.of(comparisonWithMarkupEverywhere()));

        assertThat(html).contains("<h2>Scenario " + ESCAPED_SCRIPT + "</h2>")
                .contains("E01 " + ESCAPED_SCRIPT)
                .contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;")
                .contains("&lt;b&gt;none&lt;/b&gt;")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<h1>title", "<h1>action", "<b>", "<i>", "<u>", "<em>", "</p></article>");
    }

    @Test
    void theMatrixHasARowPerElementWithTheAssessmentAndACellPerScenario() {
        String matrix = whatIfHtml.substring(whatIfHtml.indexOf("<section id=\"matrix\">"),
                whatIfHtml.indexOf("</section>", whatIfHtml.indexOf("<section id=\"matrix\">")));
        int scenarios = ReportGoldenFilesTest.WHATIF_SCENARIOS.length;

        assertThat(matrix.lines().filter(l -> l.startsWith("<tr><th scope=\"row\">E"))).hasSize(16)
                .allSatisfy(row -> assertThat(count(row, "<td")).isEqualTo(1 + scenarios));
        assertThat(count(matrix, "<th scope=\"col\">")).isEqualTo(2 + scenarios);
    }

    @Test
    void aChangedLevelCarriesAnArrowAndTheChangedMarkNotOnlyAColour() {
        assertThat(whatIfHtml).containsPattern("<td class=\"shaded changed\" style=\"background:#[0-9a-f]{6};color:#[0-9a-f]{6}\">"
                + "↑ likely<span class=\"visually-hidden\"> \\(changed by this what-if\\)</span></td>");
    }

    @Test
    void eachScenarioSaysWhatItSetsAndWhatChangesBecauseOfIt() {
        assertThat(whatIfHtml).contains("<h3>Values it sets</h3>",
                "E03 Attribution status: none -&gt; <mark class=\"changed\">substantial",
                "disappears: <strong>Create an international attribution",
                "no longer fires: <strong>",
                "Applies, in order: declarations-only-verification -&gt; coalition-pathway");
    }

    @Test
    void aPathCheckCommandRepeatsTheInputsAndWhatIfItRanUnder() throws Exception {
        PathResult.Alternative change = new PathResult.Alternative(
                List.of(new PathResult.Step("verification", "none", "weak", 1)), 1, "possible", List.of());
        PathResult result = new PathResult("E03", "Use", "unlikely", "possible", PathResult.FOUND, List.of(change), "",
                List.of(), 8);

        String text = Backend.of(Format.TEXT).render(PathDocument.of(List.of(result), "possible",
                new KnowledgeLoader().load(ReportFixtures.BUNDLED_KNOWLEDGE).model(), Optional.empty(),
                List.of("--knowledge", "my knowledge", "--scenario", "a-b")));

        assertThat(text).contains("\n    ./advisor report --knowledge 'my knowledge' --scenario a-b --set"
                + " E03.verification=weak\n");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
