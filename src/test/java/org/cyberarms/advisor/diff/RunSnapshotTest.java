package org.cyberarms.advisor.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;
import org.cyberarms.advisor.trace.TraceJsonLines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A diff reads both runs from their trace lines; read back, the bundled run must say what the run itself
 * concluded: the same levels, the same standing firings (the bundled run withdraws conclusions on its way to
 * rest), and the same practical actions.
 */
class RunSnapshotTest {

    private static Outcome outcome;
    private static RunSnapshot snapshot;

    @BeforeAll
    static void readTheBundledRunBackFromItsTraceLines() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
        outcome = Fixtures.bundledRuleBase().evaluate(knowledge, RunLimits.DEFAULT, TraceDetail.ALL_EVENTS);
        snapshot = RunSnapshot.of(new TraceJsonLines().eventLines(outcome.events()));
    }

    @Test
    void theLevelsReadBackAreTheLevelsTheRulesConcluded() {
        Map<String, String> levels = outcome.all(ElementLevel.class).stream()
                .collect(Collectors.toMap(c -> c.fact().elementId(), c -> c.fact().level()));

        assertThat(snapshot.levelOf()).isEqualTo(levels).hasSize(16);
        assertThat(snapshot.levels()).containsExactly("unlikely", "possible", "likely", "feasible");
    }

    @Test
    void aFiringWhoseConclusionTheEngineWithdrewIsNotCountedAsFired() throws Exception {
        List<TraceEvent.RuleFired> standing = outcome.standingFirings();
        List<TraceEvent.RuleFired> withdrawn = outcome.firings().stream()
                .filter(f -> standing.stream().noneMatch(s -> s == f)).toList();
        Set<RunSnapshot.Firing> standingRead = new HashSet<>();
        for (TraceEvent.RuleFired f : standing) {
            standingRead.add(read(f));
        }

        List<RunSnapshot.Firing> onlyWithdrawn = new java.util.ArrayList<>();
        for (TraceEvent.RuleFired f : withdrawn) {
            if (!standingRead.contains(read(f))) {
                onlyWithdrawn.add(read(f));
            }
        }

        assertThat(onlyWithdrawn).as("the bundled run withdraws a conclusion on its way to rest").isNotEmpty();
        assertThat(snapshot.firings()).isEqualTo(standingRead).doesNotContainAnyElementsOf(onlyWithdrawn);
    }

    /** One firing as the diff reads it from its trace line. */
    private static RunSnapshot.Firing read(TraceEvent.RuleFired firing) throws Exception {
        return RunSnapshot.of(new TraceJsonLines().eventLines(List.of(firing))).firings().iterator().next();
    }

    @Test
    void thePracticalActionsReadBackNameTheSameElements() {
        Map<String, List<String>> actions = outcome.practicalActions().stream()
                .collect(Collectors.toMap(c -> c.fact().title(), c -> c.fact().elementIds()));

        assertThat(snapshot.actions().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().title(), Map.Entry::getValue))).isEqualTo(actions);
    }

    @Test
    void comparingARunWithItselfFindsNothing() {
        RunDifference none = RunComparison.compare(snapshot, snapshot, List.of());

        assertThat(none.elements()).isEmpty();
        assertThat(none.sameConclusions()).isTrue();
        assertThat(DiffDocument.summary(none)).isEqualTo("Nothing changed: the same levels, rules, recommendations,"
                + " caveats and practical actions.");
    }
}
