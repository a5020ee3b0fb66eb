package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.scenario.PathResult;

/**
 * {@code advisor path} as a {@link Document}: per element, the smallest changes of status that reach the
 * target, each with a command to check it, or why none does. Its JSON is {@code docs/path.schema.json}.
 */
public final class PathDocument {

    private PathDocument() {}

    /**
     * @param model     for the dimensions' labels
     * @param whatIf    the what-if the search ran under; its values are marked where a step starts from one
     * @param arguments the options the check commands must repeat to run on the same knowledge (the
     *                  knowledge and rules folders, the scenarios and {@code --set} changes), as typed
     */
    public static Document of(List<PathResult> results, String target, MaturityModel model, Optional<WhatIf> whatIf,
            List<String> arguments) {
        List<Block> blocks = new ArrayList<>();
        if (results.isEmpty()) {
            blocks.add(Block.Paragraph.of("Every " + model.pack().words().element() + " is at " + target
                    + " or above: nothing to search."));
        }
        for (PathResult result : results) {
            blocks.add(element(result, model, whatIf, arguments));
        }
        return new Document("Path to " + target, whatIf, blocks, Optional.of(WhatIfJson.paths(results, target)),
                Optional.empty());
    }

    private static Block element(PathResult r, MaturityModel model, Optional<WhatIf> whatIf, List<String> arguments) {
        String name = r.elementId() + " " + r.name();
        List<Block> blocks = new ArrayList<>();
        if (r.verdict().equals(PathResult.AT_TARGET)) {
            blocks.add(Block.Paragraph.of(r.elementId() + " is already " + r.currentLevel()
                    + (r.currentLevel().equals(r.target()) ? "" : ", above " + r.target()) + ": nothing to change."));
            return new Block.Section(r.elementId().toLowerCase(java.util.Locale.ROOT), Text.of(name), blocks);
        }
        if (!r.locked().isEmpty()) {
            blocks.add(Block.Paragraph.of("Locked (never changed): " + String.join(", ",
                    r.locked().stream().map(d -> label(model, d)).toList()) + "."));
        }
        if (r.verdict().equals(PathResult.UNREACHABLE)) {
            blocks.add(Block.Paragraph.of("No change reaches " + r.target() + ": " + r.explanation() + "."));
        } else {
            blocks.add(Block.Paragraph.of(r.alternatives().size() == 1
                    ? "The smallest change (every other change that reaches " + r.target() + " within "
                            + r.maxSteps() + " steps contains it):"
                    : "The smallest changes, best first (fewest status steps, then fewest dimensions):"));
            int n = 1;
            for (PathResult.Alternative a : r.alternatives()) {
                blocks.add(alternative(n++, a, r.elementId(), model, whatIf, arguments));
            }
        }
        return new Block.Section(r.elementId().toLowerCase(java.util.Locale.ROOT),
                Text.of(name + ": from " + r.currentLevel() + " to " + r.target()), blocks);
    }

    private static Block alternative(int n, PathResult.Alternative a, String elementId, MaturityModel model,
            Optional<WhatIf> whatIf, List<String> arguments) {
        List<Text> steps = a.steps().stream().map(s -> Text.builder().plain(label(model, s.dimension()) + ": ")
                .append(WhatIfBlocks.value(s.from(), whatIf, elementId, s.dimension(), "status"))
                .plain(" -> " + s.to() + " (" + s.steps() + (s.steps() == 1 ? " step)" : " steps)")).build()).toList();
        List<String> check = new ArrayList<>(List.of("report"));
        check.addAll(arguments);
        a.asSetArguments(elementId).forEach(set -> check.addAll(List.of("--set", set)));
        List<Block> blocks = new ArrayList<>(List.of(Block.BulletList.of(steps), Block.Paragraph.of("Check it:"),
                WhatIfBlocks.command(check),
                Block.Paragraph.of("Rules that would then fire differently for " + elementId + ":"),
                WhatIfBlocks.list(a.rules().stream().map(x -> WhatIfBlocks.ruleChange(x, "fires", "stops", false,
                        WhatIfBlocks.labels(model))).toList(),
                        "None.")));
        return Block.Section.of("Alternative " + n + ": " + a.totalSteps()
                + (a.totalSteps() == 1 ? " status step" : " status steps") + ", level " + a.level(), blocks);
    }

    static String label(MaturityModel model, String dimension) {
        return model.dimension(dimension).map(Dimension::name).orElse(dimension);
    }
}
