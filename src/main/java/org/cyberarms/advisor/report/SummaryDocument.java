package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Block.Cell;
import org.cyberarms.advisor.document.Block.Column;
import org.cyberarms.advisor.document.Block.Row;
import org.cyberarms.advisor.document.Block.Section;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionRef;
import org.cyberarms.advisor.report.FeasibilityReport.ElementRef;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;

/**
 * {@code report --summary}: one page for decision makers, in text, Markdown and HTML (the HTML prints on one
 * A4 page). It holds the levels (how many elements and which at each), the main blockers (the dimensions that
 * hold most elements below the top level), the practical actions, and, for a what-if, the banner every backend
 * opens with. Everything comes from the report, that is from what the rules concluded; the full report gives the
 * reasons. There is no JSON or CSV form: machines read the full report.
 */
public final class SummaryDocument {

    static final String TITLE_PREFIX = "At a glance: ";
    /** The formats of the summary, for a command line to refuse any other before it runs the rules. */
    public static final List<Format> FORMATS = List.of(Format.TEXT, Format.MARKDOWN, Format.HTML);

    private SummaryDocument() {}

    /**
     * @param whatIf the hypothetical the report was computed under; empty for the assessment
     */
    public static Document of(FeasibilityReport report, Optional<WhatIf> whatIf) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(overview(report)));
        if (report.restsOnReconstruction()) {
            blocks.add(new Block.Note(Block.NoteKind.WARNING, List.of(Block.Paragraph.of(
                    "The statuses are the project's reconstruction, not the source's published scores."))));
        }
        if (report.restsOnIllustration()) {
            blocks.add(new Block.Note(Block.NoteKind.WARNING, List.of(Block.Paragraph.of(
                    "The statuses are illustrative: made up to show the method, not an assessment of anything real."))));
        }
        blocks.add(levels(report));
        blocks.add(blockers(report));
        blocks.add(actions(report));
        blocks.add(new Block.Paragraph(Text.builder().plain("The full report gives the rules, facts and sources"
                + " behind every level, and the recommendations per " + report.pack().words().element()
                + ": the same command without ")
                .code("--summary").plain(". Computed by advisor " + report.stamp().advisorVersion() + " on "
                        + report.stamp().generatedAt() + ".").build()));
        return new Document(TITLE_PREFIX + report.title(), whatIf, blocks, Optional.empty(), Optional.empty());
    }

    /** "16 elements: 3 feasible, 7 likely, 2 possible, 4 unlikely." */
    private static Text overview(FeasibilityReport report) {
        FeasibilityReport.Summary summary = report.summary();
        Pack.Words words = report.pack().words();
        Text.Builder text = Text.builder().plain(ReportDocument.count(summary.elementCount(), words.element(),
                words.elements()) + ": ");
        List<LevelCount> levels = summary.levels();
        for (int i = 0; i < levels.size(); i++) {
            text.strong(levels.get(i).count() + " " + levels.get(i).level().name())
                    .plain(i < levels.size() - 1 ? ", " : "");
        }
        if (!summary.elementsWithoutLevel().isEmpty()) {
            text.plain("; no level concluded for " + String.join(", ", summary.elementsWithoutLevel()));
        }
        return text.plain(".").build();
    }

    private static Section levels(FeasibilityReport report) {
        Map<String, String> names = report.elements().stream()
                .collect(Collectors.toMap(ElementSection::id, ElementSection::name, (a, b) -> a, LinkedHashMap::new));
        int steps = report.summary().levels().size();
        List<Row> rows = new ArrayList<>();
        for (LevelCount count : report.summary().levels()) {
            String which = count.elementIds().stream().map(id -> id + " " + names.getOrDefault(id, ""))
                    .map(String::strip).collect(Collectors.joining("; "));
            rows.add(new Row(List.of(
                    new Cell(Text.of(count.level().name()), Optional.of(new Block.Shade(count.level().rank(), steps)),
                            Set.of()),
                    Cell.of(String.valueOf(count.count())),
                    Cell.of(which.isEmpty() ? "none" : which))));
        }
        String elements = ReportDocument.capitalised(report.pack().words().elements());
        return Section.of("Levels", List.of(new Block.Table(elements + " per level, highest first",
                List.of(Column.of("Level"), new Column(elements, true), Column.of("Which")), rows, true)));
    }

    /**
     * The dimensions that hold elements below the top level, most elements first (then in the model's order):
     * where raising one status would lift the most elements.
     */
    private static Section blockers(FeasibilityReport report) {
        Map<String, List<ElementSection>> held = new LinkedHashMap<>();
        for (DimensionRef dimension : report.scales().dimensions()) {
            held.put(dimension.id(), new ArrayList<>());
        }
        for (ElementSection element : report.elements()) {
            for (BlockingDimension blocking : element.blockingDimensions()) {
                held.computeIfAbsent(blocking.dimension(), d -> new ArrayList<>()).add(element);
            }
        }
        Map<String, String> labels = report.scales().dimensions().stream()
                .collect(Collectors.toMap(DimensionRef::id, DimensionRef::name));
        List<Map.Entry<String, List<ElementSection>>> ranked = held.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<String, List<ElementSection>> e) -> -e.getValue().size()))
                .toList();
        Pack.Words words = report.pack().words();
        if (ranked.isEmpty()) {
            return Section.of("Main blockers", List.of(Block.Paragraph.of("No " + words.dimension() + " holds any "
                    + words.element() + " below the top level.")));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<ElementSection>> entry : ranked) {
            String which = entry.getValue().stream()
                    .map(e -> e.id() + " (" + e.level().map(FeasibilityReport.LevelInfo::name).orElse("no level") + ")")
                    .collect(Collectors.joining(", "));
            rows.add(Row.of(labels.getOrDefault(entry.getKey(), entry.getKey()),
                    String.valueOf(entry.getValue().size()), which));
        }
        return Section.of("Main blockers", List.of(new Block.Table(
                ReportDocument.capitalised(words.dimensions()) + " that hold " + words.elements() + " at their level,"
                        + " most " + words.elements() + " first",
                List.of(Column.of(ReportDocument.capitalised(words.dimension())),
                        new Column(ReportDocument.capitalised(words.elements()) + " held", true),
                        Column.of("Which (level)")),
                rows, true)));
    }

    private static Section actions(FeasibilityReport report) {
        if (report.actions().isEmpty()) {
            return Section.of("Practical actions", List.of(Block.Paragraph.of("None: no "
                    + report.pack().words().dimension() + " holds several " + report.pack().words().elements()
                    + " back.")));
        }
        List<Text> items = new ArrayList<>();
        for (ActionSection action : report.actions()) {
            items.add(Text.builder().strong(action.title()).plain(" (" + action.dimensionName() + "; for "
                    + action.elements().stream().map(ElementRef::id).collect(Collectors.joining(", ")) + ")")
                    .build());
        }
        return Section.of("Practical actions", List.of(Block.BulletList.of(items)));
    }
}
