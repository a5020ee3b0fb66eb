package org.cyberarms.advisor.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;

/**
 * Every combination of reliance and status over the model's dimensions, numbered as a reader counts them:
 * combination {@code c} gives dimension {@code d} the cell {@code (c / cells^d) % cells}, and cell {@code k} is
 * reliance {@code k / statuses} with status {@code k % statuses}. A model without a reliance scale has one
 * reliance, the empty one (its assessments carry {@code ""}), so its cells are its statuses. Every round of an
 * assessment has the same status, as many rounds as the pack has.
 */
final class CheckCombinations {

    final MaturityModel model;
    final List<String> dimensions;
    final List<String> reliances;
    final List<String> statuses;
    /** Values one dimension can take: reliances × statuses. */
    final int cells;
    /** How many combinations there are (as a long: 15^8 is over two billion). */
    final long total;

    CheckCombinations(MaturityModel model) {
        this.model = model;
        this.dimensions = model.dimensionIds();
        // Without a reliance scale an assessment's reliance is "" (the pack format), so the cells are the statuses.
        this.reliances = model.hasReliances() ? model.reliances().names() : List.of("");
        this.statuses = model.statuses().names();
        this.cells = reliances.size() * statuses.size();
        long count = 1;
        for (int i = 0; i < dimensions.size(); i++) {
            count = Math.multiplyExact(count, cells);
        }
        this.total = count;
    }

    boolean hasReliances() {
        return !(reliances.size() == 1 && reliances.get(0).isEmpty());
    }

    String enumerated() {
        return dimensions.size() + " " + model.pack().words().dimensions() + " × " + (hasReliances() ? reliances.size() + " reliances × " : "")
                + statuses.size() + " statuses";
    }

    /** The assessment of dimension {@code d} with value {@code cell}, the same status in every round of the pack. */
    Assessment assessment(String elementId, int d, int cell) {
        int rank = cell % statuses.size();
        int rounds = model.pack().rounds();
        return new Assessment(elementId, dimensions.get(d), reliances.get(cell / statuses.size()),
                Collections.nCopies(rounds, statuses.get(rank)), Collections.nCopies(rounds, rank), List.of(), List.of());
    }

    /** Each dimension's reliance and status in combination {@code c}. */
    List<CheckFinding.Setting> settings(long c) {
        List<CheckFinding.Setting> settings = new ArrayList<>();
        long rest = c;
        for (Dimension dimension : model.dimensions()) {
            int cell = (int) (rest % cells);
            rest /= cells;
            settings.add(new CheckFinding.Setting(dimension.id(), dimension.name(),
                    reliances.get(cell / statuses.size()), statuses.get(cell % statuses.size())));
        }
        return settings;
    }

    /**
     * One combination run for a group of combinations the rules cannot tell apart: the first value of one
     * group per dimension.
     *
     * @param cells  per dimension, the values of the group it runs for (ascending)
     */
    record Run(long number, List<List<Integer>> cells, CheckCombinations of) {

        /** The cell each dimension has in the combination that is run. */
        int cell(int d) {
            return cells.get(d).get(0);
        }

        /** The combination that is run: the lowest-numbered of those it stands for. */
        long combination() {
            return of.number(cells.stream().map(g -> g.get(0)).toList());
        }

        /** How many combinations it stands for. */
        long weight() {
            long weight = 1;
            for (List<Integer> group : cells) {
                weight *= group.size();
            }
            return weight;
        }

        /** The {@code n} lowest-numbered combinations it stands for, lowest first. */
        List<Long> first(int n) {
            // Counting up with the first dimension fastest lists the combinations in ascending number.
            int[] at = new int[cells.size()];
            List<Long> found = new ArrayList<>();
            while (found.size() < n) {
                List<Integer> chosen = new ArrayList<>();
                for (int d = 0; d < at.length; d++) {
                    chosen.add(cells.get(d).get(at[d]));
                }
                found.add(of.number(chosen));
                int d = 0;
                while (d < at.length && ++at[d] == cells.get(d).size()) {
                    at[d++] = 0;
                }
                if (d == at.length) {
                    break;
                }
            }
            return Collections.unmodifiableList(found);
        }
    }

    /** The number of the combination with these cells. */
    long number(List<Integer> chosen) {
        long c = 0;
        for (int d = chosen.size() - 1; d >= 0; d--) {
            c = c * cells + chosen.get(d);
        }
        return c;
    }

    /** Run {@code r} of the runs the groups call for, the first dimension's group changing fastest. */
    Run run(long r, ValueClasses classes) {
        List<List<Integer>> chosen = new ArrayList<>();
        long rest = r;
        for (List<List<Integer>> dimension : classes.groups()) {
            chosen.add(dimension.get((int) (rest % dimension.size())));
            rest /= dimension.size();
        }
        return new Run(r, chosen, this);
    }
}
