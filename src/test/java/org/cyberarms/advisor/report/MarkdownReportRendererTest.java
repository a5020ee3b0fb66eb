package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.MarkdownText;
import org.cyberarms.advisor.document.WrappedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

    private static final Path PIPE_IN_NAME = Path.of("src/test/resources/report/pipe-in-name");

    @Test
    void markdownEscapesAPipeInAnElementNameSoTheSummaryTableKeepsItsColumns() throws Exception {
        String markdown = ReportRenderer.of(ReportFormat.MARKDOWN).render(ReportFixtures.report(PIPE_IN_NAME));

        String row = markdown.lines().filter(l -> l.startsWith("| E01 |")).findFirst().orElseThrow();
        assertThat(row).contains("Definitions \\| scope (what counts as a \\*cyberweapon\\*)");
        assertThat(unescapedPipes(row)).isEqualTo(5); // 4 cells
        assertThat(markdown).contains("### E01: Definitions \\| scope");
    }

    @Test
    void markdownHasAHeadingPerElementAndASummaryTable() throws Exception {
        String markdown = ReportRenderer.of(ReportFormat.MARKDOWN).render(ReportFixtures.bundledReport());

        assertThat(markdown.lines().filter(l -> l.startsWith("### E"))).hasSize(16);
        assertThat(markdown).contains("| Element | Name | Level | Blocking dimensions |");
        assertThat(markdown.lines().filter(l -> l.matches("\\| E\\d\\d .*")).toList()).hasSize(16)
                .allSatisfy(l -> assertThat(unescapedPipes(l)).isEqualTo(5));
    }

    @Test
    void textThatWouldStartABlockIsEscaped() {
        assertThat(MarkdownText.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownText.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownText.escape("<b>a</b> [x](y)")).isEqualTo("\\<b>a\\</b> \\[x\\](y)");
        assertThat(MarkdownText.escape("two\nlines")).isEqualTo("two lines");
    }

    private static long unescapedPipes(String line) {
        return line.replace("\\|", "").chars().filter(c -> c == '|').count();
    }
}
