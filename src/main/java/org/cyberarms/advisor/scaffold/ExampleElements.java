package org.cyberarms.advisor.scaffold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The three example elements a new pack starts with, and what the generated rules conclude about them (from
 * the {@link CeilingTable}), so that the generated analyst tests pin it. They are chosen to show the three
 * kinds of outcome: everything in place (the top level), one dimension lagging (a middle level), and a
 * dimension the element needs at its lowest status (the lowest level) beside one it does not need.
 */
final class ExampleElements {

    /** How one example element stands on one dimension: reliance rank (-1 without reliance), status per round. */
    record Cell(String dimension, int reliance, List<Integer> rounds) {
        int status() {
            return rounds.get(rounds.size() - 1);
        }
    }

    record Example(String id, String name, String description, List<Cell> cells) {}

    /**
     * What the rules conclude about one element: its level's rank, the dimensions that block it, and those whose
     * status moved between rounds (a caveat).
     */
    record Outcome(int level, List<String> blockers, List<String> moved) {}

    private final PackPlan plan;
    private final CeilingTable table;
    private final List<Example> examples;

    ExampleElements(PackPlan plan) {
        this.plan = plan;
        this.table = new CeilingTable(plan.levels().size(), plan.statuses().size(), plan.reliances().size());
        List<String> ids = ExampleIds.matching(Pattern.compile(plan.elementIds())).orElseThrow(
                () -> new IllegalArgumentException("no example id matches " + plan.elementIds()));
        int top = plan.statuses().size() - 1;
        int critical = plan.hasReliances() ? plan.reliances().size() - 1 : -1;
        // The highest status that still holds an element below the top level: "lagging" by one level or so.
        int middle = 0;
        for (int s = 0; s < top; s++) {
            if (table.ceiling(critical, s) < plan.levels().size() - 1) {
                middle = s;
            }
        }
        int notNeeded = plan.hasReliances() ? 0 : -1;
        List<String> dimensions = plan.dimensions();
        int last = dimensions.size() - 1;

        List<Cell> allInPlace = new ArrayList<>();
        List<Cell> oneLagging = new ArrayList<>();
        List<Cell> early = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            String dimension = dimensions.get(d);
            // With several rounds, the first dimension rose into the top status at the last round: the latest
            // round decides, and the caveat rule says that it moved.
            allInPlace.add(new Cell(dimension, critical, d == 0 ? rising(top) : steady(top)));
            oneLagging.add(d == last && last > 0 || dimensions.size() == 1
                    ? new Cell(dimension, critical, steady(middle)) : new Cell(dimension, critical, steady(top)));
            if (d == 0) {
                early.add(new Cell(dimension, critical, steady(0)));
            } else if (d == last && plan.hasReliances()) {
                early.add(new Cell(dimension, notNeeded, steady(0)));
            } else {
                early.add(new Cell(dimension, critical, steady(middle)));
            }
        }
        this.examples = List.of(
                new Example(ids.get(0), "Example: everything in place",
                        "An example element whose dimensions are all at the top status. Replace it with one of yours.",
                        allInPlace),
                new Example(ids.get(1), "Example: one dimension lagging",
                        "An example element held back by one dimension. Replace it with one of yours.", oneLagging),
                new Example(ids.get(2), "Example: early stage",
                        "An example element that needs a dimension which is not in place at all. Replace it with one"
                                + " of yours.", early));
    }

    List<Example> all() {
        return examples;
    }

    /** The element the example scenario improves: the early-stage one. */
    Example early() {
        return examples.get(2);
    }

    Outcome outcome(Example example) {
        int level = example.cells().stream().mapToInt(this::ceiling).min().orElseThrow();
        List<String> blockers = level == plan.levels().size() - 1 ? List.of()
                : example.cells().stream().filter(c -> ceiling(c) == level).map(Cell::dimension).toList();
        List<String> moved = example.cells().stream().filter(c -> c.rounds().stream().distinct().count() > 1)
                .map(Cell::dimension).toList();
        return new Outcome(level, blockers, moved);
    }

    /** The example with the status of the given dimensions set, in every round, as a what-if sets it. */
    Example withStatus(Example example, List<String> dimensions, int status) {
        return new Example(example.id(), example.name(), example.description(), example.cells().stream()
                .map(c -> dimensions.contains(c.dimension()) ? new Cell(c.dimension(), c.reliance(), steady(status)) : c)
                .toList());
    }

    int ceiling(Cell cell) {
        return table.ceiling(cell.reliance(), cell.status());
    }

    private List<Integer> steady(int status) {
        return Collections.nCopies(plan.rounds(), status);
    }

    /** One step below {@code status} in every round but the last (steady when there is one round). */
    private List<Integer> rising(int status) {
        List<Integer> rounds = new ArrayList<>(steady(status));
        for (int r = 0; r < rounds.size() - 1; r++) {
            rounds.set(r, status - 1);
        }
        return rounds;
    }
}
