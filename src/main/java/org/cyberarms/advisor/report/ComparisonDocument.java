package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.scenario.AssumedValues;
import org.cyberarms.advisor.scenario.Comparison;

/**
 * {@code advisor whatif} as a {@link Document}: the elements × scenarios matrix of levels, then per scenario
 * the values it sets (marked), the levels, recommendations, practical actions and rule firings that change.
 * It opens with the what-if banner of all the scenarios compared; its JSON is {@code docs/whatif.schema.json}.
 */
public final class ComparisonDocument {

    private ComparisonDocument() {}

    /** The comparison with dimensions named by their ids (when no maturity model is at hand). */
    public static Document of(Comparison comparison) {
        return of(comparison, Map.of(), Pack.Words.defaults());
    }

    /** The comparison with dimensions named by the model's labels in the sentences people read. */
    public static Document of(Comparison comparison, MaturityModel model) {
        return of(comparison, WhatIfBlocks.labels(model), model.pack().words());
    }

    /**
     * @param labels the model's dimension labels by id, for the sentences people read
     * @param words  the pack's nouns, for headings
     */
    static Document of(Comparison comparison, Map<String, String> labels, Pack.Words words) {
        List<Block> blocks = new ArrayList<>();
        boolean againstAssessment = comparison.against().equals(Comparison.BASELINE);
        blocks.add(Block.Paragraph.of(againstAssessment
                ? "The assessment and each scenario run through the same rules; each scenario is compared with the"
                        + " assessment on its own (with the scenarios it builds on)."
                : "The scenario and " + comparison.against() + ", which it extends, run through the same rules; the"
                        + " scenario is compared with " + comparison.against() + ", so only its own changes count."));
        blocks.add(new Block.Section("matrix", Text.of("Levels: " + words.elements() + " × scenarios"),
                List.of(matrix(comparison, words))));
        for (int i = 0; i < comparison.scenarios().size(); i++) {
            blocks.add(scenario(comparison.scenarios().get(i), "scenario-" + (i + 1), comparedWith(comparison),
                    labels));
        }
        int count = comparison.scenarios().size();
        return new Document("What if: the assessment and " + count + (count == 1 ? " scenario" : " scenarios"),
                Optional.of(AssumedValues.ofComparison(comparison)), blocks,
                Optional.of(WhatIfJson.comparison(comparison)), Optional.empty());
    }

    private static Block.Table matrix(Comparison comparison, Pack.Words words) {
        List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.of(words.element()), Block.Column.of(
                comparison.against().equals(Comparison.BASELINE) ? "assessment" : comparison.against())));
        comparison.scenarios().forEach(s -> columns.add(Block.Column.of(s.name())));
        List<Block.Row> rows = new ArrayList<>();
        for (Comparison.ElementRow row : comparison.matrix()) {
            List<Block.Cell> cells = new ArrayList<>(List.of(Block.Cell.of(row.elementId() + " " + row.name()),
                    WhatIfBlocks.level(row.baseline(), 0, comparison.levels())));
            row.scenarios().forEach(c -> cells.add(WhatIfBlocks.level(c.level(), c.direction(), comparison.levels())));
            rows.add(new Block.Row(cells));
        }
        return new Block.Table("The level the rules conclude on " + comparedWith(comparison)
                + " and in each scenario; ↑ and ↓ mark a change from " + comparedWith(comparison) + ".", columns, rows, true);
    }

    /** "the assessment", or the scenario a {@code --against parent} comparison starts from. */
    private static String comparedWith(Comparison comparison) {
        return comparison.against().equals(Comparison.BASELINE) ? "the assessment" : comparison.against();
    }

    private static Block scenario(Comparison.ScenarioDiff diff, String anchor, String comparedWith,
            Map<String, String> labels) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of(diff.description()));
        blocks.add(Block.Paragraph.of("Rationale: " + diff.rationale()));
        if (diff.changesNothing()) {
            blocks.add(new Block.Note(Block.NoteKind.INFO, List.of(Block.Paragraph.of("This scenario's changes"
                    + " change nothing: every level, recommendation, practical action and rule firing is as in "
                    + comparedWith + "."))));
        }
        if (diff.applied().size() > 1) {
            blocks.add(Block.Paragraph.of("Applies, in order: " + String.join(" -> ", diff.applied())));
        }
        blocks.add(Block.Section.of("Values it sets", List.of(WhatIfBlocks.list(
                diff.assumed().stream().map(WhatIfBlocks::assumed).toList(), "It sets no value the assessment"
                        + " does not already have."))));
        blocks.add(Block.Section.of("Levels that change", List.of(WhatIfBlocks.list(diff.levelChanges().stream()
                .map(c -> Text.builder().plain(c.elementId() + " " + c.name() + ": " + c.from().orElse("absent")
                        + " -> ").strong(c.to().orElse("removed") + (c.direction() > 0 ? " ↑"
                                : c.direction() < 0 ? " ↓" : "")).build()).toList(), "No level changes."))));
        blocks.add(Block.Section.of("Recommendations that appear or disappear",
                List.of(WhatIfBlocks.list(diff.recommendations().stream().map(c -> item(c, labels)).toList(),
                        "None."))));
        blocks.add(Block.Section.of("Practical actions that appear or disappear",
                List.of(WhatIfBlocks.list(diff.actions().stream().map(c -> item(c, labels)).toList(), "None."))));
        blocks.add(Block.Section.of("Rules that fire differently, and the facts under them",
                List.of(WhatIfBlocks.list(diff.rules().stream()
                        .map(r -> WhatIfBlocks.ruleChange(r, "now fires", "no longer fires", true, labels)).toList(), "None."))));
        return new Block.Section(anchor, Text.of("Scenario " + diff.name()), blocks);
    }

    private static Text item(Comparison.ItemChange c, Map<String, String> labels) {
        return Text.builder().plain((c.appears() ? "appears: " : "disappears: ")).strong(c.title())
                .plain(" (" + WhatIfBlocks.inWords(c.subject(), labels) + "; rule ").strong(c.ruleName()).plain(", ").code(c.ruleLocation())
                .plain(")").build();
    }
}
