package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;

/**
 * Searches, through the rules, the smallest sets of status changes that raise an element to a target level:
 * breadth-first over the total number of status steps (1, 2, ...), every candidate of one step count
 * evaluated in one run of the rules ({@link VariantBatch}); within a step count, fewer dimensions first.
 * A candidate that contains a change set already found is not minimal and is skipped. Every alternative
 * reported is then confirmed by running the rules on the whole knowledge with that change, exactly as
 * {@code advisor report --set ...} would.
 *
 * <p>Only statuses change (raised, never lowered); reliances are what the element is, not what the world
 * does. A status change is an assumption and replaces every round, as in scenario files.
 */
public final class PathSearch {

    public record Options(String target, List<String> locked, int maxSteps, int alternatives) {
        public Options {
            locked = List.copyOf(locked);
        }
    }

    private final Knowledge baseline;
    private final Options options;

    public PathSearch(Knowledge baseline, Options options) {
        this.baseline = baseline;
        this.options = options;
    }

    /** Every element below the target, in the knowledge's order. */
    public <X extends Exception> List<PathResult> belowTarget(Evaluator<X> rules) throws X {
        Outcome base = rules.evaluate(baseline);
        int target = targetRank();
        List<PathResult> results = new ArrayList<>();
        for (var element : baseline.elements()) {
            int rank = base.levelOf(element.id()).map(c -> c.fact().rank()).orElse(-1);
            if (rank < target) {
                results.add(search(element.id(), base, rules));
            }
        }
        return results;
    }

    public <X extends Exception> PathResult search(String elementId, Evaluator<X> rules) throws X {
        return search(elementId, rules.evaluate(baseline), rules);
    }

    private <X extends Exception> PathResult search(String elementId, Outcome base, Evaluator<X> rules) throws X {
        Scale statuses = baseline.model().statuses();
        Scale levels = baseline.model().levels();
        String name = baseline.element(elementId).orElseThrow().name();
        String current = base.levelOf(elementId).map(c -> c.fact().level()).orElse("(no level)");
        int target = targetRank();
        if (levels.rankOf(current).orElse(-1) >= target) {
            return result(elementId, name, current, PathResult.AT_TARGET, List.of(), "");
        }
        List<Assessment> dims = baseline.assessmentsOf(elementId);
        int top = statuses.steps().size() - 1;
        int[] room = dims.stream().mapToInt(a -> options.locked().contains(a.dimension()) ? 0 : top - a.statusRank())
                .toArray();

        List<int[]> found = new ArrayList<>();
        int maxSteps = Math.min(options.maxSteps(), java.util.Arrays.stream(room).sum());
        for (int steps = 1; steps <= maxSteps && found.size() < options.alternatives(); steps++) {
            List<int[]> candidates = new ArrayList<>();
            compositions(room, steps, 0, new int[room.length], candidates);
            candidates.removeIf(c -> found.stream().anyMatch(f -> contains(c, f)));
            candidates.sort(Comparator.comparingInt(PathSearch::dimensionsChanged));
            VariantBatch batch = new VariantBatch(baseline);
            List<String> ids = new ArrayList<>();
            for (int[] c : candidates) {
                ids.add(batch.add(elementId, changes(elementId, dims, c, statuses)));
            }
            if (batch.isEmpty()) {
                continue;
            }
            Map<String, Optional<String>> reached = batch.levels(rules);
            for (int i = 0; i < candidates.size(); i++) {
                if (reached.get(ids.get(i)).flatMap(levels::rankOf).orElse(-1) >= target) {
                    found.add(candidates.get(i));
                }
            }
        }
        List<PathResult.Alternative> alternatives = new ArrayList<>();
        for (int[] c : found) {
            if (alternatives.size() == options.alternatives()) {
                break;
            }
            Knowledge changed = ScenarioOverlay.applyChanges(baseline, changes(elementId, dims, c, statuses));
            Outcome outcome = rules.evaluate(changed);
            Optional<String> level = outcome.levelOf(elementId).map(x -> x.fact().level());
            if (level.flatMap(levels::rankOf).orElse(-1) < target) {
                continue; // the batch's assumption did not hold for these rules: never report an unconfirmed change
            }
            List<Comparison.RuleChange> ruleChanges = ScenarioComparison.ruleChanges(base, outcome,
                    ScenarioComparison.factChanges(baseline, changed)).stream()
                    .filter(r -> java.util.Arrays.stream(r.subjects().split(" "))
                            .anyMatch(s -> Subjects.elementOf(s).equals(elementId)))
                    .toList();
            alternatives.add(new PathResult.Alternative(steps(dims, c, statuses), java.util.Arrays.stream(c).sum(),
                    level.get(), ruleChanges));
        }
        if (!alternatives.isEmpty()) {
            return result(elementId, name, current, PathResult.FOUND, alternatives, "");
        }
        return result(elementId, name, current, PathResult.UNREACHABLE, List.of(),
                whyUnreachable(elementId, dims, room, rules));
    }

    /**
     * Runs the rules on the best case (every dimension that may change at the top of the scale): if that
     * reaches the target, only the step bound stood in the way; otherwise the blockers the rules conclude in
     * the best case are what no status change lifts.
     */
    private <X extends Exception> String whyUnreachable(String elementId, List<Assessment> dims, int[] room,
            Evaluator<X> rules) throws X {
        Scale statuses = baseline.model().statuses();
        Scale levels = baseline.model().levels();
        Knowledge best = ScenarioOverlay.applyChanges(baseline, changes(elementId, dims, room, statuses));
        Outcome outcome = rules.evaluate(best);
        String bestLevel = outcome.levelOf(elementId).map(c -> c.fact().level()).orElse("(no level)");
        if (levels.rankOf(bestLevel).orElse(-1) >= targetRank()) {
            return "no change of at most " + options.maxSteps() + " status steps reaches " + options.target()
                    + "; with every dimension that may change at " + statuses.highest() + " the element is "
                    + bestLevel + ": raise --max-steps (it needs " + (java.util.Arrays.stream(room).sum() > 0
                    ? "more steps" : "a change") + ")";
        }
        StringBuilder why = new StringBuilder("even with every dimension that may change at ")
                .append(statuses.highest()).append(", the rules conclude ").append(bestLevel).append(": ");
        List<String> reasons = new ArrayList<>();
        for (Conclusion<Blocker> blocker : outcome.blockersOf(elementId)) {
            String dimension = blocker.fact().dimension();
            // The dimension as the analyst reads it in every other answer ("Attribution"), not its id.
            String named = baseline.model().dimension(dimension).map(d -> d.name()).orElse(dimension);
            Assessment a = dims.stream().filter(d -> d.dimension().equals(dimension)).findFirst().orElseThrow();
            Optional<Conclusion<Ceiling>> ceiling = outcome.ceilingsOf(elementId).stream()
                    .filter(c -> c.fact().dimension().equals(dimension)).findFirst();
            String rule = ceiling.map(c -> " (rule \"" + c.firedBy().rule().name() + "\", "
                    + c.firedBy().rule().location() + ")").orElse("");
            if (options.locked().contains(dimension)) {
                reasons.add(named + " is locked at " + a.status() + " and caps the element at "
                        + blocker.fact().level() + rule);
            } else {
                reasons.add(named + (a.reliance().isEmpty() ? "" : " (reliance " + a.reliance() + ")")
                        + " caps the element at "
                        + blocker.fact().level() + " even at " + statuses.highest() + rule
                        + "; no status change lifts that ceiling");
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("no dimension blocks it, so a rule other than the ceilings holds it there");
        }
        return why.append(String.join("; ", reasons)).toString();
    }

    private PathResult result(String elementId, String name, String current, String verdict,
            List<PathResult.Alternative> alternatives, String explanation) {
        return new PathResult(elementId, name, current, options.target(), verdict, alternatives, explanation,
                options.locked(), options.maxSteps());
    }

    private int targetRank() {
        return baseline.model().levels().rankOf(options.target()).orElseThrow(() -> new IllegalArgumentException(
                "`" + options.target() + "` is not a level of the maturity model"));
    }

    /** Every way to spread {@code steps} over the dimensions, each within its room. */
    private static void compositions(int[] room, int steps, int index, int[] current, List<int[]> out) {
        if (index == room.length) {
            if (steps == 0) {
                out.add(current.clone());
            }
            return;
        }
        for (int s = 0; s <= Math.min(steps, room[index]); s++) {
            current[index] = s;
            compositions(room, steps - s, index + 1, current, out);
        }
        current[index] = 0;
    }

    private static boolean contains(int[] candidate, int[] found) {
        for (int i = 0; i < found.length; i++) {
            if (candidate[i] < found[i]) {
                return false;
            }
        }
        return true;
    }

    private static int dimensionsChanged(int[] c) {
        return (int) java.util.Arrays.stream(c).filter(s -> s > 0).count();
    }

    private static List<ScenarioChange> changes(String elementId, List<Assessment> dims, int[] raise, Scale statuses) {
        List<ScenarioChange> changes = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            if (raise[i] > 0) {
                String to = statuses.steps().get(dims.get(i).statusRank() + raise[i]).name();
                changes.add(ScenarioChange.SetDimension.status("path search", ScenarioChange.Selection.of(elementId),
                        dims.get(i).dimension(), to));
            }
        }
        return changes;
    }

    private static List<PathResult.Step> steps(List<Assessment> dims, int[] raise, Scale statuses) {
        List<PathResult.Step> steps = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            if (raise[i] > 0) {
                Assessment a = dims.get(i);
                steps.add(new PathResult.Step(a.dimension(), a.status(),
                        statuses.steps().get(a.statusRank() + raise[i]).name(), raise[i]));
            }
        }
        return steps;
    }
}
