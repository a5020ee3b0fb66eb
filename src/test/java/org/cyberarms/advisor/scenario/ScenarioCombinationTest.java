package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code extends: [a, b]} combines scenarios: they apply in the order listed, so the later one wins where
 * both set the same value, and then the scenario's own changes.
 */
class ScenarioCombinationTest {

    private static final Path FOLDER = Path.of("src/test/resources/scenarios/combine");

    private static Knowledge baseline;

    @BeforeAll
    static void bundledKnowledge() throws Exception {
        baseline = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
    }

    private static List<Scenario> load(String name) throws KnowledgeException {
        return new ScenarioLoader(FOLDER).load(name, baseline);
    }

    private static String latestStatus(Knowledge knowledge, String element, String dimension) {
        return knowledge.assessmentsOf(element).stream().filter(a -> a.dimension().equals(dimension)).findFirst()
                .map(a -> a.rounds().get(a.rounds().size() - 1)).orElseThrow();
    }

    @Test
    void aListOfParentsAppliesInTheOrderListedThenTheScenarioItself() throws Exception {
        List<Scenario> chain = load("combined");

        assertThat(chain).extracting(Scenario::name)
                .containsExactly("attribution-partial", "attribution-substantial", "combined");
        assertThat(chain.get(2).extendsNames()).containsExactly("attribution-partial", "attribution-substantial");
    }

    @Test
    void whereTwoParentsSetTheSameValueTheLaterOneWins() throws Exception {
        Knowledge combined = ScenarioOverlay.apply(baseline, load("combined"));
        Knowledge reversed = ScenarioOverlay.apply(baseline, load("reversed"));

        assertThat(latestStatus(combined, "E03", "attribution")).isEqualTo("substantial");
        assertThat(latestStatus(reversed, "E03", "attribution")).isEqualTo("partial");
        // what only one parent sets, and the scenario's own change, hold whatever the order
        assertThat(latestStatus(combined, "E04", "verification")).isEqualTo("partial");
        assertThat(latestStatus(reversed, "E04", "verification")).isEqualTo("partial");
        assertThat(latestStatus(combined, "E05", "compliance")).isEqualTo("partial");
    }

    @Test
    void aMissingParentInTheListIsAnErrorAtItsItemWithTheClosestName() {
        assertThatThrownBy(() -> load("missing-parent"))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.describe())
                        .anySatisfy(text -> assertThat(text)
                                .startsWith(FOLDER.resolve("missing-parent.yaml") + ":7:5: `extends` names"
                                        + " `attribution-substantal`, but there is no scenario of that name")
                                .contains("Did you mean `attribution-substantial`?")));
    }

    @Test
    void aCycleThroughAListIsAnErrorNamingTheCycle() {
        assertThatThrownBy(() -> load("loop-one"))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.describe())
                        .anySatisfy(text -> assertThat(text).startsWith(FOLDER.resolve("loop-two.yaml") + ":5:11:")
                                .contains("`extends` makes a cycle: loop-one -> loop-two -> loop-one")));
    }
}
