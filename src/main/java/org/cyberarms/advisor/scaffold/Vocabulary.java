package org.cyberarms.advisor.scaffold;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;

/**
 * The words and shapes a pack's files may use, which its schemas enforce: the step names of its scales, its
 * dimension ids, the pattern of its element ids, how many rounds each assessment has, and the element fields
 * it requires. A pack without a reliance scale has no reliances.
 *
 * @param rounds the number of rounds the model sets; empty when it sets none, and every assessment then has as
 *               many as the first (a count the schemas leave open, since they cannot compare one list with another)
 */
public record Vocabulary(String title, List<String> levels, List<String> dimensions, List<String> statuses,
        List<String> reliances, String elementIds, Optional<Integer> rounds, List<String> requiredFields) {

    public Vocabulary {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        statuses = List.copyOf(statuses);
        reliances = List.copyOf(reliances);
        requiredFields = List.copyOf(requiredFields);
    }

    /** The vocabulary of a pack as its maturity model file defines it. */
    public static Vocabulary of(MaturityModel model) {
        Pack pack = model.pack();
        return new Vocabulary(pack.title(), model.levels().names(), model.dimensionIds(), model.statuses().names(),
                model.reliances().names(), pack.elementIds().pattern(),
                pack.roundsSet() ? Optional.of(pack.rounds()) : Optional.empty(), pack.requiredFields());
    }

    public boolean hasReliances() {
        return !reliances.isEmpty();
    }
}
