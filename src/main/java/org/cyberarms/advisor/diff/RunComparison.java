package org.cyberarms.advisor.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cyberarms.advisor.diff.RunDifference.ActionChange;
import org.cyberarms.advisor.diff.RunDifference.ElementChange;
import org.cyberarms.advisor.diff.RunDifference.FileChange;
import org.cyberarms.advisor.diff.RunDifference.InputChange;
import org.cyberarms.advisor.diff.RunDifference.RuleChange;

/** Lines up two runs, element by element. Reads what each run concluded; decides nothing itself. */
public final class RunComparison {

    private RunComparison() {}

    /**
     * The same rule on the same element and dimensions is the same firing in two runs; where the rule's file
     * and line are does not matter (an edit above it moves it).
     */
    private record FiringKey(String rule, String elementId, List<String> dimensions) {
        static FiringKey of(RunSnapshot.Firing f) {
            return new FiringKey(f.rule(), f.elementId(), f.dimensions());
        }
    }

    /** One run's conclusions by element, indexed once: a large knowledge base has thousands of elements. */
    private record ByElement(Map<String, List<RunSnapshot.Firing>> firings, Set<FiringKey> keys,
            Map<String, List<RunSnapshot.Recommendation>> recommendations, Map<String, List<RunSnapshot.Caveat>> caveats) {

        static ByElement of(RunSnapshot run) {
            Map<String, List<RunSnapshot.Firing>> firings = new HashMap<>();
            Set<FiringKey> keys = new HashSet<>();
            run.firings().forEach(f -> {
                firings.computeIfAbsent(f.elementId(), id -> new ArrayList<>()).add(f);
                keys.add(FiringKey.of(f));
            });
            Map<String, List<RunSnapshot.Recommendation>> recommendations = new HashMap<>();
            run.recommendations().forEach(r -> recommendations.computeIfAbsent(r.elementId(), id -> new ArrayList<>()).add(r));
            Map<String, List<RunSnapshot.Caveat>> caveats = new HashMap<>();
            run.caveats().forEach(c -> caveats.computeIfAbsent(c.elementId(), id -> new ArrayList<>()).add(c));
            return new ByElement(firings, keys, recommendations, caveats);
        }
    }

    public static RunDifference compare(RunSnapshot from, RunSnapshot to, List<FileChange> files) {
        ByElement before = ByElement.of(from);
        ByElement after = ByElement.of(to);
        Set<String> elementIds = new LinkedHashSet<>(to.elementNames().keySet());
        elementIds.addAll(from.elementNames().keySet());
        elementIds.addAll(to.levelOf().keySet());
        elementIds.addAll(from.levelOf().keySet());
        List<ActionChange> actions = actionChanges(from, to);
        List<ElementChange> elements = new ArrayList<>();
        for (String id : elementIds) {
            ElementChange change = element(id, from, to, before, after, actions);
            if (!change.conclusionsSame() || !change.inputs().isEmpty()) {
                elements.add(change);
            }
        }
        List<RuleChange> otherRules = new ArrayList<>();
        ruleChanges(before, after, "").forEach(r -> otherRules.add(new RuleChange(r.firing(), r.nowFires(), List.of())));
        return new RunDifference(elements, actions, otherRules, files);
    }

    private static ElementChange element(String id, RunSnapshot from, RunSnapshot to, ByElement before,
            ByElement after, List<ActionChange> actions) {
        String name = Optional.ofNullable(to.elementNames().get(id)).orElse(from.elementNames().getOrDefault(id, ""));
        Optional<String> levelBefore = Optional.ofNullable(from.levelOf().get(id));
        Optional<String> levelAfter = Optional.ofNullable(to.levelOf().get(id));
        List<InputChange> inputs = inputChanges(from.inputs().getOrDefault(id, Map.of()),
                to.inputs().getOrDefault(id, Map.of()));
        List<RuleChange> rules = new ArrayList<>();
        for (RuleChange r : ruleChanges(before, after, id)) {
            List<InputChange> under = inputs.stream()
                    .filter(c -> r.firing().dimensions().contains(c.dimension())).toList();
            rules.add(new RuleChange(r.firing(), r.nowFires(), under.isEmpty() ? inputs : under));
        }
        List<ActionChange> naming = actions.stream()
                .filter(a -> a.elementsFrom().contains(id) != a.elementsTo().contains(id)).toList();
        return new ElementChange(id, name, levelBefore, levelAfter, direction(to.levels(), levelBefore, levelAfter),
                inputs, rules, only(after.recommendations(), before.recommendations(), id),
                only(before.recommendations(), after.recommendations(), id), only(after.caveats(), before.caveats(), id),
                only(before.caveats(), after.caveats(), id), naming);
    }

    private static int direction(List<String> levels, Optional<String> from, Optional<String> to) {
        if (from.isEmpty() || to.isEmpty() || !levels.contains(from.get()) || !levels.contains(to.get())) {
            return 0;
        }
        return Integer.signum(levels.indexOf(to.get()) - levels.indexOf(from.get()));
    }

    /** Per dimension, in the later run's order: what the analyst changed in the knowledge. */
    private static List<InputChange> inputChanges(Map<String, RunSnapshot.Input> from, Map<String, RunSnapshot.Input> to) {
        Set<String> dimensions = new LinkedHashSet<>(to.keySet());
        dimensions.addAll(from.keySet());
        List<InputChange> changes = new ArrayList<>();
        for (String dimension : dimensions) {
            RunSnapshot.Input a = from.get(dimension);
            RunSnapshot.Input b = to.get(dimension);
            if (a == null || b == null) {
                changes.add(new InputChange(dimension, "assessment", a == null ? "" : a.status(),
                        b == null ? "" : b.status()));
                continue;
            }
            if (!a.status().equals(b.status())) {
                changes.add(new InputChange(dimension, "status", a.status(), b.status()));
            } else if (!a.rounds().equals(b.rounds())) {
                changes.add(new InputChange(dimension, "rounds", String.join(", ", a.rounds()),
                        String.join(", ", b.rounds())));
            }
            if (!a.reliance().equals(b.reliance())) {
                changes.add(new InputChange(dimension, "reliance", a.reliance(), b.reliance()));
            }
            if (!a.panel().equals(b.panel())) {
                changes.add(new InputChange(dimension, "panel", "", ""));
            }
        }
        return changes;
    }

    /** Firings about {@code elementId} (empty: about no single element) in one run only: lost first, then gained. */
    private static List<RuleChange> ruleChanges(ByElement from, ByElement to, String elementId) {
        List<RuleChange> changes = new ArrayList<>();
        for (RunSnapshot.Firing f : from.firings().getOrDefault(elementId, List.of())) {
            if (!to.keys().contains(FiringKey.of(f))) {
                changes.add(new RuleChange(f, false, List.of()));
            }
        }
        for (RunSnapshot.Firing f : to.firings().getOrDefault(elementId, List.of())) {
            if (!from.keys().contains(FiringKey.of(f))) {
                changes.add(new RuleChange(f, true, List.of()));
            }
        }
        return changes;
    }

    /** What one run concluded about the element and the other did not. */
    private static <T> List<T> only(Map<String, List<T>> in, Map<String, List<T>> notIn, String elementId) {
        List<T> other = notIn.getOrDefault(elementId, List.of());
        return in.getOrDefault(elementId, List.of()).stream().filter(x -> !other.contains(x)).toList();
    }

    private static List<ActionChange> actionChanges(RunSnapshot from, RunSnapshot to) {
        Map<RunSnapshot.ActionKey, ActionChange> changes = new TreeMap<>();
        from.actions().forEach((key, elements) -> {
            List<String> now = to.actions().getOrDefault(key, List.of());
            if (!Objects.equals(elements, now)) {
                changes.put(key, new ActionChange(key, elements, now));
            }
        });
        to.actions().forEach((key, elements) -> {
            if (!from.actions().containsKey(key)) {
                changes.put(key, new ActionChange(key, List.of(), elements));
            }
        });
        return List.copyOf(changes.values());
    }
}
