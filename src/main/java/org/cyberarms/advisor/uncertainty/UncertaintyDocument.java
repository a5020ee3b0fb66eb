package org.cyberarms.advisor.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.NumberWords;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.ElementUncertainty;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.LevelProbability;

/**
 * {@code advisor uncertainty} as a {@link Document}: per element, the share of samples at each level with its
 * 95% interval, whether the level is unstable and what drives it. Decides nothing; the same result always
 * gives the same document. Its JSON is {@code docs/uncertainty.schema.json}.
 */
public final class UncertaintyDocument {

    /** Bump when a key is renamed or removed, or its meaning changes; adding a key keeps it. */
    static final String SCHEMA_ID = "advisor-uncertainty/1";

    private UncertaintyDocument() {}

    /**
     * @param model  for the dimensions' labels
     * @param whatIf the what-if the samples were drawn under (its assumed statuses are drawn as they are)
     */
    public static Document of(UncertaintyResult result, MaturityModel model, Optional<WhatIf> whatIf) {
        List<Block> blocks = new ArrayList<>();
        int rounds = model.pack().rounds();
        blocks.add(Block.Paragraph.of(result.samples() + " samples, seed " + result.seed() + ". Each sample draws"
                + " every status from the panel's latest scores, or " + (rounds == 1
                        ? "keeps the status as scored where no panel scored (one round of scoring),"
                        : "from the " + NumberWords.of(rounds) + " rounds where no panel scored,")
                + " and runs the rules. The table gives the share of samples at each level with its 95% interval"
                + " (Wilson); a level is unstable when the samples reach the modal level less than "
                + percent(result.stableAt()) + " of the time."));
        blocks.add(table(result, model));
        blocks.add(Block.Section.of("Where the samples disagree, with 95% intervals", List.of(intervals(result,
                model))));
        if (result.unstable().isEmpty()) {
            blocks.add(0, Block.Paragraph.of("No " + model.pack().words().element() + " is unstable (every modal"
                    + " level holds in at least "
                    + percent(result.stableAt()) + " of the samples)."));
        } else {
            blocks.add(0, new Block.Note(Block.NoteKind.INFO, List.of(Block.Paragraph.of("Unstable (modal level in less"
                    + " than " + percent(result.stableAt()) + " of the samples): " + String.join(", ",
                    result.unstable().stream().map(e -> e.elementId() + e.driver().map(d -> " (driven by "
                            + label(model, d.dimension()) + ")").orElse("")).toList()) + "."))));
        }
        return new Document("Uncertainty of the levels", whatIf, blocks, Optional.of(json(result)), Optional.empty());
    }

    /** One row per element: the share of samples at each level, whether it is unstable, and its driver. */
    private static Block.Table table(UncertaintyResult result, MaturityModel model) {
        List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.of(model.pack().words().element()),
                Block.Column.of("as written")));
        levels(result, model).forEach(l -> columns.add(new Block.Column(l, true)));
        columns.add(Block.Column.of("unstable"));
        columns.add(Block.Column.of("driven by"));
        List<Block.Row> rows = new ArrayList<>();
        for (ElementUncertainty e : result.elements()) {
            List<Block.Cell> cells = new ArrayList<>(List.of(Block.Cell.of(e.elementId()), Block.Cell.of(e.level())));
            e.levels().forEach(p -> cells.add(Block.Cell.of(p.count() == 0 ? "–" : percent(p.probability()))));
            cells.add(Block.Cell.of(e.unstable() ? Text.builder().strong("yes").build() : Text.of("no")));
            cells.add(Block.Cell.of(e.driver().map(d -> label(model, d.dimension())).orElse("–")));
            rows.add(new Block.Row(cells));
        }
        return new Block.Table("Share of samples at each level", columns, rows, true);
    }

    /** Per element whose samples reached more than one level: each share with its interval, and the driver. */
    private static Block intervals(UncertaintyResult result, MaturityModel model) {
        List<Text> items = new ArrayList<>();
        for (ElementUncertainty e : result.elements()) {
            if (e.changed() == 0) {
                continue;
            }
            String shares = String.join(", ", e.levels().stream().filter(p -> p.count() > 0)
                    .map(p -> p.level() + " " + percent(p.probability()) + " [" + percent(p.low()) + ", "
                            + percent(p.high()) + "]").toList());
            items.add(Text.of(e.elementId() + " " + e.name() + ": " + shares + "; " + e.changed() + " of the "
                    + result.samples() + " samples changed the level" + e.driver().map(d -> ", " + label(model,
                    d.dimension()) + " credited in " + percent(d.share()) + " of them").orElse("") + "."));
        }
        return items.isEmpty() ? Block.Paragraph.of("Every sample gave every " + model.pack().words().element()
                + " the level as written.")
                : Block.BulletList.of(items);
    }

    private static List<String> levels(UncertaintyResult result, MaturityModel model) {
        return result.elements().isEmpty() ? model.levels().names()
                : result.elements().get(0).levels().stream().map(LevelProbability::level).toList();
    }

    private static ObjectNode json(UncertaintyResult r) {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", SCHEMA_ID);
        root.put("samples", r.samples());
        root.put("seed", r.seed());
        root.put("stableAt", r.stableAt());
        ArrayNode elements = root.putArray("elements");
        for (ElementUncertainty e : r.elements()) {
            ObjectNode node = elements.addObject();
            node.put("id", e.elementId());
            node.put("name", e.name());
            node.put("level", e.level());
            node.put("modalLevel", e.modal().level());
            node.put("unstable", e.unstable());
            node.put("changed", e.changed());
            ArrayNode levels = node.putArray("levels");
            for (LevelProbability p : e.levels()) {
                levels.addObject().put("level", p.level()).put("count", p.count())
                        .put("probability", p.probability()).put("low", p.low()).put("high", p.high());
            }
            if (e.driver().isPresent()) {
                node.putObject("driver").put("dimension", e.driver().get().dimension())
                        .put("credited", e.driver().get().credited()).put("share", e.driver().get().share());
            } else {
                node.putNull("driver");
            }
        }
        return root;
    }

    private static String label(MaturityModel model, String dimension) {
        return model.dimension(dimension).map(Dimension::name).orElse(dimension);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
