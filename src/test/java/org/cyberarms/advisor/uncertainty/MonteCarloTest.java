package org.cyberarms.advisor.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;

import java.nio.file.Path;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.ElementUncertainty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloTest {

    private static Knowledge knowledge;
    private static RuleBase rules;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadBundled() throws Exception {
        knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        rules = Fixtures.bundledRuleBase();
    }

    private static MonteCarlo over(RuleBase ruleBase) {
        return new MonteCarlo(knowledge, k -> ruleBase.conclude(k, RunLimits.DEFAULT));
    }

    @Test
    void aSeedGivesTheSameResultWhateverTheThreadsAndBatchSize() throws Exception {
        UncertaintyResult oneThread = over(rules).run(600, 7, 1, 1, done -> { });
        UncertaintyResult twoThreadsBatched = over(rules).run(600, 7, 2, 37, done -> { });
        // One batch of all 600: identical element states are shared most, so this also pins the sharing.
        UncertaintyResult oneBatch = over(rules).run(600, 7, 2, 600, done -> { });

        assertThat(twoThreadsBatched).isEqualTo(oneThread);
        assertThat(oneBatch).isEqualTo(oneThread);
        assertThat(over(rules).run(600, 8, 2, 8, done -> { })).isNotEqualTo(oneThread);
    }

    @Test
    void anElementScoredTheSameEverywhereKeepsItsLevelInEverySample() throws Exception {
        UncertaintyResult result = over(rules).run(400, 1, 2, 8, done -> { });

        ElementUncertainty e11 = element(result, "E11"); // national points of contact: settled scores
        assertThat(e11.level()).isEqualTo("feasible");
        assertThat(e11.modal().level()).isEqualTo("feasible");
        assertThat(e11.modal().probability()).isEqualTo(1.0);
        assertThat(e11.unstable()).isFalse();
        assertThat(e11.driver()).isEmpty();
    }

    @Test
    void anElementWhoseScoresMovedIsUnstableAndItsDriverIsTheDimensionThatMoved() throws Exception {
        UncertaintyResult result = over(rules).run(2_000, 1, 2, 8, done -> { });

        ElementUncertainty e02 = element(result, "E02"); // attribution: weak, partial, partial
        assertThat(e02.level()).isEqualTo("likely");
        assertThat(e02.unstable()).isTrue();
        assertThat(e02.driver()).hasValueSatisfying(d -> assertThat(d.dimension()).isEqualTo("attribution"));
        // Round 1 (weight 1 of 6) is the only draw that moves attribution: about 1 sample in 6 is possible.
        assertThat(probability(e02, "possible")).isCloseTo(1.0 / 6, within(0.03));
        assertThat(result.unstable()).contains(e02);
    }

    @Test
    void levelsComeFromTheRules() throws Exception {
        Path edited = copy(BUNDLED_RULES, tmp.resolve("rules"));
        // An analyst decides that an absent critical dimension still leaves the element possible.
        edit(edited.resolve("constraints.drl"), "$l : Level( name == \"unlikely\" )", "$l : Level( name == \"possible\" )");

        UncertaintyResult result = over(new RuleBaseCompiler().compile(edited)).run(300, 1, 2, 8, done -> { });

        assertThat(result.elements()).allSatisfy(e -> assertThat(probability(e, "unlikely")).isZero());
    }

    @Test
    void intervalsContainTheShareAndStayWithinZeroAndOne() throws Exception {
        UncertaintyResult result = over(rules).run(500, 3, 2, 8, done -> { });

        assertThat(result.elements()).allSatisfy(e -> {
            assertThat(e.levels().stream().mapToInt(UncertaintyResult.LevelProbability::count).sum()).isEqualTo(500);
            assertThat(e.levels()).allSatisfy(p -> {
                assertThat(p.low()).isBetween(0.0, p.probability());
                assertThat(p.high()).isBetween(p.probability(), 1.0);
            });
        });
    }

    @Test
    void wilsonIntervalMatchesAPublishedValue() {
        // 81 successes in 263 trials: 95% Wilson interval 0.2553 to 0.3662 (Wikipedia's worked example values).
        double[] interval = Wilson.interval(81, 263);
        assertThat(interval[0]).isCloseTo(0.2553, within(0.0005));
        assertThat(interval[1]).isCloseTo(0.3662, within(0.0005));
        assertThat(Wilson.interval(0, 100)[0]).isZero();
        assertThat(Wilson.interval(100, 100)[1]).isEqualTo(1.0);
    }

    @Test
    void anInterruptedRunStopsWithoutAResult() {
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> over(rules).run(100_000, 1, 2, 8, done -> { }))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private static ElementUncertainty element(UncertaintyResult result, String id) {
        return result.elements().stream().filter(e -> e.elementId().equals(id)).findFirst().orElseThrow();
    }

    private static double probability(ElementUncertainty e, String level) {
        return e.levels().stream().filter(p -> p.level().equals(level)).findFirst().orElseThrow().probability();
    }
}
