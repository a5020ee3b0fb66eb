package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Pack;
import org.junit.jupiter.api.Test;

/** The model file's `pack:` section, and the elements checked against what it says. */
class PackSectionTest {

    private static final String CASES = "src/test/resources/pack-sections/";

    @Test
    void theBundledModelGivesTheCyberweaponsTitleIdsAndThreeRounds() throws Exception {
        Pack pack = new KnowledgeLoader().load(Path.of("knowledge")).model().pack();

        assertThat(pack.title()).isEqualTo("Feasibility of a binding international instrument on cyberweapons");
        assertThat(pack.subject()).isEqualTo("a binding international instrument on cyberweapons");
        assertThat(pack.introduction()).isEqualTo("Justified feasibility report: for each element of the proposed"
                + " instrument, the maturity level the rules reach, why, what holds it down and what would raise it.");
        assertThat(pack.elementIds().pattern()).isEqualTo("E[0-9]+");
        assertThat(pack.rounds()).isEqualTo(3);
        assertThat(pack.requiredFields()).containsExactly("description", "drawn_from");
        assertThat(pack.words()).isEqualTo(Pack.Words.defaults());
    }

    @Test
    void aModelWithoutAPackSectionOrRelianceScaleTakesFreeIdsOneRoundAndNoReliance() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of(CASES + "defaults"));

        Pack pack = knowledge.model().pack();
        Pack defaults = Pack.defaults();
        assertThat(List.of(pack.title(), pack.subject(), pack.introduction(), pack.elementIds().pattern()))
                .containsExactly(defaults.title(), defaults.subject(), defaults.introduction(),
                        "[A-Za-z][A-Za-z0-9_-]*");
        assertThat(pack.rounds()).isEqualTo(1);
        assertThat(pack.requiredFields()).isEmpty();
        assertThat(knowledge.model().hasReliances()).isFalse();
        assertThat(knowledge.elements()).extracting(Element::id).containsExactly("alpha-1", "Beta_2");
        assertThat(knowledge.elements()).extracting(Element::description)
                .containsExactly("", "Has a description, though the pack does not require one.");
        assertThat(knowledge.assessments()).extracting(Assessment::reliance).containsOnly("");
        assertThat(knowledge.assessments()).extracting(Assessment::rounds)
                .containsExactly(List.of("present"), List.of("absent"));
    }

    /** The bundled knowledge as it was before the `pack:` section (revision f88835d): three rounds, no `pack:`. */
    @Test
    void aModelWrittenBeforeThePackSectionTakesTheThreeRoundsItsAssessmentsHave() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of(CASES + "before-packs"));

        assertThat(knowledge.model().pack().rounds()).isEqualTo(3);
        assertThat(knowledge.model().pack().roundsSet()).isFalse();
        assertThat(knowledge.assessments()).hasSize(64).allSatisfy(a -> assertThat(a.rounds()).hasSize(3));
    }

    @Test
    void withRoundsUnsetAnAssessmentOrPanelWithAnotherNumberIsAnErrorNamingTheFirstAssessment() {
        String model = CASES + "rounds-unset-disagree/maturity-model.yaml";
        String elements = CASES + "rounds-unset-disagree/elements.yaml";
        Optional<String> hint = Optional.of("Set `rounds:` in `pack:` of " + model
                + " or give every assessment the same number");

        assertThat(problemsOf("rounds-unset-disagree")).containsExactly(
                new KnowledgeProblem(elements, 17, 24, "`rounds` in element beta-2's dimension `people` has 2 rounds;"
                        + " the first assessment, alpha-1 people at " + elements + ":12:7, has 3, and the model does"
                        + " not set `rounds`", hint),
                new KnowledgeProblem(elements, 20, 16, "`panel` in element beta-2's dimension `money` has 2 rounds;"
                        + " the first assessment, alpha-1 people at " + elements + ":12:7, has 3, and the model does"
                        + " not set `rounds`", hint));
    }

    @Test
    void withRoundsUnsetEveryAssessmentAndPanelWithTheFirstsNumberLoads() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of(CASES + "rounds-unset-two"));

        assertThat(knowledge.model().pack().rounds()).isEqualTo(2);
        assertThat(knowledge.assessments()).extracting(Assessment::panel).contains(
                List.of(List.of("absent", "present"), List.of("present", "present")));
    }

    @Test
    void aModelReadAloneWithoutRoundsSaysTheCountIsUnset() throws Exception {
        assertThat(new KnowledgeLoader().loadModel(Path.of(CASES + "rounds-unset-two")).pack().roundsSet()).isFalse();
        assertThat(new KnowledgeLoader().loadModel(Path.of(CASES + "ids-and-rounds")).pack().roundsSet()).isTrue();
    }

    @Test
    void everyMistakeInThePackSectionIsReportedAtItsWordAllAtOnce() {
        String model = CASES + "misspelt/maturity-model.yaml";

        assertThat(problemsOf("misspelt")).containsExactly(
                new KnowledgeProblem(model, 23, 3, "unknown key `titel` in `pack`; expected one of: title, subject,"
                        + " introduction, words, element_ids, rounds, required_fields, glossary",
                        Optional.of("Did you mean `title`?")),
                new KnowledgeProblem(model, 24, 16, "`element_ids` in `pack` is `E[0-9+`, which is not a pattern the"
                        + " advisor can read: unclosed character class near character 6 (`+`)",
                        Optional.of("Write a regular expression such as \"[A-Za-z][A-Za-z0-9_-]*\" (the default) or"
                                + " \"E[0-9]+\"; put it in quotes")),
                new KnowledgeProblem(model, 25, 11, "`rounds` in `pack` is 0; it should be how many rounds of scoring"
                        + " each assessment has, a whole number from 1", Optional.empty()),
                new KnowledgeProblem(model, 26, 21, "entry 1 of `required_fields` in `pack` is `descripton`, which is"
                        + " not an element field a pack can require (description, drawn_from)",
                        Optional.of("Did you mean `description`?")),
                new KnowledgeProblem(model, 28, 5, "unknown key `elemnt` in `words` in `pack`; expected one of:"
                        + " element, elements, dimension, dimensions", Optional.of("Did you mean `element`?")));
    }

    @Test
    void elementsAreCheckedAgainstThePacksIdPatternRoundsReliancesAndRequiredFields() {
        String model = CASES + "ids-and-rounds/maturity-model.yaml";
        String elements = CASES + "ids-and-rounds/elements.yaml";

        assertThat(problemsOf("ids-and-rounds")).containsExactly(
                new KnowledgeProblem(elements, 9, 9, "element id `Alpha_1` must match the pattern `[a-z]+-[0-9]+` set"
                        + " in " + model + " line 23", Optional.empty()),
                new KnowledgeProblem(elements, 18, 24, "`rounds` in element beta-2's dimension `people` has 3"
                        + " statuses; expected exactly 2, one per round of scoring",
                        Optional.of("This pack has 2 rounds (`rounds` in " + model + " line 24)")),
                new KnowledgeProblem(elements, 23, 16, "this pack has no reliance scale; remove it or add"
                        + " `reliances:` to " + model, Optional.empty()),
                new KnowledgeProblem(elements, 24, 5, "missing key `drawn_from` in element delta-4", Optional.empty()));
    }

    @Test
    void anIdOutsideTheDefaultPatternIsDescribedInWords() {
        assertThat(problemsOf("default-ids")).containsExactly(new KnowledgeProblem(
                CASES + "default-ids/elements.yaml", 13, 9,
                "element id `2nd-room` should be a letter followed by letters, digits, _ or -", Optional.empty()));
    }

    private static List<KnowledgeProblem> problemsOf(String fixture) {
        KnowledgeException thrown = catchThrowableOfType(KnowledgeException.class,
                () -> new KnowledgeLoader().load(Path.of(CASES + fixture)));
        assertThat(thrown).as("loading %s should fail", fixture).isNotNull();
        return thrown.problems();
    }
}
