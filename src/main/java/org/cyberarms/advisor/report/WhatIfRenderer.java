package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.MarkdownText;
import org.cyberarms.advisor.document.WrappedText;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.SensitivityResult;

/**
 * Lays out what-if answers (scenario comparisons, paths to a target level, sensitivity) in every report
 * format. Text and Markdown share one layout: a page of headings, paragraphs, bullet lists and tables
 * ({@link Page}), written once per kind of answer and printed by format. JSON is built key by key by
 * {@link WhatIfJsonRenderer}, one published schema per kind of answer (docs/whatif.schema.json,
 * docs/path.schema.json, docs/sensitivity.schema.json). A comparison also has an HTML page on the shared
 * layout ({@link HtmlWhatIfPage}, {@code whatif.mustache}).
 */
public final class WhatIfRenderer {

    private final ReportFormat format;

    public WhatIfRenderer(ReportFormat format) {
        this.format = format;
    }

    public String comparison(Comparison comparison) {
        if (format == ReportFormat.JSON) {
            return WhatIfJsonRenderer.comparison(comparison);
        }
        if (format == ReportFormat.HTML) {
            return HtmlTemplates.render("whatif", HtmlWhatIfPage.of(comparison));
        }
        Page page = new Page("What if: " + comparison.against() + " and " + comparison.scenarios().size()
                + " scenario(s)");
        List<String> header = new ArrayList<>(List.of("element", comparison.against()));
        comparison.scenarios().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.ElementRow row : comparison.matrix()) {
            List<String> cells = new ArrayList<>(List.of(row.elementId() + " " + row.name(),
                    row.baseline().orElse("—")));
            row.scenarios().forEach(c -> cells.add(c.describe()));
            rows.add(cells);
        }
        page.paragraph("Levels as the rules conclude them; ↑ and ↓ mark a change from "
                + (comparison.against().equals(Comparison.BASELINE) ? "the baseline"
                        : comparison.against() + ", which the scenario extends") + ".");
        page.table(header, rows);
        for (Comparison.ScenarioDiff diff : comparison.scenarios()) {
            page.heading("Scenario " + diff.name());
            page.paragraph(diff.description());
            page.paragraph("Rationale: " + diff.rationale());
            if (diff.changesNothing()) {
                page.paragraph("This scenario's changes change nothing: every level, recommendation, practical"
                        + " action and rule firing is as in " + comparison.against() + ".");
            }
            if (diff.applied().size() > 1) {
                page.paragraph("Applies, in order: " + String.join(" -> ", diff.applied()));
            }
            page.subheading("Levels that change");
            page.bullets(diff.levelChanges().stream().map(c -> c.elementId() + " " + c.name() + ": "
                    + c.from().orElse("absent") + " -> " + c.to().orElse("removed")
                    + (c.direction() > 0 ? " ↑" : c.direction() < 0 ? " ↓" : "")).toList(), "no level changes");
            page.subheading("Facts the scenario changes");
            page.bullets(diff.factChanges().stream().map(f -> f.subject() + ": " + f.before() + " => " + f.after())
                    .toList(), "none");
            page.subheading("Recommendations that appear or disappear");
            page.bullets(diff.recommendations().stream().map(WhatIfRenderer::item).toList(), "none");
            page.subheading("Practical actions that appear or disappear");
            page.bullets(diff.actions().stream().map(WhatIfRenderer::item).toList(), "none");
            page.subheading("Rules that fire differently, and the facts under them");
            page.bullets(diff.rules().stream().map(r -> (r.firesInScenario() ? "now fires: " : "no longer fires: ")
                    + "\"" + r.rule() + "\" (" + r.location() + ") on " + r.subjects()
                    + (r.becauseOf().isEmpty() ? "" : "; because " + String.join("; ", r.becauseOf().stream()
                            .map(f -> f.subject() + " " + f.before() + " => " + f.after()).toList())))
                    .toList(), "none");
        }
        return page.render(format);
    }

    private static String item(Comparison.ItemChange c) {
        return (c.appears() ? "appears: " : "disappears: ") + c.title() + " (" + c.subject() + "; rule \""
                + c.ruleName() + "\", " + c.ruleLocation() + ")";
    }

    public String paths(List<PathResult> results, String target) {
        requireNoHtml("path");
        if (format == ReportFormat.JSON) {
            return WhatIfJsonRenderer.paths(results, target);
        }
        Page page = new Page("Path to " + target);
        if (results.isEmpty()) {
            page.paragraph("Every element is at " + target + " or above: nothing to search.");
        }
        for (PathResult r : results) {
            page.heading(r.elementId() + " " + r.name() + ": " + r.currentLevel() + " -> " + r.target());
            if (!r.locked().isEmpty()) {
                page.paragraph("Locked (never changed): " + String.join(", ", r.locked()) + ".");
            }
            switch (r.verdict()) {
                case PathResult.AT_TARGET -> page.paragraph("Already at " + r.currentLevel() + ": nothing to change.");
                case PathResult.UNREACHABLE -> page.paragraph("No change reaches " + r.target() + ": "
                        + r.explanation() + ".");
                default -> {
                    page.paragraph(r.alternatives().size() == 1
                            ? "The smallest change (every other change that reaches " + r.target()
                                    + " within " + r.maxSteps() + " steps contains it):"
                            : "The smallest changes, best first (fewest status steps, then fewest dimensions):");
                    int n = 1;
                    for (PathResult.Alternative a : r.alternatives()) {
                        page.subheading("Alternative " + n++ + ": " + a.totalSteps() + " status step(s), level "
                                + a.level());
                        page.bullets(a.steps().stream().map(s -> s.dimension() + ": " + s.from() + " -> " + s.to()
                                + " (" + s.steps() + (s.steps() == 1 ? " step)" : " steps)")).toList(), "");
                        page.paragraph("Check it: advisor report --set "
                                + String.join(" --set ", a.asSetArguments(r.elementId())));
                        page.paragraph("Rules that would then fire differently for " + r.elementId() + ":");
                        page.bullets(a.rules().stream().map(x -> (x.firesInScenario() ? "fires: " : "stops: ")
                                + "\"" + x.rule() + "\" (" + x.location() + ") on " + x.subjects()).toList(), "none");
                    }
                }
            }
        }
        return page.render(format);
    }

    public String sensitivity(SensitivityResult result) {
        requireNoHtml("sensitivity");
        if (format == ReportFormat.JSON) {
            return WhatIfJsonRenderer.sensitivity(result);
        }
        Page page = new Page("Sensitivity: one dimension at a time over its whole scale");
        page.paragraph("For each element, the level the rules conclude when one dimension takes each status"
                + " (the current status is marked *), the binding constraint, and the tipping points.");
        List<String> tipping = new ArrayList<>();
        for (SensitivityResult.ElementSensitivity e : result.elements()) {
            page.heading(e.elementId() + " " + e.name() + ": " + e.level());
            page.paragraph("Binding constraint: " + (e.binding().isEmpty()
                    ? "none (at the top level)" : String.join(", ", e.binding())) + ".");
            List<String> header = new ArrayList<>(List.of("dimension (reliance)"));
            header.addAll(result.statuses());
            List<List<String>> rows = new ArrayList<>();
            for (SensitivityResult.DimensionRow row : e.dimensions()) {
                List<String> cells = new ArrayList<>(List.of(row.dimension() + " (" + row.reliance() + ")"));
                for (int i = 0; i < row.levels().size(); i++) {
                    cells.add(row.levels().get(i) + (result.statuses().get(i).equals(row.currentStatus()) ? "*" : ""));
                }
                rows.add(cells);
            }
            page.table(header, rows);
            e.tippingPoints().forEach(t -> tipping.add(e.elementId() + ": " + t.dimension() + " " + t.from() + " -> "
                    + t.to() + " moves it " + (t.direction() > 0 ? "up" : "down") + " to " + t.levelTo()));
        }
        page.heading("Tipping points (one status step from a change of level)");
        page.bullets(tipping, "none");
        return page.render(format);
    }

    /** Paths and sensitivity have no HTML page yet; their commands refuse html before asking for one. */
    private void requireNoHtml(String answer) {
        if (format == ReportFormat.HTML) {
            throw new IllegalArgumentException(answer + " has no HTML layout: use text, markdown or json");
        }
    }

    /** A page being laid out: the one home of the text and Markdown layout of what-if answers. */
    static final class Page {

        private sealed interface Block permits Heading, Paragraph, Bullets, Table {}

        private record Heading(String text, int depth) implements Block {}

        private record Paragraph(String text) implements Block {}

        private record Bullets(List<String> items, String whenEmpty) implements Block {}

        private record Table(List<String> header, List<List<String>> rows) implements Block {}

        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        Page(String title) {
            this.title = title;
        }

        void heading(String text) {
            blocks.add(new Heading(text, 2));
        }

        void subheading(String text) {
            blocks.add(new Heading(text, 3));
        }

        void paragraph(String text) {
            blocks.add(new Paragraph(text));
        }

        void bullets(List<String> items, String whenEmpty) {
            blocks.add(new Bullets(items, whenEmpty));
        }

        void table(List<String> header, List<List<String>> rows) {
            blocks.add(new Table(header, rows));
        }

        String render(ReportFormat format) {
            boolean md = format == ReportFormat.MARKDOWN;
            StringBuilder out = new StringBuilder();
            if (md) {
                out.append("# ").append(MarkdownText.escape(title)).append("\n");
            } else {
                out.append(title.toUpperCase(java.util.Locale.ROOT)).append('\n')
                        .append("=".repeat(Math.min(TextReportRenderer.WIDTH, title.length()))).append('\n');
            }
            for (Block block : blocks) {
                out.append('\n');
                if (block instanceof Heading h) {
                    if (md) {
                        out.append("#".repeat(h.depth())).append(' ').append(MarkdownText.escape(h.text())).append('\n');
                    } else {
                        out.append(h.text()).append('\n')
                                .append((h.depth() == 2 ? "-" : "·").repeat(Math.min(TextReportRenderer.WIDTH,
                                        h.text().length()))).append('\n');
                    }
                } else if (block instanceof Paragraph p) {
                    lines(out, md ? MarkdownText.escape(p.text()) : p.text(), "", "");
                } else if (block instanceof Bullets b) {
                    if (b.items().isEmpty()) {
                        if (!b.whenEmpty().isEmpty()) {
                            lines(out, md ? "*" + MarkdownText.escape(b.whenEmpty()) + "*" : "(" + b.whenEmpty() + ")",
                                    "", "");
                        }
                    }
                    for (String item : b.items()) {
                        lines(out, md ? MarkdownText.escape(item) : item, md ? "- " : "  - ", md ? "  " : "    ");
                    }
                } else if (block instanceof Table t) {
                    table(out, t, md);
                }
            }
            return out.toString();
        }

        private static void lines(StringBuilder out, String text, String first, String rest) {
            for (String line : WrappedText.wrap(text, TextReportRenderer.WIDTH, first, rest)) {
                out.append(line).append('\n');
            }
        }

        private static void table(StringBuilder out, Table t, boolean md) {
            if (md) {
                out.append("| ").append(String.join(" | ", t.header().stream().map(MarkdownText::escape).toList()))
                        .append(" |\n|").append(" --- |".repeat(t.header().size())).append('\n');
                for (List<String> row : t.rows()) {
                    out.append("| ").append(String.join(" | ", row.stream().map(MarkdownText::escape).toList()))
                            .append(" |\n");
                }
                return;
            }
            int[] widths = new int[t.header().size()];
            List<List<String>> all = new ArrayList<>();
            all.add(t.header());
            all.addAll(t.rows());
            for (List<String> row : all) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], Math.min(row.get(i).length(), i == 0 ? 44 : 20));
                }
            }
            for (int r = 0; r < all.size(); r++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < all.get(r).size(); i++) {
                    String cell = all.get(r).get(i);
                    if (cell.length() > widths[i]) {
                        cell = cell.substring(0, widths[i] - 1) + "…";
                    }
                    line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
                }
                out.append(line.toString().stripTrailing()).append('\n');
                if (r == 0) {
                    out.append("-".repeat(Math.min(TextReportRenderer.WIDTH, line.toString().stripTrailing().length())))
                            .append('\n');
                }
            }
        }
    }
}
