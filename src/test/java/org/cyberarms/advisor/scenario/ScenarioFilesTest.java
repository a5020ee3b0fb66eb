package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.knowledge.KnowledgeProblem;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/scenarios");
    private static Knowledge baseline;

    @BeforeAll
    static void loadBaseline() throws KnowledgeException {
        baseline = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
    }

    @Test
    void everyMistakeInAScenarioIsReportedAtItsLineAndColumnWithAHint() {
        Path file = FIXTURES.resolve("mistakes/misspelt.yaml");
        assertThatThrownBy(() -> new ScenarioLoader(FIXTURES.resolve("mistakes")).load("misspelt", baseline))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    List<KnowledgeProblem> problems = e.problems();
                    assertThat(problems).hasSize(3);
                    assertThat(problems.get(0)).satisfies(p -> {
                        assertThat(p.file()).isEqualTo(file.toString());
                        assertThat(p.line()).isEqualTo(Fixtures.lineOf(file, "element: E3"));
                        assertThat(p.column()).isEqualTo(14);
                        assertThat(p.message()).contains("`E3`", "not an element");
                        assertThat(p.hint()).contains("Did you mean `E03`?");
                    });
                    assertThat(problems.get(1)).satisfies(p -> {
                        assertThat(p.line()).isEqualTo(Fixtures.lineOf(file, "dimension: atribution"));
                        assertThat(p.column()).isEqualTo(16);
                        assertThat(p.hint()).contains("Did you mean `attribution`?");
                    });
                    assertThat(problems.get(2)).satisfies(p -> {
                        assertThat(p.line()).isEqualTo(Fixtures.lineOf(file, "status: substantail"));
                        assertThat(p.column()).isEqualTo(13);
                        assertThat(p.message()).contains("not on the status scale");
                        assertThat(p.hint()).contains("Did you mean `substantial`?");
                    });
                });
    }

    @Test
    void wholeNumbersWrittenWithADecimalPointCountAsWholeNumbersAsTheSchemaTakesThem() throws KnowledgeException {
        Knowledge changed = ScenarioOverlay.apply(baseline,
                new ScenarioLoader(FIXTURES.resolve("numbers")).load("written-with-decimals", baseline));

        assertThat(status(changed, "E03", "attribution")).isEqualTo("weak");
        assertThat(assessment(changed, "E03", "political_endorsement").panel().get(2).get(0)).isEqualTo("partial");
    }

    /** Knowledge whose model sets no `rounds` (written before the `pack:` section): its elements' three count. */
    @Test
    void aPanelScoreInRoundThreeAppliesToKnowledgeWhoseModelLeavesTheRoundsToTheElements() throws KnowledgeException {
        Knowledge beforePacks = new KnowledgeLoader().load(Path.of("src/test/resources/pack-sections/before-packs"));

        Knowledge changed = ScenarioOverlay.apply(beforePacks,
                new ScenarioLoader(FIXTURES.resolve("numbers")).load("written-with-decimals", beforePacks));

        assertThat(assessment(changed, "E03", "political_endorsement").panel().get(2).get(0)).isEqualTo("partial");
    }

    @Test
    void aRoundThatIsNotAWholeNumberIsReportedAsARoundNotAsSteps() {
        Path file = FIXTURES.resolve("numbers/half-a-round.yaml");
        assertThatThrownBy(() -> new ScenarioLoader(FIXTURES.resolve("numbers")).load("half-a-round", baseline))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(Fixtures.lineOf(file, "round: 2.5"));
                            assertThat(p.column()).isEqualTo(14);
                            assertThat(p.message()).isEqualTo("`round` in `panel_score` in change 2 is 2.5; it should"
                                    + " be the round's number, a whole number from 1 to 3").doesNotContain("step");
                        }));
    }

    @Test
    void aScenarioThatExtendsAnotherAppliesTheOtherFirst() throws KnowledgeException {
        List<Scenario> chain = new ScenarioLoader(FIXTURES.resolve("chain")).load("second-step", baseline);

        assertThat(chain).extracting(Scenario::name).containsExactly("base-step", "second-step");
        Knowledge changed = ScenarioOverlay.apply(baseline, chain);
        // E17 was added by base-step and raised by second-step: one step up from partial
        assertThat(status(changed, "E17", "political_endorsement")).isEqualTo("substantial");
        assertThat(status(changed, "E03", "attribution")).isEqualTo("partial");
        assertThat(status(changed, "E03", "political_endorsement")).isEqualTo("partial");
        assertThat(changed.element("E16")).isEmpty();
        assertThat(changed.element("E17")).hasValueSatisfying(e -> assertThat(e.origin()).isEqualTo("scenario"));
    }

    @Test
    void aStatusSetByAScenarioIsAnAssumptionInEveryRoundWithoutThePanel() throws KnowledgeException {
        Knowledge changed = ScenarioOverlay.apply(baseline,
                new ScenarioLoader(FIXTURES.resolve("chain")).load("base-step", baseline));

        Assessment attribution = assessment(changed, "E03", "attribution");
        assertThat(attribution.rounds()).containsExactly("partial", "partial", "partial");
        assertThat(attribution.statusRanks()).containsExactly(2, 2, 2);
        assertThat(attribution.hasPanel()).isFalse();
        assertThat(assessment(baseline, "E03", "attribution").rounds()).containsExactly("none", "none", "none");
    }

    @Test
    void appliedScenarioFilesJoinTheRunsInputsWithTheirDigest() throws KnowledgeException {
        Path file = FIXTURES.resolve("chain/base-step.yaml");
        Knowledge changed = ScenarioOverlay.apply(baseline,
                new ScenarioLoader(FIXTURES.resolve("chain")).load(file.toString(), baseline));

        assertThat(changed.files()).hasSize(baseline.files().size() + 1);
        assertThat(changed.files().get(changed.files().size() - 1).sha256()).isEqualTo(Sha256.of(file));
        assertThat(changed.provenance().changes().get(changed.provenance().changes().size() - 1).what())
                .contains("`base-step`");
    }

    @Test
    void aCycleOfExtendsIsAnErrorThatNamesTheCycle() {
        assertThatThrownBy(() -> new ScenarioLoader(FIXTURES.resolve("cycle")).load("loop-a", baseline))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    KnowledgeProblem p = e.problems().get(0);
                    assertThat(p.message()).contains("loop-a -> loop-b -> loop-a");
                    assertThat(p.file()).endsWith("loop-b.yaml");
                    assertThat(p.line()).isEqualTo(Fixtures.lineOf(FIXTURES.resolve("cycle/loop-b.yaml"), "extends:"));
                });
    }

    @Test
    void anUnknownScenarioNameIsSuggested() {
        assertThatThrownBy(() -> new ScenarioLoader(FIXTURES.resolve("chain")).load("second-stp", baseline))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.problems().get(0).hint())
                        .contains("Did you mean `second-step`?"));
    }

    @Test
    void aMistakeInSetNamesTheArgumentAndSuggests() {
        assertThatThrownBy(() -> AdHocChanges.parse(List.of("E03.atribution=substantial", "E03.attribution=strng"),
                baseline))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.problems()).extracting(KnowledgeProblem::describe).containsExactly(
                            "--set E03.atribution=substantial: `atribution` is not a dimension of the maturity model"
                                    + " (political_endorsement, attribution, compliance, verification). Did you mean"
                                    + " `attribution`?",
                            "--set E03.attribution=strng: `strng` is not on the status scale (none, weak, partial,"
                                    + " substantial, strong). Did you mean `strong`?");
                });
    }

    @Test
    void setChangesTheRelianceWhenAsked() throws KnowledgeException {
        Knowledge changed = ScenarioOverlay.apply(baseline,
                AdHocChanges.parse(List.of("E03.attribution.reliance=helpful"), baseline));

        assertThat(assessment(changed, "E03", "attribution").reliance()).isEqualTo("helpful");
        assertThat(assessment(changed, "E03", "attribution").rounds()).containsExactly("none", "none", "none");
    }

    static Assessment assessment(Knowledge k, String element, String dimension) {
        return k.assessmentsOf(element).stream().filter(a -> a.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    static String status(Knowledge k, String element, String dimension) {
        return assessment(k, element, dimension).status();
    }
}
