package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;

/** Runs the baseline and each scenario through the rules, and lines up what they concluded. */
public final class ScenarioComparison {

    /** A scenario as run: its name, the scenarios applied (its {@code extends} chain), knowledge and outcome. */
    public record Run(String name, String description, String rationale, List<String> applied, Knowledge knowledge,
            Outcome outcome) {}

    private ScenarioComparison() {}

    /** Applies each chain of scenarios to the baseline on its own, runs the rules, and compares. */
    public static <X extends Exception> Comparison run(Knowledge baseline, List<List<Scenario>> chains,
            Evaluator<X> rules) throws X {
        Outcome base = rules.evaluate(baseline);
        List<Run> runs = new ArrayList<>();
        for (List<Scenario> chain : chains) {
            Scenario last = chain.get(chain.size() - 1);
            Knowledge changed = ScenarioOverlay.apply(baseline, chain);
            runs.add(new Run(last.name(), last.description(), last.rationale(),
                    chain.stream().map(Scenario::name).toList(), changed, rules.evaluate(changed)));
        }
        return compare(baseline, base, runs);
    }

    /**
     * One scenario compared with what it extends rather than with the knowledge: the scenarios before it in
     * its chain make the base, so the comparison shows what the scenario's own changes do.
     *
     * @throws IllegalArgumentException when the scenario extends nothing
     */
    public static <X extends Exception> Comparison againstParent(Knowledge baseline, List<Scenario> chain,
            Evaluator<X> rules) throws X {
        Scenario last = chain.get(chain.size() - 1);
        if (last.extendsNames().isEmpty()) {
            throw new IllegalArgumentException("scenario " + last.name() + " extends no other scenario");
        }
        Knowledge parent = ScenarioOverlay.apply(baseline, chain.subList(0, chain.size() - 1));
        Knowledge changed = ScenarioOverlay.apply(parent, last);
        Run run = new Run(last.name(), last.description(), last.rationale(), List.of(last.name()), changed,
                rules.evaluate(changed));
        Comparison compared = compare(parent, rules.evaluate(parent), List.of(run));
        return new Comparison(String.join(" + ", last.extendsNames()), compared.levels(), compared.matrix(),
                compared.scenarios());
    }

    public static Comparison compare(Knowledge baseline, Outcome base, List<Run> runs) {
        Scale levels = baseline.model().levels();
        Map<String, String> names = new LinkedHashMap<>();
        baseline.elements().forEach(e -> names.put(e.id(), e.name()));
        runs.forEach(r -> r.knowledge().elements().forEach(e -> names.putIfAbsent(e.id(), e.name())));
        List<Comparison.ElementRow> matrix = new ArrayList<>();
        for (Map.Entry<String, String> element : names.entrySet()) {
            Optional<String> from = level(base, element.getKey());
            List<Comparison.Cell> cells = runs.stream().map(r -> {
                Optional<String> to = level(r.outcome(), element.getKey());
                return new Comparison.Cell(to, direction(levels, from, to));
            }).toList();
            matrix.add(new Comparison.ElementRow(element.getKey(), element.getValue(), from, cells));
        }
        List<Comparison.ScenarioDiff> diffs = runs.stream().map(r -> diff(baseline, base, r, names, levels)).toList();
        return new Comparison(levels.names(), matrix, diffs);
    }

    private static Comparison.ScenarioDiff diff(Knowledge baseline, Outcome base, Run run, Map<String, String> names,
            Scale levels) {
        List<Comparison.LevelChange> levelChanges = new ArrayList<>();
        for (Map.Entry<String, String> element : names.entrySet()) {
            Optional<String> from = level(base, element.getKey());
            Optional<String> to = level(run.outcome(), element.getKey());
            if (!from.equals(to)) {
                levelChanges.add(new Comparison.LevelChange(element.getKey(), element.getValue(), from, to,
                        direction(levels, from, to)));
            }
        }
        List<Comparison.FactChange> facts = factChanges(baseline, run.knowledge());
        return new Comparison.ScenarioDiff(run.name(), run.description(), run.rationale(), run.applied(),
                levelChanges, facts, recommendationChanges(base, run.outcome()), actionChanges(base, run.outcome()),
                ruleChanges(base, run.outcome(), facts), AssumedValues.changes(baseline, run.knowledge()));
    }

    private static Optional<String> level(Outcome outcome, String elementId) {
        return outcome.levelOf(elementId).map(c -> c.fact().level());
    }

    private static int direction(Scale levels, Optional<String> from, Optional<String> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return 0;
        }
        return Integer.signum(levels.rankOf(to.get()).orElse(0) - levels.rankOf(from.get()).orElse(0));
    }

    /** Every element and assessment the scenario changed, added or removed, in the baseline's order. */
    static List<Comparison.FactChange> factChanges(Knowledge before, Knowledge after) {
        List<Comparison.FactChange> changes = new ArrayList<>();
        for (Element e : before.elements()) {
            if (after.element(e.id()).isEmpty()) {
                changes.add(new Comparison.FactChange(e.id(), "element " + e.name(), "removed"));
            }
        }
        for (Element e : after.elements()) {
            if (before.element(e.id()).isEmpty()) {
                changes.add(new Comparison.FactChange(e.id(), "absent", "element " + e.name() + " added"));
            }
        }
        for (Assessment a : before.assessments()) {
            after.assessmentsOf(a.elementId()).stream().filter(b -> b.dimension().equals(a.dimension())).findFirst()
                    .filter(b -> !describe(a).equals(describe(b)))
                    .ifPresent(b -> changes.add(new Comparison.FactChange(a.elementId() + "." + a.dimension(),
                            describe(a), describe(b))));
        }
        return changes;
    }

    /** {@code status none, reliance critical}; the rounds too when they differ (an assumed status has none). */
    private static String describe(Assessment a) {
        return "status " + a.status() + (a.stable() ? "" : " (rounds " + String.join(" -> ", a.rounds()) + ")")
                + (a.reliance().isEmpty() ? "" : ", reliance " + a.reliance())
                + (a.hasPanel() ? ", scored by a panel of " + a.panel().get(a.panel().size() - 1).size() : "");
    }

    private static List<Comparison.ItemChange> recommendationChanges(Outcome base, Outcome scenario) {
        Map<String, Conclusion<Recommendation>> before = byKey(base.all(Recommendation.class));
        Map<String, Conclusion<Recommendation>> after = byKey(scenario.all(Recommendation.class));
        List<Comparison.ItemChange> changes = new ArrayList<>();
        before.forEach((key, c) -> {
            if (!after.containsKey(key)) {
                changes.add(item(c.fact().elementId() + "." + c.fact().dimension(), c.fact().title(), false, c));
            }
        });
        after.forEach((key, c) -> {
            if (!before.containsKey(key)) {
                changes.add(item(c.fact().elementId() + "." + c.fact().dimension(), c.fact().title(), true, c));
            }
        });
        return changes;
    }

    private static Map<String, Conclusion<Recommendation>> byKey(List<Conclusion<Recommendation>> all) {
        Map<String, Conclusion<Recommendation>> map = new LinkedHashMap<>();
        all.stream().sorted(java.util.Comparator.comparing((Conclusion<Recommendation> c) -> c.fact().elementId())
                        .thenComparing(c -> c.fact().dimension()))
                .forEach(c -> map.put(c.fact().elementId() + "|" + c.fact().dimension() + "|" + c.fact().title(), c));
        return map;
    }

    /** An action is the same action when its title and the elements it names are the same. */
    private static List<Comparison.ItemChange> actionChanges(Outcome base, Outcome scenario) {
        Map<String, Conclusion<PracticalAction>> before = new LinkedHashMap<>();
        base.practicalActions().forEach(c -> before.put(actionKey(c.fact()), c));
        Map<String, Conclusion<PracticalAction>> after = new LinkedHashMap<>();
        scenario.practicalActions().forEach(c -> after.put(actionKey(c.fact()), c));
        List<Comparison.ItemChange> changes = new ArrayList<>();
        before.forEach((key, c) -> {
            if (!after.containsKey(key)) {
                changes.add(item(String.join(", ", c.fact().elementIds()), c.fact().title(), false, c));
            }
        });
        after.forEach((key, c) -> {
            if (!before.containsKey(key)) {
                changes.add(item(String.join(", ", c.fact().elementIds()), c.fact().title(), true, c));
            }
        });
        return changes;
    }

    private static String actionKey(PracticalAction action) {
        return action.title() + "|" + action.elementIds();
    }

    private static Comparison.ItemChange item(String subject, String title, boolean appears, Conclusion<?> c) {
        return new Comparison.ItemChange(subject, title, appears, c.firedBy().rule().name(),
                c.firedBy().rule().location());
    }

    /** Firings (rule on subjects) present in one run only, each with the fact changes on its subjects. */
    static List<Comparison.RuleChange> ruleChanges(Outcome base, Outcome scenario, List<Comparison.FactChange> facts) {
        Map<String, TraceEvent.RuleFired> before = firings(base);
        Map<String, TraceEvent.RuleFired> after = firings(scenario);
        List<Comparison.RuleChange> changes = new ArrayList<>();
        before.forEach((key, f) -> {
            if (!after.containsKey(key)) {
                changes.add(ruleChange(f, false, facts));
            }
        });
        after.forEach((key, f) -> {
            if (!before.containsKey(key)) {
                changes.add(ruleChange(f, true, facts));
            }
        });
        changes.sort(java.util.Comparator.comparing(Comparison.RuleChange::subjects)
                .thenComparing(Comparison.RuleChange::firesInScenario)
                .thenComparing(Comparison.RuleChange::location));
        return changes;
    }

    private static Map<String, TraceEvent.RuleFired> firings(Outcome outcome) {
        Map<String, TraceEvent.RuleFired> map = new LinkedHashMap<>();
        for (TraceEvent.RuleFired f : outcome.standingFirings()) {
            map.putIfAbsent(f.rule().name() + "|" + Subjects.key(f), f);
        }
        return map;
    }

    private static Comparison.RuleChange ruleChange(TraceEvent.RuleFired f, boolean fires,
            List<Comparison.FactChange> facts) {
        String subjects = Subjects.key(f);
        Set<String> elements = new LinkedHashSet<>();
        Set<String> exact = new LinkedHashSet<>(List.of(subjects.split(" ")));
        exact.forEach(s -> elements.add(Subjects.elementOf(s)));
        // the facts under a firing: changes to the very assessments it matched, else to its elements
        List<Comparison.FactChange> under = facts.stream().filter(c -> exact.contains(c.subject())).toList();
        if (under.isEmpty()) {
            under = facts.stream().filter(c -> elements.contains(Subjects.elementOf(c.subject()))).toList();
        }
        return new Comparison.RuleChange(f.rule().name(), f.rule().location(), subjects, fires, under);
    }
}
