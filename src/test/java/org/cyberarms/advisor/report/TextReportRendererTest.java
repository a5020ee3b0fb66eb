package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextReportRendererTest {

    private static String text;

    @BeforeAll
    static void renderTheBundledReport() throws Exception {
        text = ReportRenderer.of(ReportFormat.TEXT).render(ReportFixtures.bundledReport());
    }

    @Test
    void textFitsA100ColumnTerminal() {
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void textIsPlainWithoutColourCodesOrTrailingSpaces() {
        assertThat(text).doesNotContain("\u001B").doesNotContain("\r");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
        assertThat(text).endsWith("\n");
    }

    @Test
    void feasibleElementSaysThatNoDimensionLimitsIt() {
        String e11 = section("E11 National points of contact");

        assertThat(e11).contains("Level: FEASIBLE").contains("No dimension limits it");
    }

    @Test
    void unlikelyElementShowsTheBlockingFactsAndTheCeilingRule() {
        String e03 = section("E03 General prohibition of use");

        assertThat(e03).contains("Attribution: none in round 3 (rounds: none -> none -> none); reliance critical.")
                .contains("Sets a ceiling of unlikely.")
                .contains("By rule \"Critical dimension absent: ceiling unlikely\" (rules/constraints.drl:");
    }

    @Test
    void summaryListsEveryLevelHighestFirst() {
        String summary = text.substring(text.indexOf("SUMMARY"), text.indexOf("\nE01 "));

        assertThat(summary).containsSubsequence("\n  feasible ", "\n  likely ", "\n  possible ", "\n  unlikely ");
    }

    /** The element's section, with its wrapped lines joined, so that phrases can be found across breaks. */
    private static String section(String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        int end = text.indexOf("\n---", start + 1);
        return text.substring(start, end).replaceAll("\\s+", " ");
    }
}
