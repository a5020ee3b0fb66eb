package org.cyberarms.advisor.report;

/** The layouts a {@link FeasibilityReport} can be rendered in; all say the same things. */
public enum ReportFormat {
    /** Plain wrapped text for a terminal, at most 100 columns, no colour codes. */
    TEXT,
    /** CommonMark with a summary table, for review in a repository or a wiki. */
    MARKDOWN,
    /** Pretty-printed JSON following {@code docs/report.schema.json} ({@code "schema": "advisor-report/1"}). */
    JSON,
    /** One self-contained HTML page (inline CSS and SVG charts, no script, no network), printable on A4. */
    HTML
}
