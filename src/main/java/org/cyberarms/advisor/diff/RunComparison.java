package org.cyberarms.advisor.diff;

import java.util.ArrayList;
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

    public static RunDifference compare(RunSnapshot from, RunSnapshot to, List<FileChange> files) {
        Set<String> elementIds = new LinkedHashSet<>(to.elementNames().keySet());
        elementIds.addAll(from.elementNames().keySet());
        elementIds.addAll(to.levelOf().keySet());
        elementIds.addAll(from.levelOf().keySet());
        List<ActionChange> actions = actionChanges(from, to);
        List<ElementChange> elements = new ArrayList<>();
        for (String id : elementIds) {
            ElementChange change = element(id, from, to, actions);
            if (!change.conclusionsSame() || !change.inputs().isEmpty()) {
                elements.add(change);
            }
        }
        List<RuleChange> otherRules = new ArrayList<>();
        ruleChanges(from, to, "").forEach(r -> otherRules.add(new RuleChange(r.firing(), r.nowFires(), List.of())));
        return new RunDifference(elements, actions, otherRules, files);
    }

    private static ElementChange element(String id, RunSnapshot from, RunSnapshot to, List<ActionChange> actions) {
        String name = Optional.ofNullable(to.elementNames().get(id)).orElse(from.elementNames().getOrDefault(id, ""));
        Optional<String> before = Optional.ofNullable(from.levelOf().get(id));
        Optional<String> after = Optional.ofNullable(to.levelOf().get(id));
        List<InputChange> inputs = inputChanges(from.inputs().getOrDefault(id, Map.of()),
                to.inputs().getOrDefault(id, Map.of()));
        List<RuleChange> rules = new ArrayList<>();
        for (RuleChange r : ruleChanges(from, to, id)) {
            List<InputChange> under = inputs.stream()
                    .filter(c -> r.firing().dimensions().contains(c.dimension())).toList();
            rules.add(new RuleChange(r.firing(), r.nowFires(), under.isEmpty() ? inputs : under));
        }
        List<ActionChange> naming = actions.stream()
                .filter(a -> a.elementsFrom().contains(id) != a.elementsTo().contains(id)).toList();
        return new ElementChange(id, name, before, after, direction(to.levels(), before, after), inputs, rules,
                only(to.recommendations(), from.recommendations(), id), only(from.recommendations(), to.recommendations(), id),
                onlyCaveats(to.caveats(), from.caveats(), id), onlyCaveats(from.caveats(), to.caveats(), id), naming);
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
    private static List<RuleChange> ruleChanges(RunSnapshot from, RunSnapshot to, String elementId) {
        List<RuleChange> changes = new ArrayList<>();
        for (RunSnapshot.Firing f : from.firings()) {
            if (f.elementId().equals(elementId) && !containsSame(to.firings(), f)) {
                changes.add(new RuleChange(f, false, List.of()));
            }
        }
        for (RunSnapshot.Firing f : to.firings()) {
            if (f.elementId().equals(elementId) && !containsSame(from.firings(), f)) {
                changes.add(new RuleChange(f, true, List.of()));
            }
        }
        return changes;
    }

    /** The same rule on the same element and dimensions; where the rule's file and line are does not matter. */
    private static boolean containsSame(Set<RunSnapshot.Firing> firings, RunSnapshot.Firing f) {
        return firings.stream().anyMatch(g -> g.rule().equals(f.rule()) && g.elementId().equals(f.elementId())
                && g.dimensions().equals(f.dimensions()));
    }

    private static List<RunSnapshot.Recommendation> only(Set<RunSnapshot.Recommendation> in,
            Set<RunSnapshot.Recommendation> notIn, String elementId) {
        return in.stream().filter(r -> r.elementId().equals(elementId) && !notIn.contains(r)).toList();
    }

    private static List<RunSnapshot.Caveat> onlyCaveats(Set<RunSnapshot.Caveat> in, Set<RunSnapshot.Caveat> notIn,
            String elementId) {
        return in.stream().filter(c -> c.elementId().equals(elementId) && !notIn.contains(c)).toList();
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
