package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.bundledRuleBase;
import static org.cyberarms.advisor.Fixtures.fixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.junit.jupiter.api.Test;

/** The bundled knowledge through the bundled rules reproduces what the source reports, and fixtures reach every kind of conclusion. */
class BundledOutcomeTest {

    private static Outcome run(Path knowledge) throws Exception {
        return bundledRuleBase()
                .evaluate(new KnowledgeLoader().load(knowledge), RunLimits.DEFAULT);
    }

    private static Map<String, String> levels(Outcome outcome) {
        return outcome.all(ElementLevel.class).stream()
                .collect(Collectors.toMap(c -> c.fact().elementId(), c -> c.fact().level()));
    }

    @Test
    void bundledKnowledgeReproducesTheSourcesOutcome() throws Exception {
        Map<String, String> levels = levels(run(BUNDLED_KNOWLEDGE));

        assertThat(levels).hasSize(16);
        for (String named : List.of("E02", "E05", "E11", "E12")) {
            assertThat(levels.get(named)).as(named).isIn("feasible", "likely");
        }
        assertThat(levels.values().stream().filter(l -> l.equals("feasible") || l.equals("likely")).count())
                .isGreaterThanOrEqualTo(9);
        assertThat(levels.values().stream().filter(l -> l.equals("unlikely")).count()).isGreaterThanOrEqualTo(2);
        assertThat(levels).containsEntry("E03", "unlikely").containsEntry("E04", "unlikely")
                .containsEntry("E08", "unlikely").containsEntry("E09", "unlikely");
    }

    @Test
    void everyUnlikelyElementGetsARecommendationWithRationaleForEachBlockingDimension() throws Exception {
        Outcome outcome = run(BUNDLED_KNOWLEDGE);

        for (Conclusion<ElementLevel> level : outcome.all(ElementLevel.class)) {
            if (!level.fact().level().equals("unlikely")) {
                continue;
            }
            String id = level.fact().elementId();
            List<String> blocking = outcome.blockersOf(id).stream().map(b -> b.fact().dimension()).toList();
            List<Conclusion<Recommendation>> recommendations = outcome.recommendationsFor(id);
            assertThat(blocking).as("blockers of " + id).isNotEmpty();
            assertThat(recommendations).extracting(r -> r.fact().dimension())
                    .as("recommendations of " + id).containsExactlyInAnyOrderElementsOf(blocking);
            assertThat(recommendations).allSatisfy(r -> assertThat(r.firedBy().rule().rationale()).isPresent());
        }
    }

    @Test
    void verificationBlockingFourElementsFiresOneCrossCuttingAction() throws Exception {
        Outcome outcome = run(BUNDLED_KNOWLEDGE);

        List<PracticalAction> actions = outcome.practicalActions().stream().map(Conclusion::fact).toList();
        assertThat(actions).filteredOn(a -> a.dimension().equals("verification")).singleElement()
                .satisfies(a -> assertThat(a.elementIds()).containsExactly("E03", "E04", "E08", "E09"));
        assertThat(actions).filteredOn(a -> a.dimension().equals("attribution")).singleElement()
                .satisfies(a -> assertThat(a.elementIds()).containsExactly("E03", "E15"));
    }

    @Test
    void everyLevelAndEveryKindOfRecommendationIsReachedByTheFixture() throws Exception {
        Outcome outcome = run(fixture("all-outcomes"));

        assertThat(levels(outcome)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "E01", "feasible", "E02", "likely", "E03", "possible", "E04", "unlikely", "E05", "unlikely",
                "E06", "possible", "E07", "unlikely", "E08", "unlikely", "E09", "likely"));
        assertThat(outcome.all(Recommendation.class)).extracting(r -> r.fact().elementId() + ":" + r.fact().dimension())
                .containsExactlyInAnyOrder("E03:political_endorsement", "E04:political_endorsement", "E05:compliance",
                        "E06:compliance", "E07:attribution", "E08:verification");
        assertThat(outcome.practicalActions()).extracting(a -> a.fact().dimension() + a.fact().elementIds())
                .containsExactly("compliance[E05, E06]", "political_endorsement[E03, E04]");
    }

    @Test
    void aBlockingDimensionNoSpecificRuleCoversStillGetsARecommendation() throws Exception {
        Outcome outcome = run(fixture("extra-dimension"));

        assertThat(outcome.recommendationsFor("E01")).singleElement().satisfies(r -> {
            assertThat(r.fact().dimension()).isEqualTo("technical_capacity");
            assertThat(r.firedBy().rule().name()).isEqualTo("Any other blocking dimension: review it before adoption");
        });
    }
}
