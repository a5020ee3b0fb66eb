package org.cyberarms.advisor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.model.Dimension;
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
 * {@code path} can never disagree. The search is not bounded in steps (every status may rise to the top of
 * its scale), so "not reachable" means that no status change at all reaches the level, never that a bound
 * was too small. Only the best alternative is kept: the search stops at the first step count that reaches
 * the target.
 */
public final class WhatItWouldTakeSearch {

    private WhatItWouldTakeSearch() {}

    /**
     * By element id, for every element with a level below the top; elements at the top or with no level are
     * absent.
     *
     * @param outcome the rules' conclusions on {@code knowledge}, as the report shows them: reused as the
     *                search's starting point instead of running the rules on the same knowledge again
     */
    public static <X extends Exception> Map<String, WhatItWouldTake> of(Knowledge knowledge, Outcome outcome,
            Evaluator<X> rules) throws X {
        Evaluator<X> reusing = k -> k == knowledge ? outcome : rules.evaluate(k);
        Scale levels = knowledge.model().levels();
        String top = levels.highest();
        Map<String, PathSearch> searches = new LinkedHashMap<>();
        Map<String, WhatItWouldTake> found = new LinkedHashMap<>();
        for (var element : knowledge.elements()) {
            Optional<String> level = outcome.levelOf(element.id()).map(c -> c.fact().level());
            int rank = level.flatMap(levels::rankOf).orElse(-1);
            if (rank < 0 || rank >= levels.steps().size() - 1) {
                continue;
            }
            String next = levels.steps().get(rank + 1).name();
            Goal toNext = goal(knowledge, searches.computeIfAbsent(next, t -> search(knowledge, t))
                    .search(element.id(), reusing));
            Goal toTop = next.equals(top) ? toNext
                    : goal(knowledge, searches.computeIfAbsent(top, t -> search(knowledge, t))
                            .search(element.id(), reusing));
            found.put(element.id(), new WhatItWouldTake(level.get(), toNext, toTop));
        }
        return found;
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
