package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSearchTest {

    private static Evaluator<RuleRuntimeException> rules;
    private static Knowledge small;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesUnderTest.bundledRules();
        small = RulesUnderTest.small();
    }

    private static PathSearch.Options toward(String target, String... locked) {
        return new PathSearch.Options(target, List.of(locked), 8, 3);
    }

    @Test
    void findsTheKnownMinimalChangeFirst() throws Exception {
        PathResult result = new PathSearch(small, toward("likely")).search("E01", rules);

        assertThat(result.verdict()).isEqualTo(PathResult.FOUND);
        PathResult.Alternative best = result.alternatives().get(0);
        // endorsement weak -> partial (1 step) and attribution none -> partial (2 steps)
        assertThat(best.steps()).containsExactly(
                new PathResult.Step("political_endorsement", "weak", "partial", 1),
                new PathResult.Step("attribution", "none", "partial", 2));
        assertThat(best.totalSteps()).isEqualTo(3);
        assertThat(best.level()).isEqualTo("likely");
        assertThat(best.rules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("Critical dimension partial: ceiling likely");
            assertThat(r.firesInScenario()).isTrue();
        });
    }

    @Test
    void aChangeThatContainsAMinimalOneIsNotOfferedAsAnAlternative() throws Exception {
        // Under the ceiling table every change that makes E01 likely raises endorsement and attribution at
        // least as far as the minimal one does: there is no other minimal alternative to offer.
        PathResult result = new PathSearch(small, toward("likely")).search("E01", rules);

        assertThat(result.alternatives()).hasSize(1);
    }

    @Test
    void alternativesComeInOrderOfStepsWhenSeveralExist() throws Exception {
        Knowledge twoWays = ScenarioOverlay.apply(small, AdHocChanges.parse(
                List.of("E01.attribution=partial", "E01.political_endorsement=weak",
                        "E01.verification.reliance=critical"), small));
        // E01 is now possible, held by endorsement (weak) and verification (none, critical)...
        PathResult result = new PathSearch(twoWays, toward("possible")).search("E01", rules);

        assertThat(result.alternatives()).extracting(PathResult.Alternative::totalSteps).containsExactly(1);
        assertThat(result.alternatives().get(0).steps())
                .containsExactly(new PathResult.Step("verification", "none", "weak", 1));
    }

    @Test
    void itsAnswerAgreesWithRunningTheRulesOnThatChange() throws Exception {
        PathResult result = new PathSearch(small, toward("likely")).search("E01", rules);

        for (PathResult.Alternative alternative : result.alternatives()) {
            Knowledge changed = ScenarioOverlay.apply(small,
                    AdHocChanges.parse(alternative.asSetArguments("E01"), small));
            assertThat(rules.evaluate(changed).levelOf("E01").orElseThrow().fact().level())
                    .isEqualTo(alternative.level());
        }
    }

    @Test
    void aLockedDimensionIsNeverChanged() throws Exception {
        PathResult result = new PathSearch(small, toward("possible", "attribution")).search("E01", rules);

        assertThat(result.verdict()).isEqualTo(PathResult.UNREACHABLE);
        assertThat(result.explanation()).contains("Attribution is locked at none", "unlikely").doesNotContain("attribution is");
    }

    @Test
    void lockingTheOnlyDimensionThatHelpsExplainsWhy() throws Exception {
        PathResult unlocked = new PathSearch(small, toward("feasible")).search("E02", rules);
        PathResult locked = new PathSearch(small, toward("feasible", "attribution")).search("E02", rules);

        assertThat(unlocked.alternatives().get(0).steps())
                .containsExactly(new PathResult.Step("attribution", "none", "partial", 2));
        assertThat(locked.verdict()).isEqualTo(PathResult.UNREACHABLE);
        assertThat(locked.explanation()).contains("Attribution is locked at none and caps the element at likely");
    }

    @Test
    void aCeilingNoStatusChangeLiftsIsNamedWithItsRule(@TempDir Path temp) throws Exception {
        Path capped = Fixtures.rulesCappedAtLikely(temp);

        PathResult result = new PathSearch(small, toward("feasible")).search("E02", RulesUnderTest.rules(capped));

        assertThat(result.verdict()).isEqualTo(PathResult.UNREACHABLE);
        assertThat(result.explanation()).contains("no status change lifts that ceiling",
                "Critical dimension substantial or strong: no limit");
    }

    @Test
    void aStepBoundTooSmallSaysSo() throws Exception {
        PathResult result = new PathSearch(small, new PathSearch.Options("likely", List.of(), 2, 3))
                .search("E01", rules);

        assertThat(result.verdict()).isEqualTo(PathResult.UNREACHABLE);
        assertThat(result.explanation()).contains("--max-steps");
    }

    @Test
    void withNoElementNamedEveryElementBelowTheTargetIsSearched() throws Exception {
        List<PathResult> results = new PathSearch(small, toward("likely")).belowTarget(rules);

        assertThat(results).extracting(PathResult::elementId).containsExactly("E01");
    }
}
