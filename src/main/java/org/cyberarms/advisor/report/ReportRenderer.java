package org.cyberarms.advisor.report;

/**
 * Lays out a {@link FeasibilityReport} in one format. Renderers only arrange what the report says; they
 * decide nothing and add nothing, so every format tells the same story.
 */
public interface ReportRenderer {

    /** The whole report, ending with a line break; the same report always gives the same text. */
    String render(FeasibilityReport report);

    static ReportRenderer of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReportRenderer();
            case MARKDOWN -> new MarkdownReportRenderer();
            case JSON -> new JsonReportRenderer();
            case HTML -> new HtmlReportRenderer();
        };
    }
}
