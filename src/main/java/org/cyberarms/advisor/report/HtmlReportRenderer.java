package org.cyberarms.advisor.report;

/**
 * The report as one self-contained HTML page for readers who never run a command line: a heatmap of every
 * element's dimensions and level, a chart of elements per level, each element with a chart of its
 * dimensions and its justification, the practical actions, the provenance and the run stamp. Inline CSS and
 * SVG only: it opens offline, needs no script, and prints on A4. Layout lives in the templates.
 */
final class HtmlReportRenderer implements ReportRenderer {

    @Override
    public String render(FeasibilityReport report) {
        return HtmlTemplates.render("report", HtmlReportPage.of(report));
    }
}
