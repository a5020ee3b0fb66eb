package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.bundledRuleBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/recommendations.drl on the bundled knowledge: every blocking dimension of every element below likely
 * gets a recommendation labelled with the level it is for, worded by the element itself when the knowledge
 * gives it words, else by the rule.
 */
class RecommendationRulesTest {

    private static final String OWN_RULE = "The element's own recommendation for a blocking dimension";
    private static final String GENERAL_VERIFICATION_RULE = "Verification blocks: transparency instead of intrusive inspection";

    private static Outcome bundled;

    @BeforeAll
    static void runTheBundledRules() throws Exception {
        bundled = run(BUNDLED_KNOWLEDGE);
    }

    private static Outcome run(Path knowledge) throws Exception {
        return bundledRuleBase().evaluate(new KnowledgeLoader().load(knowledge), RunLimits.DEFAULT);
    }

    private static Conclusion<Recommendation> recommendation(Outcome outcome, String element, String dimension) {
        List<Conclusion<Recommendation>> found = outcome.recommendationsFor(element).stream()
                .filter(c -> c.fact().dimension().equals(dimension)).toList();
        assertThat(found).as("recommendations for %s.%s", element, dimension).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyBlockingDimensionOfEveryElementBelowLikelyGetsOneLabelledWithTheNextLevel() {
        for (Conclusion<ElementLevel> level : bundled.all(ElementLevel.class)) {
            String id = level.fact().elementId();
            Set<String> blocking = bundled.blockersOf(id).stream().map(b -> b.fact().dimension())
                    .collect(Collectors.toSet());
            Set<String> recommended = bundled.recommendationsFor(id).stream().map(r -> r.fact().dimension())
                    .collect(Collectors.toSet());
            if (level.fact().level().equals("unlikely") || level.fact().level().equals("possible")) {
                assertThat(blocking).as(id).isNotEmpty();
                assertThat(recommended).as(id).isEqualTo(blocking);
                String next = level.fact().level().equals("unlikely") ? "possible" : "likely";
                assertThat(bundled.recommendationsFor(id)).as(id).allSatisfy(r -> assertThat(r.fact().toReach())
                        .isEqualTo(next));
            } else {
                assertThat(recommended).as(id).isEmpty();
            }
        }
    }

    @Test
    void aPossibleElementIsAdvisedOnWhatHoldsItBelowLikely() {
        Conclusion<Recommendation> e07 = recommendation(bundled, "E07", "political_endorsement");

        assertThat(e07.fact().toReach()).isEqualTo("likely");
        assertThat(e07.fact().title()).isEqualTo("Begin as a politically binding norm or coalition instrument");
        assertThat(recommendation(bundled, "E15", "attribution").fact().toReach()).isEqualTo("likely");
    }

    @Test
    void anElementsOwnTextWinsOverTheRulesText() {
        Conclusion<Recommendation> e09 = recommendation(bundled, "E09", "verification");

        assertThat(e09.firedBy().rule().name()).isEqualTo(OWN_RULE);
        assertThat(e09.fact().title()).isEqualTo("Build the fact-finding body in stages, with inspection as its aim");
        assertThat(e09.fact().toReach()).isEqualTo("possible");
    }

    @Test
    void anElementWithoutTextsOfItsOwnGetsTheRulesText() {
        Conclusion<Recommendation> e04 = recommendation(bundled, "E04", "verification");

        assertThat(e04.firedBy().rule().name()).isEqualTo(GENERAL_VERIFICATION_RULE);
        assertThat(e04.fact().title()).isEqualTo("Replace intrusive inspection with transparency");
    }

    @Test
    void withoutItsOwnTextE09FallsBackToTheRulesText(@TempDir Path temp) throws Exception {
        Path knowledge = Fixtures.copy(BUNDLED_KNOWLEDGE, temp.resolve("knowledge"));
        Path elements = knowledge.resolve("elements.yaml");
        String yaml = Files.readString(elements);
        int start = yaml.indexOf("    recommendations:\n");
        Files.writeString(elements, yaml.substring(0, start) + yaml.substring(yaml.indexOf("\n\n", start) + 1));

        Conclusion<Recommendation> e09 = recommendation(run(knowledge), "E09", "verification");

        assertThat(e09.firedBy().rule().name()).isEqualTo(GENERAL_VERIFICATION_RULE);
        assertThat(e09.fact().title()).isEqualTo("Replace intrusive inspection with transparency");
    }

    @Test
    void anOwnTextForADimensionThatDoesNotBlockGivesNoRecommendation(@TempDir Path temp) throws Exception {
        Path knowledge = Fixtures.copy(BUNDLED_KNOWLEDGE, temp.resolve("knowledge"));
        Fixtures.edit(knowledge.resolve("elements.yaml"), "    recommendations:\n",
                "    recommendations:\n      compliance:\n        title: Fund it\n        text: Fund it well.\n");

        Outcome outcome = run(knowledge);

        assertThat(outcome.blockersOf("E09")).extracting(b -> b.fact().dimension()).containsExactly("verification");
        assertThat(outcome.recommendationsFor("E09")).extracting(r -> r.fact().dimension())
                .containsExactly("verification");
    }

    @Test
    void e09IsNotToldToRelyOnDeclarationsInsteadOfInspectionWithoutBeingToldThatThisRedefinesIt() {
        String text = recommendation(bundled, "E09", "verification").fact().text();

        assertThat(text).contains("instead of on-site inspection would redefine it");
    }
}
