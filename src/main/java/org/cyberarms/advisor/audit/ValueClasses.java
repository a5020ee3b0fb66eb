package org.cyberarms.advisor.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberarms.advisor.engine.AssessmentRules;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * The values of each dimension (a reliance and a status; a "cell") that no rule can tell apart, grouped: each
 * group is run once, for all its values. Two values of a dimension are in one group when the rules that read
 * assessments one at a time ({@link AssessmentRules}) fire the same rules, the same number of times, with equal
 * conclusions, on an assessment of that dimension with either value, in every firing order the check uses.
 * No other rule reads an assessment, so from there on the engine sees the same facts, made by the same rules in
 * the same order, whichever of the two values the element has: every conclusion, every firing and every
 * firing order of the rest is the same. The grouping is only made when every rule reading assessments reads
 * them one at a time; otherwise each value is a group of its own (every combination is run), and
 * {@link #exhaustiveBecause} says why.
 *
 * @param groups            per dimension (in model order), the groups of cells, each group's cells in
 *                          ascending order and the groups in the order of their first cell
 * @param exhaustiveBecause why every combination is run, in plain words; empty when the values were grouped
 */
record ValueClasses(List<List<List<Integer>>> groups, Optional<String> exhaustiveBecause) {

    ValueClasses {
        groups = groups.stream().map(d -> d.stream().<List<Integer>>map(List::copyOf).toList()).toList();
    }

    /** Every value a group of its own: every combination is run. */
    static ValueClasses exhaustive(int dimensions, int cells, String because) {
        List<List<List<Integer>>> groups = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            List<List<Integer>> singletons = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                singletons.add(List.of(cell));
            }
            groups.add(singletons);
        }
        return new ValueClasses(groups, Optional.of(because));
    }

    /**
     * Groups the values of each dimension by what the rules reading one assessment do with them, probing each
     * value alone: an element with one assessment, run through {@code orders} (the rule bases the check runs).
     */
    static ValueClasses probe(List<RuleBase> orders, AssessmentRules reading, CheckCombinations space,
            Knowledge bundled, RunLimits limits) throws RuleRuntimeException {
        if (!reading.oneAtATimeOnly()) {
            return exhaustive(space.dimensions.size(), space.cells, String.join("; and ", reading.joins())
                    + ", so what the rules conclude from one dimension may hang on another's value");
        }
        Set<String> oneAtATime = reading.oneAtATime();
        List<List<List<Integer>>> groups = new ArrayList<>();
        for (int d = 0; d < space.dimensions.size(); d++) {
            Map<List<Object>, List<Integer>> bySignature = new LinkedHashMap<>();
            for (int cell = 0; cell < space.cells; cell++) {
                List<Object> signature = new ArrayList<>();
                Knowledge alone = new Knowledge(bundled.model(),
                        List.of(new Element("P", "probe", "", List.of(), "enumeration")),
                        List.of(space.assessment("P", d, cell)), bundled.provenance(), List.of());
                for (RuleBase rules : orders) {
                    signature.add(signature(rules.evaluate(alone, limits, TraceDetail.FIRINGS), oneAtATime));
                }
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(cell);
            }
            groups.add(List.copyOf(bySignature.values()));
        }
        return new ValueClasses(groups, Optional.empty());
    }

    /**
     * What the rules reading one assessment did in a run: how often each fired, and what each concluded
     * (facts compared by their equality: records by value, a type declared in the rule files by identity, so
     * that such conclusions never make two values alike).
     */
    private static Map<String, Object> signature(Outcome outcome, Set<String> oneAtATime) {
        Map<String, Object> signature = new HashMap<>();
        Map<String, Integer> firings = new HashMap<>();
        for (TraceEvent event : outcome.events()) {
            if (event instanceof TraceEvent.RuleFired f && oneAtATime.contains(f.rule().name())) {
                firings.merge(f.rule().name(), 1, Integer::sum);
            }
        }
        Map<List<Object>, Integer> conclusions = new HashMap<>();
        for (Conclusion<?> c : outcome.conclusions()) {
            if (oneAtATime.contains(c.firedBy().rule().name())) {
                conclusions.merge(List.of(c.firedBy().rule().name(), c.fact()), 1, Integer::sum);
            }
        }
        signature.put("firings", firings);
        signature.put("conclusions", conclusions);
        return signature;
    }

    /** How many combinations are run: the product of the groups' counts. */
    long runs() {
        long runs = 1;
        for (List<List<Integer>> dimension : groups) {
            runs *= dimension.size();
        }
        return runs;
    }
}
