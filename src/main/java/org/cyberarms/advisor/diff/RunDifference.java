package org.cyberarms.advisor.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed from one run to another, element by element, then the practical actions, the rules that fired
 * about no single element, and the input files. Empty lists mean nothing of that kind changed.
 */
public record RunDifference(List<ElementChange> elements, List<ActionChange> actions, List<RuleChange> otherRules,
        List<FileChange> files) {

    public RunDifference {
        elements = List.copyOf(elements);
        actions = List.copyOf(actions);
        otherRules = List.copyOf(otherRules);
        files = List.copyOf(files);
    }

    /** True when the rules concluded the same and fired the same (input files may still differ). */
    public boolean sameConclusions() {
        return elements.stream().allMatch(e -> e.conclusionsSame()) && actions.isEmpty() && otherRules.isEmpty();
    }

    public List<ElementChange> levelChanges() {
        return elements.stream().filter(e -> !e.from().equals(e.to())).toList();
    }

    /**
     * One element's changes. {@code from} or {@code to} is empty when the element is not in that run.
     *
     * @param direction +1 when the level rose, -1 when it fell, 0 otherwise
     */
    public record ElementChange(String elementId, String name, Optional<String> from, Optional<String> to,
            int direction, List<InputChange> inputs, List<RuleChange> rules,
            List<RunSnapshot.Recommendation> recommendationsGained, List<RunSnapshot.Recommendation> recommendationsLost,
            List<RunSnapshot.Caveat> caveatsGained, List<RunSnapshot.Caveat> caveatsLost, List<ActionChange> actions) {

        public ElementChange {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            inputs = List.copyOf(inputs);
            rules = List.copyOf(rules);
            recommendationsGained = List.copyOf(recommendationsGained);
            recommendationsLost = List.copyOf(recommendationsLost);
            caveatsGained = List.copyOf(caveatsGained);
            caveatsLost = List.copyOf(caveatsLost);
            actions = List.copyOf(actions);
        }

        /** Only inputs changed: no rule concluded anything different about the element. */
        public boolean conclusionsSame() {
            return from.equals(to) && rules.isEmpty() && recommendationsGained.isEmpty()
                    && recommendationsLost.isEmpty() && caveatsGained.isEmpty() && caveatsLost.isEmpty()
                    && actions.isEmpty();
        }
    }

    /**
     * A value of the knowledge that differs: {@code field} is {@code status} (the latest round's),
     * {@code rounds} (an earlier round's, the latest unchanged), {@code reliance}, {@code panel}, or
     * {@code assessment} (the dimension is assessed in one run only).
     */
    public record InputChange(String dimension, String field, String from, String to) {}

    /** A rule that fires in one run and not the other, with the inputs under it that changed. */
    public record RuleChange(RunSnapshot.Firing firing, boolean nowFires, List<InputChange> because) {
        public RuleChange {
            because = List.copyOf(because);
        }
    }

    /** A practical action gained ({@code elementsFrom} empty), lost ({@code elementsTo} empty) or re-aimed. */
    public record ActionChange(RunSnapshot.ActionKey action, List<String> elementsFrom, List<String> elementsTo) {
        public ActionChange {
            elementsFrom = List.copyOf(elementsFrom);
            elementsTo = List.copyOf(elementsTo);
        }
    }

    /** An input file by its place in the knowledge or rules folder: {@code changed}, {@code added} or {@code removed}. */
    public record FileChange(String path, String change) {}
}
