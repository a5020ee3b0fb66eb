package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.WhatItWouldTake.Goal;
import org.cyberarms.advisor.report.WhatItWouldTake.RuleFiring;

/**
 * One element's "What it would take" for the report document, in the model's dimension labels: the smallest
 * status changes to the next level and to the top, the rules that would then fire and stop firing, and a
 * command that checks it. Built from {@link WhatItWouldTake}; it decides nothing.
 */
public final class WhatItWouldTakeBlocks {

    public static final String HEADING = "What it would take";

    private WhatItWouldTakeBlocks() {}

    /**
     * A section headed {@value #HEADING}; no blocks for an element with no level, or for a report built
     * without the search.
     */
    public static List<Block> of(ElementSection element) {
        return of(element, List.of());
    }

    /**
     * As {@link #of(ElementSection)}, each check command repeating {@code sameInputs} (the command line's
     * {@code --knowledge}, {@code --rules}, {@code --scenario} and {@code --set} options), so that it checks
     * the change on the knowledge and the what-if the report was made from.
     */
    public static List<Block> of(ElementSection element, List<String> sameInputs) {
        List<Block> blocks = new ArrayList<>();
        if (element.atTopLevel()) {
            blocks.add(Block.Paragraph.of("Nothing: " + element.level().map(l -> l.name()).orElse("")
                    + " is the highest level of the model."));
        } else if (element.whatItWouldTake().isPresent()) {
            WhatItWouldTake take = element.whatItWouldTake().get();
            goal(element.id(), take.toNextLevel(), take.nextLevelIsTop(), sameInputs, blocks);
            if (!take.nextLevelIsTop()) {
                goal(element.id(), take.toTop(), true, sameInputs, blocks);
            }
        }
        return blocks.isEmpty() ? List.of() : List.of(Block.Section.of(HEADING, blocks));
    }

    /**
     * The change to the next level in one cell, for the report's spreadsheet: "Attribution none -> weak;
     * Verification none -> weak"; "none (highest level)" at the top; why not when no status change reaches it;
     * empty when the report was built without the search.
     */
    public static String nextLevelChange(ElementSection element) {
        if (element.atTopLevel()) {
            return "none (highest level)";
        }
        return element.whatItWouldTake().map(take -> {
            Goal next = take.toNextLevel();
            if (!next.reachable()) {
                return "not reachable by status changes alone: " + next.notReachableBecause().orElse("");
            }
            return next.target() + ": " + String.join("; ", next.changes().stream()
                    .map(c -> c.dimensionName() + " " + c.from() + " -> " + c.to()).toList());
        }).orElse("");
    }

    private static void goal(String elementId, Goal goal, boolean isTop, List<String> sameInputs,
            List<Block> blocks) {
        Text.Builder opening = Text.builder().plain("To reach ").strong(goal.target())
                .plain(isTop ? " (the highest level)" : "");
        if (!goal.reachable()) {
            blocks.add(new Block.Paragraph(opening.plain(": not reachable by status changes alone; ")
                    .plain(goal.notReachableBecause().orElse("") + ".").build()));
            return;
        }
        List<String> changes = goal.changes().stream()
                .map(c -> c.dimensionName() + " " + c.from() + " -> " + c.to())
                .toList();
        opening.plain(": " + inWords(changes) + ".");
        if (!goal.reaches().equals(goal.target())) {
            opening.plain(" The rules would then conclude ").strong(goal.reaches()).plain(".");
        }
        blocks.add(new Block.Paragraph(opening.build()));
        List<Text> rules = new ArrayList<>();
        if (!goal.rulesThatWouldFire().isEmpty()) {
            rules.add(rules("Rules that would then fire: ", goal.rulesThatWouldFire()));
        }
        if (!goal.rulesThatWouldStop().isEmpty()) {
            rules.add(rules("Rules that would stop firing: ", goal.rulesThatWouldStop()));
        }
        if (!rules.isEmpty()) {
            blocks.add(Block.BulletList.of(rules));
        }
        List<String> check = new ArrayList<>(List.of("report"));
        check.addAll(sameInputs);
        goal.changes().forEach(c -> check.addAll(List.of("--set", elementId + "." + c.dimension() + "=" + c.to())));
        blocks.add(WhatIfBlocks.command(check));
    }

    private static Text rules(String lead, List<RuleFiring> firings) {
        Text.Builder text = Text.builder().plain(lead);
        for (int i = 0; i < firings.size(); i++) {
            text.plain(i == 0 ? "" : i == firings.size() - 1 ? " and " : ", ")
                    .code(firings.get(i).rule()).plain(" (" + firings.get(i).location() + ")");
        }
        return text.plain(".").build();
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String inWords(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
