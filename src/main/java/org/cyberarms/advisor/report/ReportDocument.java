package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberarms.advisor.document.NumberWords;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Block.Cell;
import org.cyberarms.advisor.document.Block.Column;
import org.cyberarms.advisor.document.Block.Item;
import org.cyberarms.advisor.document.Block.Paragraph;
import org.cyberarms.advisor.document.Block.Row;
import org.cyberarms.advisor.document.Block.Section;
import org.cyberarms.advisor.document.Block.Shade;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Mark;
import org.cyberarms.advisor.document.SequentialPalette;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.CaveatItem;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionRef;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionStanding;
import org.cyberarms.advisor.report.FeasibilityReport.ElementRef;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.cyberarms.advisor.report.FeasibilityReport.ProvenanceNote;
import org.cyberarms.advisor.report.FeasibilityReport.RecommendationItem;
import org.cyberarms.advisor.report.FeasibilityReport.RuleCitation;
import org.cyberarms.advisor.report.FeasibilityReport.ScaleStep;

/**
 * The full report as one {@link Document}, which every backend prints: what matters first (the levels of all
 * elements, a heatmap that mutes what an element does not need and marks what holds it down), then per
 * element its level, why, what holds it down, what it would take, recommendations and caveats; then the
 * practical actions, where the data comes from, the run, and a glossary. The JSON form is the tree of
 * {@code docs/report.schema.json}; the CSV form is one row per element.
 *
 * <p>It only arranges what the {@link FeasibilityReport} says: nothing here decides a level or a blocker.
 */
public final class ReportDocument {

    /** The word a heatmap cell and the CSV carry for a dimension that holds the element down. */
    static final String BLOCKS = "blocks";

    private ReportDocument() {}

    /**
     * What to add to the report besides the {@link FeasibilityReport}.
     *
     * @param whatIf          the hypothetical the report was computed under; empty for the assessment
     * @param whatItWouldTake blocks placed in each element's part after what holds it down (the changes that
     *                        would raise it); by default {@link WhatItWouldTakeBlocks#of}
     * @param nextLevelChange the CSV's "next-level change" cell for an element, in words; by default
     *                        {@link WhatItWouldTakeBlocks#nextLevelChange}
     */
    public record Options(Optional<WhatIf> whatIf, Function<ElementSection, List<Block>> whatItWouldTake,
            Function<ElementSection, String> nextLevelChange) {

        public Options {
            Objects.requireNonNull(whatIf);
            Objects.requireNonNull(whatItWouldTake);
            Objects.requireNonNull(nextLevelChange);
        }

        /**
         * The assessment: no what-if; what it would take as the report's search found it (nothing when the
         * report was built without the search).
         */
        public static Options assessment() {
            return new Options(Optional.empty(), WhatItWouldTakeBlocks::of, WhatItWouldTakeBlocks::nextLevelChange);
        }

        public Options withWhatIf(Optional<WhatIf> whatIf) {
            return new Options(whatIf, whatItWouldTake, nextLevelChange);
        }

        public Options withWhatItWouldTake(Function<ElementSection, List<Block>> whatItWouldTake) {
            return new Options(whatIf, whatItWouldTake, nextLevelChange);
        }

        public Options withNextLevelChange(Function<ElementSection, String> nextLevelChange) {
            return new Options(whatIf, whatItWouldTake, nextLevelChange);
        }
    }

    public static Document of(FeasibilityReport report) {
        return of(report, Options.assessment());
    }

    public static Document of(FeasibilityReport report, Options options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(report.pack().introduction()));
        if (report.restsOnReconstruction()) {
            blocks.add(new Block.Note(Block.NoteKind.WARNING, List.of(new Paragraph(Text.builder()
                    .plain("The statuses behind these levels are the project's reconstruction, not the source's"
                            + " published scores. See ")
                    .link("Where the data comes from", "#provenance").plain(".").build()))));
        }
        if (report.restsOnIllustration()) {
            blocks.add(new Block.Note(Block.NoteKind.WARNING, List.of(new Paragraph(Text.builder()
                    .plain("The statuses behind these levels are illustrative: made up to show the method, not an"
                            + " assessment of anything real. See ")
                    .link("Where the data comes from", "#provenance").plain(".").build()))));
        }
        blocks.add(summary(report));
        for (ElementSection element : report.elements()) {
            blocks.add(element(report, element, options));
        }
        blocks.add(actions(report.actions(), report.pack().words()));
        blocks.add(provenance(report.provenance()));
        blocks.add(run(report));
        blocks.add(glossary(report));
        return new Document(report.title(), options.whatIf(), blocks, Optional.of(ReportJsonTree.of(report)),
                Optional.of(sheet(report, options.nextLevelChange())));
    }

    /**
     * The report for programs only: the same {@link Document#data() data} as {@link #of(FeasibilityReport,
     * Options)}, so the JSON backend prints the same text, without laying out the sections, charts and sheet
     * that people read. For the workbench, which answers every what-if as JSON and would build them for nothing.
     */
    public static Document forPrograms(FeasibilityReport report, Optional<WhatIf> whatIf) {
        return new Document(report.title(), whatIf, List.of(), Optional.of(ReportJsonTree.of(report)), Optional.empty());
    }

    // ---------------------------------------------------------------------------------------------- summary

    private static Section summary(FeasibilityReport report) {
        List<Block> blocks = new ArrayList<>();
        int levelSteps = report.scales().levels().size();
        List<Row> rows = new ArrayList<>();
        for (LevelCount count : report.summary().levels()) {
            rows.add(new Row(List.of(
                    new Cell(Text.of(count.level().name()), Optional.of(new Shade(count.level().rank(), levelSteps)),
                            Set.of()),
                    Cell.of(String.valueOf(count.count())),
                    Cell.of(count.elementIds().isEmpty() ? "-" : String.join(", ", count.elementIds())))));
        }
        Pack.Words words = report.pack().words();
        blocks.add(new Block.Table(capitalised(words.elements()) + " per level, highest level first",
                List.of(Column.of("Level"), new Column("Count", true), Column.of(capitalised(words.elements()))), rows,
                true));
        if (!report.summary().elementsWithoutLevel().isEmpty()) {
            blocks.add(Paragraph.of("No level concluded: " + String.join(", ", report.summary().elementsWithoutLevel())
                    + "."));
        }
        blocks.add(levelChart(report, levelSteps));
        blocks.add(heatmap(report));
        return new Section("summary", Text.of("Summary: " + count(report.summary().elementCount(), words.element(),
                words.elements()) + " by level"), blocks);
    }

    private static Block.Figure levelChart(FeasibilityReport report, int levelSteps) {
        int most = report.summary().levels().stream().mapToInt(LevelCount::count).max().orElse(0);
        List<SvgBarChart.Input> bars = report.summary().levels().stream()
                .map(c -> new SvgBarChart.Input(c.level().name(), String.valueOf(c.count()),
                        most == 0 ? 0 : c.count() / (double) most, SequentialPalette.of(c.level().rank(), levelSteps)))
                .toList();
        String perLevel = capitalised(report.pack().words().elements()) + " per level";
        String description = perLevel + ", highest first: " + report.summary().levels().stream()
                .map(c -> c.level().name() + " " + c.count()).collect(Collectors.joining(", ")) + ".";
        return new Block.Figure(SvgBarChart.of(perLevel, 640, 120, 40, bars).svg(), description);
    }

    /**
     * One row per element: each dimension's status and reliance, shaded by status; greyed where the element does
     * not need the dimension, outlined and saying so where it holds the element down; and the level.
     */
    private static Block.Table heatmap(FeasibilityReport report) {
        Pack.Words words = report.pack().words();
        boolean reliances = !report.scales().relianceSteps().isEmpty();
        List<Column> columns = new ArrayList<>(List.of(Column.of(capitalised(words.element())), Column.of("Name")));
        report.scales().dimensions().forEach(d -> columns.add(Column.of(d.name())));
        columns.add(Column.of("Level"));
        List<Row> rows = new ArrayList<>();
        for (ElementSection element : report.elements()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(Text.builder().link(element.id(), "#" + anchor(element.id())).build()));
            cells.add(Cell.of(element.name()));
            for (DimensionRef dimension : report.scales().dimensions()) {
                cells.add(standing(element, dimension.id())
                        .map(s -> heatmapCell(element, s, report.scales().statusSteps().size(), reliances))
                        .orElse(Cell.of("not assessed")));
            }
            cells.add(element.level()
                    .map(l -> new Cell(Text.of(l.name()), Optional.of(new Shade(l.rank(), report.scales().levels().size())),
                            Set.<Mark>of()))
                    .orElse(Cell.of("none concluded")));
            rows.add(new Row(cells));
        }
        String blocking = " says \"" + BLOCKS + "\" and is outlined (in text and Markdown: marked "
                + Mark.BLOCKING.marker() + ")";
        if (!reliances) {
            return new Block.Table("Each " + words.dimension() + "'s status in the latest round, and the level the rules"
                    + " concluded. Colours follow the status scale (darkest = lowest). "
                    + capitalised(Pack.Words.withArticle(words.dimension())) + " that holds the " + words.element()
                    + " down" + blocking + ".", columns, rows, true);
        }
        String notNeeded = report.scales().relianceSteps().get(0).name();
        return new Block.Table("Each " + words.dimension() + "'s status in the latest round / how much the "
                + words.element() + " relies on it, and the level the rules concluded. Colours follow the status scale"
                + " (darkest = lowest). " + capitalised(Pack.Words.withArticle(words.dimension())) + " that holds the "
                + words.element() + " down" + blocking + "; " + Pack.Words.withArticle(words.dimension()) + " the "
                + words.element() + " does not need (" + notNeeded
                + ") is greyed out, whatever its status.", columns, rows, true);
    }

    private static Cell heatmapCell(ElementSection element, DimensionStanding standing, int statusSteps,
            boolean reliances) {
        String words = reliances ? standing.status() + " / " + standing.reliance() : standing.status();
        Optional<Shade> shade = Optional.of(new Shade(standing.statusRank(), statusSteps));
        if (element.isHeldDownBy(standing.dimension())) {
            return new Cell(Text.of(words + " — " + BLOCKS), shade, Set.of(Mark.BLOCKING));
        }
        if (!standing.needed()) {
            return new Cell(Text.of(words), shade, Set.of(Mark.MUTED));
        }
        return new Cell(Text.of(words), shade, Set.of());
    }

    // --------------------------------------------------------------------------------------------- elements

    private static Section element(FeasibilityReport report, ElementSection element, Options options) {
        List<Block> blocks = new ArrayList<>();
        if (!element.description().isBlank()) {
            blocks.add(Paragraph.of(element.description()));
        }
        blocks.add(new Paragraph(element.level()
                .map(l -> Text.builder().plain("Level: ").strong(l.name()).plain(" — " + l.meaning()).build())
                .orElse(Text.of("Level: none concluded (no rule reached a level for this element)."))));
        // Where the element comes from, when the pack asks for it (drawn_from) or the element says so anyway.
        if (report.pack().requires("drawn_from") || !element.drawnFrom().isEmpty()) {
            blocks.add(new Paragraph(Text.builder().plain("Drawn from: ")
                    .plain(element.drawnFrom().isEmpty() ? "nothing named in the knowledge files"
                            : String.join("; ", element.drawnFrom()))
                    .plain(".").build()));
        }
        blocks.add(elementChart(report, element));

        List<Block> why = new ArrayList<>();
        element.levelRule().ifPresent(rule -> why.addAll(citation("Concluded by rule", rule)));
        if (why.isEmpty()) {
            why.add(Paragraph.of("No rule concluded a level."));
        }
        blocks.add(Section.of("Why this level", why));
        blocks.add(Section.of("What holds it down", holdsDown(element)));
        blocks.addAll(options.whatItWouldTake().apply(element));
        blocks.add(Section.of("Recommendations", recommendations(element)));
        blocks.add(Section.of("Caveats", caveats(element)));

        Text.Builder heading = Text.builder().plain(element.id() + " " + element.name());
        element.level().ifPresent(l -> heading.plain(": ").strong(l.name()));
        return new Section(anchor(element.id()), heading.build(), blocks);
    }

    private static List<Block> holdsDown(ElementSection element) {
        if (element.atTopLevel()) {
            return List.of(Paragraph.of("Nothing: " + element.level().orElseThrow().name()
                    + " is the highest level of the model."));
        }
        if (element.blockingDimensions().isEmpty()) {
            return List.of(Paragraph.of("No rule named a dimension that holds it at this level."));
        }
        List<Item> items = new ArrayList<>();
        for (BlockingDimension dimension : element.blockingDimensions()) {
            Text.Builder facts = Text.builder().strong(dimension.name());
            if (dimension.rounds().size() == 1) {
                facts.plain(": " + dimension.status());
            } else if (!dimension.rounds().isEmpty()) {
                facts.plain(": " + dimension.status() + " in round " + dimension.rounds().size() + " (rounds: "
                        + dimension.history() + ")");
            }
            if (!dimension.reliance().isEmpty()) {
                facts.plain("; reliance " + dimension.reliance());
            }
            facts.plain(". Sets a ceiling of ").strong(dimension.ceiling()).plain(".");
            items.add(new Item(facts.build(), dimension.ceilingRule().map(r -> citation("By rule", r))
                    .orElse(List.of())));
        }
        return List.of(new Block.BulletList(items));
    }

    private static List<Block> recommendations(ElementSection element) {
        if (element.recommendations().isEmpty()) {
            return List.of(Paragraph.of("None."));
        }
        List<Item> items = new ArrayList<>();
        for (RecommendationItem item : element.recommendations()) {
            items.add(new Item(Text.builder().strong(item.title()).plain(" (" + item.label() + "): "
                    + item.text()).build(), citation("Why: rule", item.rule())));
        }
        return List.of(new Block.BulletList(items));
    }

    private static List<Block> caveats(ElementSection element) {
        if (element.caveats().isEmpty()) {
            return List.of(Paragraph.of("None."));
        }
        List<Item> items = new ArrayList<>();
        for (CaveatItem caveat : element.caveats()) {
            String about = caveat.dimensionName().isEmpty() ? "" : caveat.dimensionName() + ": ";
            items.add(new Item(Text.builder().plain(about + caveat.text() + " (rule ")
                    .code(caveat.rule().location()).plain(")").build(), List.of()));
        }
        return List.of(new Block.BulletList(items));
    }

    /** Each dimension's status as a bar, greyed where the element does not need it, outlined where it blocks. */
    private static Block.Figure elementChart(FeasibilityReport report, ElementSection element) {
        int statusSteps = report.scales().statusSteps().size();
        List<SvgBarChart.Input> bars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (DimensionStanding s : element.standings()) {
            boolean holdsDown = element.isHeldDownBy(s.dimension());
            String value = s.status() + (s.reliance().isEmpty() ? "" : ", reliance " + s.reliance())
                    + (holdsDown ? " — " + BLOCKS : "");
            SvgBarChart.Emphasis emphasis = holdsDown ? SvgBarChart.Emphasis.HOLDS_DOWN
                    : s.needed() ? SvgBarChart.Emphasis.PLAIN : SvgBarChart.Emphasis.MUTED;
            bars.add(new SvgBarChart.Input(s.name(), value, (s.statusRank() + 1) / (double) statusSteps,
                    SequentialPalette.of(s.statusRank(), statusSteps), emphasis));
            words.add(s.name() + " " + value);
        }
        String title = capitalised(report.pack().words().dimensions()) + " of " + element.id()
                + ": status in the latest round (scale " + String.join(" < ", report.scales().statuses()) + ")"
                + (report.scales().relianceSteps().isEmpty() ? "" : " and reliance");
        return new Block.Figure(SvgBarChart.of(title, 560, 170, 230, bars).svg(),
                title + ": " + String.join("; ", words) + ".");
    }

    // ------------------------------------------------------------------------------------------ the rest

    private static Section actions(List<ActionSection> actions, Pack.Words words) {
        Text heading = Text.of("Practical actions (across " + words.elements() + ")");
        if (actions.isEmpty()) {
            return new Section("actions", heading, List.of(Paragraph.of("None: no " + words.dimension()
                    + " blocks several " + words.elements() + ".")));
        }
        List<Item> items = new ArrayList<>();
        for (ActionSection action : actions) {
            Text.Builder named = Text.builder().plain("For: ");
            for (int i = 0; i < action.elements().size(); i++) {
                ElementRef ref = action.elements().get(i);
                named.plain(i == 0 ? "" : "; ").link(ref.id(), "#" + anchor(ref.id())).plain(" " + ref.name());
            }
            List<Block> children = new ArrayList<>();
            children.add(new Paragraph(named.plain(".").build()));
            children.addAll(citation("Why: rule", action.rule()));
            items.add(new Item(Text.builder().strong(action.title()).plain(" (" + action.dimensionName() + "): "
                    + action.text()).build(), children));
        }
        return new Section("actions", heading, List.of(new Block.BulletList(items)));
    }

    private static Section provenance(List<ProvenanceNote> notes) {
        List<Block> blocks = new ArrayList<>();
        for (ProvenanceNote note : notes) {
            blocks.add(new Paragraph(Text.builder().strong(note.subject()).plain(": " + note.origin() + ". "
                    + note.basis()).build()));
            if (!note.changes().isEmpty()) {
                List<Text> changes = new ArrayList<>();
                for (Provenance.Change change : note.changes()) {
                    changes.add(Text.of("Changed " + change.date() + " by " + change.by() + ": " + change.what()));
                }
                blocks.add(Block.BulletList.of(changes));
            }
        }
        return new Section("provenance", Text.of("Where the data comes from"), blocks);
    }

    private static Section run(FeasibilityReport report) {
        List<Row> inputs = new ArrayList<>();
        for (SourceFile file : report.stamp().inputs()) {
            inputs.add(new Row(List.of(Cell.of(Text.builder().code(file.path()).build()),
                    Cell.of(Text.builder().code(file.sha256()).build()))));
        }
        return new Section("run", Text.of("Run"), List.of(
                new Paragraph(Text.builder().plain("Advisor version: ").code(report.stamp().advisorVersion())
                        .plain(". Generated at: ").code(report.stamp().generatedAt().toString()).plain(".").build()),
                new Block.Table("Input files and their SHA-256: same files, same report",
                        List.of(Column.of("Input file"), Column.of("SHA-256")), inputs, false)));
    }

    /** Every term a reader meets in the answers, the model's scales and the pack's nouns in their own words. */
    private static Section glossary(FeasibilityReport report) {
        Pack.Words words = report.pack().words();
        String anElement = Pack.Words.withArticle(words.element());
        String aDimension = Pack.Words.withArticle(words.dimension());
        List<Block.Definition> terms = new ArrayList<>();
        terms.add(scaleTerm("Level", "How far " + anElement + " can go as drafted, on the maturity model's scale."
                + " A level holds only when everything it requires holds; levels are never averaged.",
                report.scales().levels()));
        report.scales().levels().forEach(s -> terms.add(stepTerm(s, "level")));
        int rounds = report.pack().rounds();
        terms.add(scaleTerm("Status", "How mature " + aDimension + " is today for " + anElement + ". "
                + (rounds == 1 ? "One round of scoring gives it." : capitalised(NumberWords.of(rounds))
                        + " rounds of scoring give one status each; the latest round decides, earlier rounds show how"
                        + " stable it is."),
                report.scales().statusSteps()));
        report.scales().statusSteps().forEach(s -> terms.add(stepTerm(s, "status")));
        if (!report.scales().relianceSteps().isEmpty()) {
            terms.add(scaleTerm("Reliance", "How much " + anElement + " needs " + aDimension + " to work. The level"
                    + " follows from the weakest " + words.dimension() + " the " + words.element() + " relies on.",
                    report.scales().relianceSteps()));
            report.scales().relianceSteps().forEach(s -> terms.add(stepTerm(s, "reliance")));
        }
        terms.add(new Block.Definition("Blocks (holds it down)", Text.of(capitalised(aDimension) + " that a rule"
                + " named as holding the " + words.element() + " at its level: the " + words.element() + " cannot"
                + " rise until that " + words.dimension() + "'s status rises.")));
        terms.add(new Block.Definition("IQR (interquartile range)", Text.of("The spread of the middle half of the"
                + " panel's scores, in status steps: the upper quartile minus the lower. An IQR of 1 or more means"
                + " the panel disagreed, and the status is contested.")));
        terms.add(new Block.Definition("Modal level", Text.builder().plain("In ")
                .code("./advisor uncertainty").plain(", the level " + anElement + " reached most often across the"
                        + " sampled runs.").build()));
        terms.add(new Block.Definition("Wilson interval", Text.of("The 95% Wilson score interval around a share of"
                + " samples (how often " + anElement + " reached a level): the range the true share lies in with 95%"
                + " confidence; unlike the simpler normal approximation, it stays between 0% and 100% and holds"
                + " for small samples.")));
        // The pack's own terms last: they add to these, in the pack's order.
        report.pack().glossary().forEach(t -> terms.add(new Block.Definition(t.term(), Text.of(t.meaning()))));
        return new Section("glossary", Text.of("Glossary"), List.of(new Block.Definitions(terms)));
    }

    private static Block.Definition scaleTerm(String term, String meaning, List<ScaleStep> steps) {
        return new Block.Definition(term, Text.of(meaning + " Lowest first: "
                + steps.stream().map(ScaleStep::name).collect(Collectors.joining(" < ")) + "."));
    }

    private static Block.Definition stepTerm(ScaleStep step, String scale) {
        return new Block.Definition(step.name() + " (" + scale + ")", Text.of(step.meaning()));
    }

    /** {@code "name" (rules/file.drl:12)}, then the rule's rationale, then what it is based on. */
    private static List<Block> citation(String label, RuleCitation rule) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Text.builder().plain(label + " \"" + rule.name() + "\" (").code(rule.location())
                .plain(")").build()));
        rule.rationale().ifPresent(r -> blocks.add(Paragraph.of(r)));
        rule.source().ifPresent(s -> blocks.add(Paragraph.of("Based on: " + s)));
        return blocks;
    }

    // ------------------------------------------------------------------------------------------------ sheet

    /**
     * One row per element for a spreadsheet: id, name, each dimension's status and reliance (two columns per
     * dimension; one without a reliance scale), the level, the dimensions that hold it down, and the change that would raise it one level.
     */
    private static Block.Table sheet(FeasibilityReport report, Function<ElementSection, String> nextLevelChange) {
        List<Column> columns = new ArrayList<>(List.of(Column.of("id"), Column.of("name")));
        boolean reliances = !report.scales().relianceSteps().isEmpty();
        for (DimensionRef dimension : report.scales().dimensions()) {
            columns.add(Column.of(dimension.name() + " status"));
            if (reliances) {
                columns.add(Column.of(dimension.name() + " reliance"));
            }
        }
        columns.addAll(List.of(Column.of("level"), Column.of("blockers"), Column.of("next-level change")));
        List<Row> rows = new ArrayList<>();
        for (ElementSection element : report.elements()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(element.id()), Cell.of(element.name())));
            for (DimensionRef dimension : report.scales().dimensions()) {
                Optional<DimensionStanding> standing = standing(element, dimension.id());
                cells.add(Cell.of(standing.map(DimensionStanding::status).orElse("")));
                if (reliances) {
                    cells.add(Cell.of(standing.map(DimensionStanding::reliance).orElse("")));
                }
            }
            cells.add(Cell.of(element.level().map(l -> l.name()).orElse("")));
            cells.add(Cell.of(String.join("; ", element.blockingDimensionNames())));
            cells.add(Cell.of(nextLevelChange.apply(element)));
            rows.add(new Row(cells));
        }
        return new Block.Table(report.title(), columns, rows, true);
    }

    private static Optional<DimensionStanding> standing(ElementSection element, String dimension) {
        return element.standings().stream().filter(s -> s.dimension().equals(dimension)).findFirst();
    }

    /** "3 reading rooms", "1 reading room". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The pack's noun as a heading starts it: "Reading rooms". */
    static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }

    /** The id of an element's part, for links from the heatmap and the practical actions. */
    static String anchor(String elementId) {
        return "element-" + elementId;
    }
}
