package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.ScaledKnowledge;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.report.WhatItWouldTake.Change;
import org.cyberarms.advisor.report.WhatItWouldTake.RuleFiring;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;
import org.cyberarms.advisor.trace.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.cyberarms.advisor.document.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What it would take to raise each element, as the report carries it, from the real rules and knowledge. */
class WhatItWouldTakeSearchTest {

    private static Knowledge knowledge;
    private static Map<String, WhatItWouldTake> bundled;

    @BeforeAll
    static void searchTheBundledKnowledge() throws Exception {
        knowledge = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
        Outcome outcome = ReportFixtures.whatIfOutcome(knowledge);
        bundled = WhatItWouldTakeSearch.of(knowledge, outcome, ReportFixtures::whatIfOutcome);
    }

    @Test
    void anUnlikelyElementNeedsEachBlockingDimensionRaisedOneStepToReachPossible() {
        WhatItWouldTake e03 = bundled.get("E03");

        assertThat(e03.currentLevel()).isEqualTo("unlikely");
        assertThat(e03.toNextLevel().target()).isEqualTo("possible");
        assertThat(e03.toNextLevel().changes()).containsExactly(
                new Change("attribution", "Attribution", "none", "weak"),
                new Change("verification", "Verification", "none", "weak"));
        assertThat(e03.toNextLevel().reaches()).isEqualTo("possible");
        assertThat(e03.toNextLevel().rulesThatWouldFire())
                .contains(new RuleFiring("Critical dimension weak: ceiling possible", "rules/constraints.drl:37"));
        assertThat(e03.toNextLevel().rulesThatWouldStop())
                .contains(new RuleFiring("Critical dimension absent: ceiling unlikely", "rules/constraints.drl:27"));
    }

    @Test
    void theTopIsFoundEvenWhenItTakesMoreStepsThanPathAllowsByDefault() {
        WhatItWouldTake e03 = bundled.get("E03");

        // 2 + 3 + 1 + 3 = 9 status steps: beyond `advisor path`'s default bound of 8.
        assertThat(e03.toTop().target()).isEqualTo("feasible");
        assertThat(e03.toTop().reachable()).isTrue();
        assertThat(e03.toTop().changes()).containsExactly(
                new Change("political_endorsement", "Political endorsement", "weak", "substantial"),
                new Change("attribution", "Attribution", "none", "substantial"),
                new Change("compliance", "Compliance", "weak", "partial"),
                new Change("verification", "Verification", "none", "substantial"));
        assertThat(e03.toTop().reaches()).isEqualTo("feasible");
    }

    @Test
    void itGivesTheSameChangesAsThePathCommand() throws Exception {
        List<PathResult> paths = new PathSearch(knowledge, new PathSearch.Options("likely", List.of(), 8, 1))
                .belowTarget(ReportFixtures::whatIfOutcome);

        for (PathResult path : paths) {
            WhatItWouldTake take = bundled.get(path.elementId());
            if (take.toNextLevel().target().equals("likely")) {
                assertThat(take.toNextLevel().changes())
                        .extracting(c -> c.dimension() + ":" + c.from() + "->" + c.to())
                        .as(path.elementId())
                        .containsExactlyElementsOf(path.alternatives().get(0).steps().stream()
                                .map(s -> s.dimension() + ":" + s.from() + "->" + s.to()).toList());
            }
        }
        assertThat(paths).extracting(PathResult::elementId).contains("E07", "E15");
    }

    @Test
    void whenTheNextLevelIsTheTopBothGoalsAreTheSame() {
        WhatItWouldTake e16 = bundled.get("E16");

        assertThat(e16.nextLevelIsTop()).isTrue();
        assertThat(e16.toTop()).isEqualTo(e16.toNextLevel());
        assertThat(e16.toTop().changes()).containsExactly(new Change("attribution", "Attribution", "weak", "partial"));
    }

    @Test
    void elementsAtTheTopHaveNothingToTake() {
        assertThat(bundled).doesNotContainKeys("E11", "E12", "E13");
        assertThat(bundled).hasSize(13);
    }

    @Test
    void aLevelNoStatusChangeReachesIsSaidWithTheRuleThatCapsIt(@TempDir Path temp) throws Exception {
        Path capped = Fixtures.rulesCappedAtLikely(temp);
        RuleBase rules = new RuleBaseCompiler().compile(capped);
        Evaluator<Exception> evaluator = k -> rules.evaluate(k, RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS);

        Map<String, WhatItWouldTake> takes = WhatItWouldTakeSearch.of(knowledge, evaluator.evaluate(knowledge),
                evaluator);

        WhatItWouldTake e16 = takes.get("E16");
        assertThat(e16.toTop().reachable()).isFalse();
        assertThat(e16.toTop().changes()).isEmpty();
        assertThat(e16.toTop().notReachableBecause()).get().asString()
                .contains("no status change lifts that ceiling", "Critical dimension substantial or strong: no limit");
    }

    @Test
    void elementsWithTheSameFactsShareOneSearchSoALargeKnowledgeCostsNoMoreRuns(@TempDir Path temp) throws Exception {
        Path doubled = temp.resolve("knowledge");
        ScaledKnowledge.write(Fixtures.BUNDLED_KNOWLEDGE, 2 * knowledge.elements().size(), doubled);
        Knowledge twice = new KnowledgeLoader().load(doubled);
        AtomicInteger runs = new AtomicInteger();
        Evaluator<Exception> counting = k -> {
            runs.incrementAndGet();
            return ReportFixtures.whatIfOutcome(k);
        };

        WhatItWouldTakeSearch.of(knowledge, ReportFixtures.whatIfOutcome(knowledge), counting);
        int forTheBundled = runs.getAndSet(0);
        Map<String, WhatItWouldTake> takes = WhatItWouldTakeSearch.of(twice, ReportFixtures.whatIfOutcome(twice),
                counting);

        assertThat(runs.get()).isEqualTo(forTheBundled);
        assertThat(takes).hasSize(2 * bundled.size());
        assertThat(takes.get("E0019")).isEqualTo(bundled.get("E03"));
    }

    @Test
    void theReportJsonGivesEachElementToNextLevelAndToTopAsListsOfChanges() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(ReportGoldenFilesTest.render(Format.JSON,
                ReportFixtures.bundledReport()));
        JsonNode e03 = tree.get("elements").get(2);

        assertThat(e03.get("id").asText()).isEqualTo("E03");
        assertThat(e03.get("toNextLevel").toString()).isEqualTo(
                "[{\"dimension\":\"attribution\",\"from\":\"none\",\"to\":\"weak\"},"
                        + "{\"dimension\":\"verification\",\"from\":\"none\",\"to\":\"weak\"}]");
        assertThat(e03.get("toTop")).hasSize(4);
        assertThat(e03.at("/whatItWouldTake/nextLevel/reaches").asText()).isEqualTo("possible");
        assertThat(e03.at("/whatItWouldTake/top/target").asText()).isEqualTo("feasible");
        JsonNode e11 = tree.get("elements").get(10);
        assertThat(e11.get("toNextLevel")).isEmpty();
        assertThat(e11.get("toTop")).isEmpty();
        assertThat(e11.get("whatItWouldTake").isNull()).isTrue();
    }
}
