package org.cyberarms.advisor.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Applies scenarios to knowledge in memory and returns new knowledge; the knowledge given, and every file,
 * stay as they were. Scenarios apply in the order given, each over the result of the one before.
 *
 * <p>The result records what was applied: each scenario file joins the knowledge's input files (so its
 * SHA-256 is in the run stamp), and each scenario adds a line to the elements' provenance.
 */
public final class ScenarioOverlay {

    private ScenarioOverlay() {}

    /**
     * What a command line names: the scenarios (names beside the knowledge folder, or files) in order,
     * then the ad-hoc {@code --set} changes. The baseline itself when both are empty.
     */
    public static Knowledge applyNamed(Knowledge baseline, Path knowledgeDir, List<String> scenarios,
            List<String> sets) throws KnowledgeException {
        return overlay(baseline, knowledgeDir, scenarios, sets).knowledge();
    }

    /**
     * The knowledge a command line's scenarios and {@code --set} changes give, and the what-if every answer
     * computed on it must open with (empty when the command line named none: the answer is the assessment).
     */
    public record Applied(Knowledge knowledge, Optional<WhatIf> whatIf) {}

    /** As {@link #applyNamed}, with the what-if that says what was applied. */
    public static Applied overlay(Knowledge baseline, Path knowledgeDir, List<String> scenarios, List<String> sets)
            throws KnowledgeException {
        List<Scenario> loaded = ScenarioLoader.besideKnowledge(knowledgeDir).load(scenarios, baseline);
        Knowledge changed = apply(baseline, loaded);
        if (!sets.isEmpty()) {
            changed = apply(changed, AdHocChanges.parse(sets, changed));
        }
        return new Applied(changed, AssumedValues.of(loaded, sets, baseline, changed));
    }

    public static Knowledge apply(Knowledge knowledge, List<Scenario> scenarios) {
        Knowledge result = knowledge;
        for (Scenario scenario : scenarios) {
            result = apply(result, scenario);
        }
        return result;
    }

    public static Knowledge apply(Knowledge knowledge, Scenario scenario) {
        Knowledge changed = applyChanges(knowledge, scenario.changes());
        List<SourceFile> files = new ArrayList<>(changed.files());
        scenario.source().ifPresent(files::add);
        List<Provenance.Change> history = new ArrayList<>(changed.provenance().changes());
        String date = scenario.provenance().changes().isEmpty() ? "today"
                : scenario.provenance().changes().get(scenario.provenance().changes().size() - 1).date();
        history.add(new Provenance.Change(scenario.author(), date,
                "What-if scenario `" + scenario.name() + "` applied: " + scenario.description()));
        Provenance provenance = new Provenance(changed.provenance().origin(), changed.provenance().basis(), history);
        return new Knowledge(changed.model(), changed.elements(), changed.assessments(), provenance, files);
    }

    /** The changes alone, without provenance or files: what path search and sensitivity try out. */
    public static Knowledge applyChanges(Knowledge knowledge, List<ScenarioChange> changes) {
        List<Element> elements = new ArrayList<>(knowledge.elements());
        List<Assessment> assessments = new ArrayList<>(knowledge.assessments());
        Scale statuses = knowledge.model().statuses();
        for (ScenarioChange change : changes) {
            if (change instanceof ScenarioChange.SetDimension set) {
                for (int i = 0; i < assessments.size(); i++) {
                    Assessment a = assessments.get(i);
                    if (set.elements().includes(a.elementId()) && a.dimension().equals(set.dimension())
                            && set.whereReliance().map(r -> r.equals(a.reliance())).orElse(true)) {
                        assessments.set(i, changed(a, set, statuses));
                    }
                }
            } else if (change instanceof ScenarioChange.AddElement add) {
                elements.add(add.element());
                assessments.addAll(add.assessments());
            } else if (change instanceof ScenarioChange.RemoveElement remove) {
                elements.removeIf(e -> e.id().equals(remove.elementId()));
                assessments.removeIf(a -> a.elementId().equals(remove.elementId()));
            } else if (change instanceof ScenarioChange.SetPanelScore score) {
                for (int i = 0; i < assessments.size(); i++) {
                    Assessment a = assessments.get(i);
                    if (a.elementId().equals(score.elementId()) && a.dimension().equals(score.dimension())
                            && a.hasPanel()) {
                        assessments.set(i, withPanelScore(a, score, statuses));
                    }
                }
            }
        }
        return new Knowledge(knowledge.model(), elements, assessments, knowledge.provenance(), knowledge.files());
    }

    /** The status an assessment would have after {@code set}, or its own when {@code set} changes no status. */
    static Optional<String> newStatus(Assessment a, ScenarioChange.SetDimension set, Scale statuses) {
        if (set.status().isPresent()) {
            return set.status();
        }
        if (set.raise() == 0) {
            return Optional.empty();
        }
        int rank = Math.max(0, Math.min(statuses.steps().size() - 1, a.statusRank() + set.raise()));
        return Optional.of(statuses.steps().get(rank).name());
    }

    private static Assessment changed(Assessment a, ScenarioChange.SetDimension set, Scale statuses) {
        String reliance = set.reliance().orElse(a.reliance());
        Optional<String> status = newStatus(a, set, statuses);
        if (status.isEmpty() || status.get().equals(a.status())) {
            return new Assessment(a.elementId(), a.dimension(), reliance, a.rounds(), a.statusRanks(), a.panel(),
                    a.panelRanks());
        }
        return withAssumedStatus(a, status.get(), reliance, statuses);
    }

    /**
     * Every round set to {@code status}, and the panel left out (see SetDimension): an assumed status is the
     * what-if's, in every round. Keeping the assessment's earlier rounds under it would read as a status
     * that moved between rounds of scoring, which no panel did, and sampling would draw those rounds.
     */
    static Assessment withAssumedStatus(Assessment a, String status, String reliance, Scale statuses) {
        List<String> rounds = java.util.Collections.nCopies(a.rounds().size(), status);
        return new Assessment(a.elementId(), a.dimension(), reliance, rounds, ranks(rounds, statuses), List.of(),
                List.of());
    }

    private static Assessment withPanelScore(Assessment a, ScenarioChange.SetPanelScore score, Scale statuses) {
        List<List<String>> panel = new ArrayList<>();
        for (int r = 0; r < a.panel().size(); r++) {
            List<String> round = new ArrayList<>(a.panel().get(r));
            if (r == score.round() - 1 && score.panellist() - 1 < round.size()) {
                round.set(score.panellist() - 1, score.score());
            }
            panel.add(round);
        }
        return new Assessment(a.elementId(), a.dimension(), a.reliance(), a.rounds(), a.statusRanks(), panel,
                panel.stream().map(round -> ranks(round, statuses)).toList());
    }

    static List<Integer> ranks(List<String> steps, Scale scale) {
        return steps.stream().map(s -> scale.rankOf(s).orElseThrow(
                () -> new IllegalArgumentException("`" + s + "` is not on the status scale"))).toList();
    }
}
