package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.scenario.SensitivityResult;

/**
 * {@code advisor sensitivity} as a {@link Document}: per element, the level at every status of every
 * dimension, the binding constraint, then the tipping points. Its JSON is {@code docs/sensitivity.schema.json}.
 */
public final class SensitivityDocument {

    private SensitivityDocument() {}

    /** @param whatIf the what-if it ran under; the statuses and reliances it set are marked */
    public static Document of(SensitivityResult result, MaturityModel model, Optional<WhatIf> whatIf) {
        List<Block> blocks = new ArrayList<>();
        Pack.Words words = model.pack().words();
        blocks.add(Block.Paragraph.of("For each " + words.element() + ", the level the rules conclude when one "
                + words.dimension() + " takes each status while the others stay as they are; the binding constraint;"
                + " and the tipping points."));
        List<String> levels = model.levels().names();
        List<Text> tipping = new ArrayList<>();
        for (SensitivityResult.ElementSensitivity e : result.elements()) {
            List<Block> parts = new ArrayList<>();
            parts.add(Block.Paragraph.of("Binding constraint: " + (e.binding().isEmpty() ? "none (at the top level)"
                    : String.join(", ", e.binding().stream().map(d -> PathDocument.label(model, d)).toList())) + "."));
            parts.add(table(e, result.statuses(), levels, model, whatIf));
            blocks.add(new Block.Section(e.elementId().toLowerCase(java.util.Locale.ROOT),
                    Text.of(e.elementId() + " " + e.name() + ": " + e.level()), parts));
            e.tippingPoints().forEach(t -> tipping.add(Text.of(e.elementId() + ": " + PathDocument.label(model,
                    t.dimension()) + " " + t.from() + " -> " + t.to() + " moves it " + (t.direction() > 0 ? "up" : "down")
                    + " to " + t.levelTo())));
        }
        blocks.add(Block.Section.of("Tipping points (one status step from a change of level)",
                List.of(WhatIfBlocks.list(tipping, "None."))));
        return new Document("Sensitivity: one " + words.dimension() + " at a time over its whole scale", whatIf, blocks,
                Optional.of(WhatIfJson.sensitivity(result)), Optional.empty());
    }

    private static Block.Table table(SensitivityResult.ElementSensitivity e, List<String> statuses, List<String> levels,
            MaturityModel model, Optional<WhatIf> whatIf) {
        boolean reliances = model.hasReliances();
        List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.of(model.pack().words().dimension())));
        if (reliances) {
            columns.add(Block.Column.of("reliance"));
        }
        columns.add(Block.Column.of("status now"));
        statuses.forEach(s -> columns.add(Block.Column.of("at " + s)));
        List<Block.Row> rows = new ArrayList<>();
        for (SensitivityResult.DimensionRow row : e.dimensions()) {
            List<Block.Cell> cells = new ArrayList<>(List.of(Block.Cell.of(PathDocument.label(model, row.dimension()))));
            if (reliances) {
                cells.add(Block.Cell.of(WhatIfBlocks.value(row.reliance(), whatIf, e.elementId(), row.dimension(),
                        "reliance")));
            }
            cells.add(Block.Cell.of(WhatIfBlocks.value(row.currentStatus(), whatIf, e.elementId(), row.dimension(),
                    "status")));
            row.levels().forEach(level -> cells.add(WhatIfBlocks.level(Optional.of(level), 0, levels)));
            rows.add(new Block.Row(cells));
        }
        return new Block.Table("The level of " + e.elementId() + " when the " + model.pack().words().dimension()
                + " takes each status", columns,
                rows, true);
    }
}
