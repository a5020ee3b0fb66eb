package org.cyberarms.advisor.scenario;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.WhatIf;

/**
 * The baseline and one or more scenarios side by side: what the rules concluded in each, and how each
 * scenario differs from the baseline. Read from the outcomes only; nothing here decides a level.
 *
 * @param against what the scenarios are compared with: {@link #BASELINE}, or the scenarios a scenario
 *                extends ({@code whatif --against parent})
 * @param levels the level scale, lowest first
 */
public record Comparison(String against, List<String> levels, List<ElementRow> matrix, List<ScenarioDiff> scenarios) {

    /** The knowledge as assessed, without any scenario. */
    public static final String BASELINE = "baseline";

    public Comparison {
        levels = List.copyOf(levels);
        matrix = List.copyOf(matrix);
        scenarios = List.copyOf(scenarios);
    }

    /** The scenarios compared with the baseline. */
    public Comparison(List<String> levels, List<ElementRow> matrix, List<ScenarioDiff> scenarios) {
        this(BASELINE, levels, matrix, scenarios);
    }

    /** One element's level in the baseline and in each scenario (same order as {@code scenarios}). */
    public record ElementRow(String elementId, String name, Optional<String> baseline, List<Cell> scenarios) {
        public ElementRow {
            scenarios = List.copyOf(scenarios);
        }
    }

    /** A level in a scenario; {@code direction} is +1 (up), 0 or -1 (down) against the baseline. */
    public record Cell(Optional<String> level, int direction) {

        /** {@code likely ↑}, {@code unlikely}, or {@code —} for an element the scenario removed. */
        public String describe() {
            return level.orElse("—") + (direction > 0 ? " ↑" : direction < 0 ? " ↓" : "");
        }
    }

    /**
     * One scenario against the baseline.
     *
     * @param assumed every value the scenario (with what it extends) changes, as the what-if banner lists them
     */
    public record ScenarioDiff(String name, String description, String rationale, List<String> applied,
            List<LevelChange> levelChanges, List<FactChange> factChanges, List<ItemChange> recommendations,
            List<ItemChange> actions, List<RuleChange> rules, List<WhatIf.Change> assumed) {
        public ScenarioDiff {
            applied = List.copyOf(applied);
            assumed = List.copyOf(assumed);
            levelChanges = List.copyOf(levelChanges);
            factChanges = List.copyOf(factChanges);
            recommendations = List.copyOf(recommendations);
            actions = List.copyOf(actions);
            rules = List.copyOf(rules);
        }

        /** True when no level, recommendation, practical action or firing differs from what it is compared with. */
        public boolean changesNothing() {
            return levelChanges.isEmpty() && recommendations.isEmpty() && actions.isEmpty() && rules.isEmpty();
        }
    }

    public record LevelChange(String elementId, String name, Optional<String> from, Optional<String> to,
            int direction) {}

    /** A fact of the knowledge the scenario changed: {@code E03.attribution} status none → substantial. */
    public record FactChange(String subject, String before, String after) {}

    /** A recommendation or practical action that appears ({@code appears} true) or disappears. */
    public record ItemChange(String subject, String title, boolean appears, String ruleName, String ruleLocation) {}

    /** A rule that fires on a subject in one run and not the other, with the facts that changed under it. */
    public record RuleChange(String rule, String location, String subjects, boolean firesInScenario,
            List<FactChange> becauseOf) {
        public RuleChange {
            becauseOf = List.copyOf(becauseOf);
        }
    }
}
