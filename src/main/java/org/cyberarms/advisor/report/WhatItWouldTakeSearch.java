package org.cyberarms.advisor.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.report.WhatItWouldTake.Goal;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;
import org.cyberarms.advisor.trace.Outcome;

/**
 * Finds {@link WhatItWouldTake} for every element below the model's top level, with {@link PathSearch}: the
 * same search, through the same rules, as {@code advisor path --target LEVEL}, so the report and
 * {@code path} agree. The search is not bounded in steps (every status may rise to the top of its scale), so
 * "not reachable" means that no status change at all reaches the level, never that a bound was too small.
 * Only the best alternative is kept: the search stops at the first step count that reaches the target.
 *
 * <p>Each element is searched on its own facts (the element, its assessments, the model), as the search's
 * batches already evaluate it, and elements whose facts are the same but for their id share one search. A
 * report over thousands of elements then costs a few searches per distinct element, not a few runs of the
 * rules over the whole knowledge per element. This rests on what the batches rest on: an element's level
 * depends only on its own facts, as in the bundled rules. {@code advisor path}, which confirms each answer on
 * the whole knowledge, is the check for a rule set where it does not.
 */
public final class WhatItWouldTakeSearch {

    private WhatItWouldTakeSearch() {}

    /**
     * By element id, for every element with a level below the top; elements at the top or with no level are
     * absent.
     *
     * @param outcome the rules' conclusions on {@code knowledge}, as the report shows them: the level each
     *                element is raised from
     */
    public static <X extends Exception> Map<String, WhatItWouldTake> of(Knowledge knowledge, Outcome outcome,
            Evaluator<X> rules) throws X {
        return of(knowledge, outcome, rules, new HashMap<>());
    }

    /**
     * As {@link #of(Knowledge, Outcome, Evaluator)}, reusing the searches of earlier calls kept in
     * {@code memo}: for a server that answers many what-ifs, where each one changes only a few elements.
     * The memo must belong to one model and one rule base (make a new one when either is reloaded).
     */
    public static <X extends Exception> Map<String, WhatItWouldTake> of(Knowledge knowledge, Outcome outcome,
            Evaluator<X> rules, Memo memo) throws X {
        return of(knowledge, outcome, rules, memo.found);
    }

    /**
     * The searches already made for one model and one rule base, by an element's facts but for its id; at
     * most {@code capacity} of them (the least recently used go first), and safe to share between threads.
     */
    public static final class Memo {
        private final Map<List<Object>, WhatItWouldTake> found;

        public Memo(int capacity) {
            this.found = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, WhatItWouldTake> eldest) {
                    return size() > capacity;
                }
            });
        }

        /** How many searches are kept. */
        public int size() {
            return found.size();
        }
    }

    private static <X extends Exception> Map<String, WhatItWouldTake> of(Knowledge knowledge, Outcome outcome,
            Evaluator<X> rules, Map<List<Object>, WhatItWouldTake> bySameFacts) throws X {
        Scale levels = knowledge.model().levels();
        String top = levels.highest();
        Map<String, WhatItWouldTake> found = new LinkedHashMap<>();
        for (Element element : knowledge.elements()) {
            Optional<String> level = outcome.levelOf(element.id()).map(c -> c.fact().level());
            int rank = level.flatMap(levels::rankOf).orElse(-1);
            if (rank < 0 || rank >= levels.steps().size() - 1) {
                continue;
            }
            List<Object> facts = factsButTheId(knowledge, element);
            WhatItWouldTake take = bySameFacts.get(facts);
            if (take == null) {
                take = search(knowledge, element, level.get(), levels.steps().get(rank + 1).name(), top, rules);
                bySameFacts.put(facts, take);
            }
            found.put(element.id(), take);
        }
        return found;
    }

    private static <X extends Exception> WhatItWouldTake search(Knowledge knowledge, Element element, String level,
            String next, String top, Evaluator<X> rules) throws X {
        Knowledge alone = new Knowledge(knowledge.model(), List.of(element), knowledge.assessmentsOf(element.id()),
                knowledge.provenance(), knowledge.files());
        Outcome now = rules.evaluate(alone);
        Evaluator<X> reusing = k -> k == alone ? now : rules.evaluate(k);
        Goal toNext = goal(knowledge, search(alone, next).search(element.id(), reusing));
        Goal toTop = next.equals(top) ? toNext : goal(knowledge, search(alone, top).search(element.id(), reusing));
        return new WhatItWouldTake(level, toNext, toTop);
    }

    /** What the rules can see of an element, but for its id (and name and description, which no rule reads). */
    private static List<Object> factsButTheId(Knowledge knowledge, Element element) {
        return List.of(element.origin(), element.drawnFrom(),
                element.recommendationTexts().stream().map(t -> List.of(t.dimension(), t.title(), t.text())).toList(),
                knowledge.assessmentsOf(element.id()).stream()
                        .map(a -> List.of(a.dimension(), a.reliance(), a.rounds(), a.panel())).toList());
    }

    private static PathSearch search(Knowledge knowledge, String target) {
        // No step bound: the search stops by itself at the sum of every dimension's room to rise.
        return new PathSearch(knowledge, new PathSearch.Options(target, List.of(), Integer.MAX_VALUE, 1));
    }

    private static Goal goal(Knowledge knowledge, PathResult result) {
        if (result.alternatives().isEmpty()) {
            return new Goal(result.target(), List.of(), "", List.of(), List.of(),
                    Optional.of(result.explanation()));
        }
        PathResult.Alternative best = result.alternatives().get(0);
        List<WhatItWouldTake.Change> changes = best.steps().stream()
                .map(s -> new WhatItWouldTake.Change(s.dimension(), dimensionName(knowledge, s.dimension()),
                        s.from(), s.to()))
                .toList();
        return new Goal(result.target(), changes, best.level(), firings(best.rules(), true),
                firings(best.rules(), false), Optional.empty());
    }

    /** Each rule once, in the order the comparison lists them. */
    private static List<WhatItWouldTake.RuleFiring> firings(List<Comparison.RuleChange> changes, boolean fires) {
        return changes.stream()
                .filter(r -> r.firesInScenario() == fires)
                .map(r -> new WhatItWouldTake.RuleFiring(r.rule(), r.location()))
                .distinct()
                .toList();
    }

    private static String dimensionName(Knowledge knowledge, String id) {
        return knowledge.model().dimension(id).map(Dimension::name).orElse(id);
    }
}
