package org.cyberarms.advisor.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cyberarms.advisor.trace.RuleRef;

/**
 * One problem {@code advisor check} found in a rule base, in parts that every format lays out alike: what is
 * wrong, where, examples that show it, and what to change.
 *
 * @param kind     {@code build}, {@code gap}, {@code conflict}, {@code no-recommendation}, {@code order-dependence},
 *                 {@code unreached-level}, {@code unadvised-dimension}, {@code dead-rule}, {@code no-rationale}
 * @param where    {@code file:line[:column]} of the place to change, or empty for a finding about the whole rule base
 * @param problem  what is wrong, in the analyst's terms (dimension labels, counts)
 * @param rules    the rules involved, each with its {@code file:line}; empty when no rule is to blame (a gap)
 * @param examples combinations of reliance and status that show the problem, at most a few
 * @param fix      what to change
 */
public record CheckFinding(String kind, String where, String problem, List<RuleRef> rules, List<Example> examples,
        String fix) {

    public CheckFinding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(where);
        Objects.requireNonNull(problem);
        rules = List.copyOf(rules);
        examples = List.copyOf(examples);
        Objects.requireNonNull(fix);
    }

    /**
     * One dimension of a combination: its reliance and status (the same in every round); the reliance is empty
     * in a model without a reliance scale.
     */
    public record Setting(String dimension, String dimensionLabel, String reliance, String status) {

        /** {@code Political endorsement critical/weak}, or {@code Policy weak} without a reliance */
        public String words() {
            return dimensionLabel + " " + (reliance.isEmpty() ? "" : reliance + "/") + status;
        }
    }

    /**
     * A combination that shows the problem, and what the rules concluded about it.
     *
     * @param combination        every dimension's reliance and status
     * @param concluded          the conclusions, in words (empty: none, as for a gap)
     * @param otherOrder         for an order-dependence: the other firing order, in words; empty otherwise
     * @param concludedOtherwise the conclusions in that other order
     */
    public record Example(List<Setting> combination, List<String> concluded, String otherOrder,
            List<String> concludedOtherwise) {

        public Example {
            combination = List.copyOf(combination);
            concluded = List.copyOf(concluded);
            Objects.requireNonNull(otherOrder);
            concludedOtherwise = List.copyOf(concludedOtherwise);
        }

        static Example of(List<Setting> combination, List<String> concluded) {
            return new Example(combination, concluded, "", List.of());
        }

        /** {@code Political endorsement critical/weak, Attribution critical/weak, ...} */
        public String combinationWords() {
            return combination.stream().map(Setting::words).collect(Collectors.joining(", "));
        }
    }
}
