package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonAndSensitivityTest {

    private static Evaluator<RuleRuntimeException> rules;
    private static Knowledge small;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesUnderTest.bundledRules();
        small = RulesUnderTest.small();
    }

    private static Comparison compareAttributionPartial() throws Exception {
        List<Scenario> chain = ScenarioLoader.besideKnowledge(RulesUnderTest.SMALL).load("attribution-partial", small);
        return ScenarioComparison.run(small, List.of(chain), rules);
    }

    @Test
    void aComparisonShowsTheLevelThatMovedAndItsDirection() throws Exception {
        Comparison comparison = compareAttributionPartial();

        Comparison.ScenarioDiff diff = comparison.scenarios().get(0);
        assertThat(diff.levelChanges()).containsExactly(new Comparison.LevelChange("E01", "Two routes",
                java.util.Optional.of("unlikely"), java.util.Optional.of("possible"), 1));
        assertThat(comparison.matrix()).extracting(r -> r.scenarios().get(0).describe())
                .containsExactly("possible ↑", "likely", "feasible");
    }

    @Test
    void aComparisonShowsTheRecommendationThatDisappears() throws Exception {
        Comparison.ScenarioDiff diff = compareAttributionPartial().scenarios().get(0);

        // E01 rises from unlikely to possible: the attribution advice goes, and as a possible element it is now
        // advised on what holds it below likely.
        assertThat(diff.recommendations()).extracting(r -> r.subject() + (r.appears() ? " appears" : " disappears"))
                .containsExactly("E01.attribution disappears", "E01.political_endorsement appears");
        assertThat(diff.actions()).isEmpty();
    }

    @Test
    void aComparisonNamesTheRulesThatFiredDifferentlyAndTheFactsUnderThem() throws Exception {
        Comparison.ScenarioDiff diff = compareAttributionPartial().scenarios().get(0);

        assertThat(diff.factChanges()).containsExactly(new Comparison.FactChange("E01.attribution",
                "status none, reliance critical", "status partial, reliance critical"));
        assertThat(diff.rules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("Critical dimension absent: ceiling unlikely");
            assertThat(r.firesInScenario()).isFalse();
            assertThat(r.becauseOf()).extracting(Comparison.FactChange::subject).containsExactly("E01.attribution");
        });
        assertThat(diff.rules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("Critical dimension partial: ceiling likely");
            assertThat(r.firesInScenario()).isTrue();
        });
        assertThat(diff.rules()).allSatisfy(r -> assertThat(r.subjects()).startsWith("E01"));
    }

    @Test
    void sensitivityGivesTheLevelAtEveryStatusOfEveryDimension() throws Exception {
        SensitivityResult result = Sensitivity.analyse(small, rules);

        SensitivityResult.ElementSensitivity e01 = result.elements().get(0);
        assertThat(e01.level()).isEqualTo("unlikely");
        assertThat(e01.binding()).containsExactly("attribution");
        SensitivityResult.DimensionRow attribution = e01.dimensions().get(1);
        assertThat(attribution.dimension()).isEqualTo("attribution");
        // none..strong; endorsement (weak, critical) caps E01 at possible whatever attribution does
        assertThat(attribution.levels()).containsExactly("unlikely", "possible", "possible", "possible", "possible");
        assertThat(e01.dimensions().get(3).levels()).containsOnly("unlikely"); // verification: not needed
    }

    @Test
    void sensitivityFindsTheTippingPoints() throws Exception {
        SensitivityResult result = Sensitivity.analyse(small, rules);

        assertThat(result.elements().get(0).tippingPoints()).containsExactly(
                new SensitivityResult.TippingPoint("attribution", "none", "weak", "unlikely", "possible", 1));
        // E02 (likely, held by a helpful attribution at none): one step up (weak) still caps it at likely,
        // and compliance one step down (partial) caps it at likely too: two steps from any change.
        assertThat(result.elements().get(1).tippingPoints()).isEmpty();
        // E03 (feasible): endorsement or compliance one step down (partial, critical) or verification one step
        // down (weak, helpful) drops it to likely
        assertThat(result.elements().get(2).tippingPoints()).extracting(SensitivityResult.TippingPoint::dimension)
                .containsExactly("political_endorsement", "compliance", "verification");
        assertThat(result.elements().get(2).tippingPoints()).allSatisfy(t -> assertThat(t.direction()).isEqualTo(-1));
    }
}
