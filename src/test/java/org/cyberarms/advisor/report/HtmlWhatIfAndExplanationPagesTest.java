package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explanation page read as text: structure, colours and escaping. {@code
 * HtmlReportBrowserTest} opens them in Chromium.
 */
class HtmlWhatIfAndExplanationPagesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static String explanation;

    @BeforeAll
    static void renderTheBundledPages() throws Exception {
        explanation = new ExplanationRenderer().render(ReportFixtures.explanation(ReportFixtures.BUNDLED_KNOWLEDGE,
                "E03", Optional.of(ReportGoldenFilesTest.EXPLAINED_RULE)), ReportFormat.HTML);
    }

    @Test
    void markupInAnElementNameShowsAsTextInItsExplanation() throws Exception {
        String html = new ExplanationRenderer().render(ReportFixtures.explanation(
                HtmlReportRendererTest.SCRIPT_IN_NAME, "E01", Optional.empty()), ReportFormat.HTML);

        assertThat(html).contains("<title>Explanation: E01 " + ESCAPED_SCRIPT + "</title>")
                .contains("Element E01 " + ESCAPED_SCRIPT)
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    }

    @Test
    void explanationShowsHowWhyNotAndTheRuleChecked() {
        assertThat(explanation).contains("<section id=\"how\">", "<section id=\"why-not\">", "<section id=\"rule\">",
                "<span class=\"fact\">Level of E03: unlikely</span>",
                "<p><strong>Level is the lowest ceiling</strong> <span class=\"where\">rules/maturity.drl:26</span></p>",
                "<span class=\"fact\">Assessment E03 verification: reliance critical, status none (rounds none, none, none)</span>"
                        + " <span class=\"muted\">(from the knowledge files)</span>",
                "<tr class=\"failed\"><td class=\"mono\">status in (&quot;substantial&quot;, &quot;strong&quot;)</td>"
                        + "<td class=\"verdict\">FAILED</td><td>status &#61; none</td></tr>");
        assertThat(count(explanation, "<article class=\"why-not-level\"")).isEqualTo(3);
    }

    @Test
    void anElementAtTheTopLevelHasNothingToExplainAway() throws Exception {
        String html = new ExplanationRenderer().render(ReportFixtures.explanation(ReportFixtures.BUNDLED_KNOWLEDGE,
                "E11", Optional.empty()), ReportFormat.HTML);

        assertThat(html).contains("<p>It reached the highest level.</p>").doesNotContain("<article class=\"why-not-level\"")
                .doesNotContain("<section id=\"rule\">");
    }

    @Test
    void theExplanationPageNeedsNoNetworkAndNoScript() {
        assertThat(explanation).doesNotContain("<script").doesNotContain("src=").doesNotContain("https:")
                .doesNotContain("<link");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
