package org.cyberarms.advisor.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.cyberarms.advisor.engine.TruthMaintenance;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * The values of each dimension (a reliance and a status; a "cell") that no rule can tell apart, grouped: each
 * group is run once, for all its values. The grouping is only made when every rule reading assessments reads
 * them one at a time ({@link AssessmentRules}); otherwise each value is a group of its own (every combination
 * is run), and {@link #exhaustiveBecause} says why. Two values of a dimension are in one group when an
 * assessment of that dimension with either value, run alone through every firing order the check uses, makes
 * the rules reading one assessment at a time conclude:
 * <ul>
 * <li><b>the same facts</b>, when every rule concludes by truth maintenance alone ({@link TruthMaintenance}:
 *     insertLogical, no salience or other order-tying attribute). No other rule reads an assessment, so from
 *     there on the engine works on the same facts whichever of the two values the element has; under truth
 *     maintenance a conclusion holds while its conditions hold, whichever rule made the facts it reads and
 *     whenever they came. The check still names the rule of every conclusion it reports (a level, blocker,
 *     recommendation, caveat or action): only for ceilings, which it never names, does the rule that made
 *     them not count. The rules that fire on the values left unrun count as fired ({@link #firedAlone}): each
 *     fires on every combination with its value, since nothing removes an assessment or a level;</li>
 * <li>otherwise <b>the same rules, the same number of times, with equal conclusions</b>
 *     ({@link #byRulesBecause} says why): the engine then sees the same facts, made by the same rules in the
 *     same order, whichever of the two values the element has, so every conclusion, every firing and every
 *     firing order of the rest is the same.</li>
 * </ul>
 *
 * @param groups            per dimension (in model order), the groups of cells, each group's cells in
 *                          ascending order and the groups in the order of their first cell
 * @param exhaustiveBecause why every combination is run, in plain words; empty when the values were grouped
 * @param byRulesBecause    why values were grouped only where the same rules fire, not by what the rules
 *                          conclude, in plain words; empty when grouped by conclusions or not grouped
 * @param firedAlone        the rules reading one assessment at a time that fired, as written, on some value
 *                          probed alone; counted as fired when values are grouped by conclusions (empty otherwise)
 */
record ValueClasses(List<List<List<Integer>>> groups, Optional<String> exhaustiveBecause,
        Optional<String> byRulesBecause, Set<String> firedAlone) {

    ValueClasses {
        groups = groups.stream().map(d -> d.stream().<List<Integer>>map(List::copyOf).toList()).toList();
        firedAlone = Set.copyOf(firedAlone);
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
        return new ValueClasses(groups, Optional.of(because), Optional.empty(), Set.of());
    }

    /** True when values were grouped by what the rules conclude from them (not only where the same rules fire). */
    boolean byConclusions() {
        return exhaustiveBecause.isEmpty() && byRulesBecause.isEmpty();
    }

    /**
     * Groups the values of each dimension by what the rules reading one assessment do with them, probing each
     * value alone: an element with one assessment, run through {@code orders} (the rule bases the check runs,
     * the rules as written first: its firings are the ones counted in {@link #firedAlone}).
     *
     * @param byRulesBecause why to group only values on which the same rules fire; empty to group by
     *                       conclusions, which only a rule set that {@link TruthMaintenance#holds()} allows
     */
    static ValueClasses probe(List<RuleBase> orders, AssessmentRules reading, Optional<String> byRulesBecause,
            CheckCombinations space, Knowledge bundled, RunLimits limits) throws RuleRuntimeException {
        if (!reading.oneAtATimeOnly()) {
            return exhaustive(space.dimensions.size(), space.cells, String.join("; and ", reading.joins())
                    + ", so what the rules conclude from one dimension may hang on another's value");
        }
        Set<String> oneAtATime = reading.oneAtATime();
        boolean byRules = byRulesBecause.isPresent();
        Set<String> fired = new HashSet<>();
        List<List<List<Integer>>> groups = new ArrayList<>();
        for (int d = 0; d < space.dimensions.size(); d++) {
            Map<List<Object>, List<Integer>> bySignature = new LinkedHashMap<>();
            for (int cell = 0; cell < space.cells; cell++) {
                List<Object> signature = new ArrayList<>();
                Knowledge alone = new Knowledge(bundled.model(),
                        List.of(new Element("P", "probe", "", List.of(), "enumeration")),
                        List.of(space.assessment("P", d, cell)), bundled.provenance(), List.of());
                for (RuleBase rules : orders) {
                    Outcome outcome = rules.evaluate(alone, limits, TraceDetail.FIRINGS);
                    signature.add(byRules ? signature(outcome, oneAtATime) : concluded(outcome, oneAtATime));
                    if (rules == orders.get(0)) { // as written
                        outcome.firings().stream().map(f -> f.rule().name()).filter(oneAtATime::contains)
                                .forEach(fired::add);
                    }
                }
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(cell);
            }
            groups.add(List.copyOf(bySignature.values()));
        }
        return new ValueClasses(groups, Optional.empty(), byRulesBecause, byRules ? Set.of() : fired);
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
        signature.put("firings", firings);
        signature.put("conclusions", concluded(outcome, oneAtATime));
        return signature;
    }

    /**
     * What the rules reading one assessment concluded in a run, each fact as often as it was concluded, with
     * the rule that concluded it, except for a ceiling: the check names the rule of every other conclusion it
     * reports, never of a ceiling (a step on the way to the level).
     */
    private static Map<List<Object>, Integer> concluded(Outcome outcome, Set<String> oneAtATime) {
        Map<List<Object>, Integer> conclusions = new HashMap<>();
        for (Conclusion<?> c : outcome.conclusions()) {
            String rule = c.firedBy().rule().name();
            if (oneAtATime.contains(rule)) {
                conclusions.merge(List.of(c.fact() instanceof Ceiling ? "" : rule, c.fact()), 1, Integer::sum);
            }
        }
        return conclusions;
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
