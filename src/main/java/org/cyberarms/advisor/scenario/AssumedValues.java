package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;

/**
 * What a what-if assumes, told the way every answer opens with it: the scenario's name and every value it
 * changes. The one place a {@link WhatIf} is made from scenarios and {@code --set} changes, so that every
 * command's banner lists the same changes in the same words. The changes are read from the knowledge before
 * and after the overlay, never from the scenario's own wording, so that a change that selects every element
 * lists each element it really changed, and a change that leaves a value as it was is not listed.
 */
public final class AssumedValues {

    /** The {@link WhatIf#name()} of changes typed on the command line only. */
    public static final String COMMAND_LINE = "--set";

    /** {@link WhatIf.Change#field()} of an element a scenario added or removed. */
    public static final String ELEMENT = "element";

    private AssumedValues() {}

    /**
     * The what-if of a command line: the scenarios it named (in {@code applied}, with what they extend) and
     * its {@code --set} changes, as applied to {@code before} to give {@code after}. Empty when neither was
     * given: the answer is then the assessment.
     */
    public static Optional<WhatIf> of(List<Scenario> applied, List<String> sets, Knowledge before, Knowledge after) {
        if (applied.isEmpty() && sets.isEmpty()) {
            return Optional.empty();
        }
        List<Scenario> named = named(applied);
        List<String> names = new ArrayList<>(named.stream().map(Scenario::name).toList());
        List<String> descriptions = new ArrayList<>();
        for (Scenario scenario : named) {
            String builtOn = scenario.extendsNames().isEmpty() ? ""
                    : " (it builds on " + String.join(" and ", scenario.extendsNames()) + ")";
            descriptions.add(named.size() == 1 && sets.isEmpty() ? scenario.description() + builtOn
                    : scenario.name() + ": " + scenario.description() + builtOn);
        }
        if (!sets.isEmpty()) {
            names.add(COMMAND_LINE);
            if (!named.isEmpty()) {
                descriptions.add("then the changes given on the command line");
            }
        }
        Optional<String> description = descriptions.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", descriptions));
        return Optional.of(new WhatIf(String.join(" + ", names), description, changes(before, after)));
    }

    /**
     * The what-if of {@code advisor whatif}: each scenario compared with the assessment on its own. The
     * banner names them all and lists every change of each (a value two of them change alike, once).
     */
    public static WhatIf ofComparison(Comparison comparison) {
        List<Comparison.ScenarioDiff> diffs = comparison.scenarios();
        // Each change once, with the scenarios that make it when there are several: they are not applied together.
        Map<WhatIf.Change, List<String>> madeBy = new LinkedHashMap<>();
        diffs.forEach(d -> d.assumed().forEach(c -> madeBy.computeIfAbsent(c, k -> new ArrayList<>()).add(d.name())));
        List<WhatIf.Change> changes = madeBy.entrySet().stream()
                .map(e -> diffs.size() == 1 ? e.getKey() : e.getKey().in(e.getValue())).toList();
        Optional<String> description = diffs.size() == 1
                ? Optional.of(diffs.get(0).description() + builtOn(diffs.get(0)))
                : Optional.of("Each scenario compared with the assessment on its own.");
        return new WhatIf(String.join(", ", diffs.stream().map(Comparison.ScenarioDiff::name).toList()), description,
                changes);
    }

    private static String builtOn(Comparison.ScenarioDiff diff) {
        List<String> applied = diff.applied();
        return applied.size() > 1 ? " (it builds on " + String.join(", then ", applied.subList(0, applied.size() - 1))
                + ")" : "";
    }

    /** The scenarios the command line named: those no other applied scenario extends. */
    private static List<Scenario> named(List<Scenario> applied) {
        Set<String> extended = new LinkedHashSet<>();
        applied.forEach(s -> extended.addAll(s.extendsNames()));
        return applied.stream().filter(s -> !extended.contains(s.name())).toList();
    }

    /**
     * Every value {@code after} differs from {@code before} in, in the order of {@code before}: elements
     * removed, then added, then per assessment its status, reliance and panel scores.
     */
    public static List<WhatIf.Change> changes(Knowledge before, Knowledge after) {
        List<WhatIf.Change> changes = new ArrayList<>();
        for (Element e : before.elements()) {
            if (after.element(e.id()).isEmpty()) {
                changes.add(new WhatIf.Change(e.id(), "", "Element", ELEMENT, "present", "removed"));
            }
        }
        for (Element e : after.elements()) {
            if (before.element(e.id()).isEmpty()) {
                changes.add(new WhatIf.Change(e.id(), "", "Element", ELEMENT, "absent", "added"));
            }
        }
        for (Assessment a : before.assessments()) {
            Optional<Assessment> changed = after.assessmentsOf(a.elementId()).stream()
                    .filter(b -> b.dimension().equals(a.dimension())).findFirst();
            if (changed.isEmpty()) {
                continue;
            }
            Assessment b = changed.get();
            String label = before.model().dimension(a.dimension()).map(Dimension::name).orElse(a.dimension());
            if (!a.status().equals(b.status())) {
                changes.add(new WhatIf.Change(a.elementId(), a.dimension(), label, "status", a.status(), b.status()));
            }
            if (!a.reliance().equals(b.reliance())) {
                changes.add(new WhatIf.Change(a.elementId(), a.dimension(), label, "reliance", a.reliance(),
                        b.reliance()));
            }
            if (a.status().equals(b.status()) && b.hasPanel() && !a.panel().equals(b.panel())) {
                changes.add(new WhatIf.Change(a.elementId(), a.dimension(), label, "panel scores",
                        panelScores(a), panelScores(b)));
            }
        }
        return changes;
    }

    /** {@code weak, partial / partial, partial}: each round's scores, round 1 first. */
    private static String panelScores(Assessment a) {
        return a.panel().isEmpty() ? "none"
                : String.join(" / ", a.panel().stream().map(round -> String.join(", ", round)).toList());
    }
}
