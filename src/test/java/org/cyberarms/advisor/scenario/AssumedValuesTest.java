package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a what-if assumes: read from the knowledge it changed, and never taken for a panel's own scores. */
class AssumedValuesTest {

    private static Evaluator<RuleRuntimeException> rules;
    private static Knowledge bundled;

    @BeforeAll
    static void load() throws Exception {
        rules = RulesUnderTest.bundledRules();
        bundled = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
    }

    private static List<String> movedCaveats(Knowledge knowledge, String element) throws Exception {
        return rules.evaluate(knowledge).caveatsOf(element).stream().map(c -> c.fact())
                .filter(c -> c.kind().equals("moved")).map(Caveat::dimension).toList();
    }

    /** E02's attribution moved weak -> partial -> partial; a what-if that assumes substantial has no rounds. */
    @Test
    void anAssumedStatusIsNotReportedAsAStatusThatMovedBetweenRounds() throws Exception {
        assertThat(movedCaveats(bundled, "E02")).as("the assessment's own history").contains("attribution");

        Knowledge assumed = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE, List.of(),
                List.of("E02.attribution=substantial")).knowledge();

        assertThat(movedCaveats(assumed, "E02")).doesNotContain("attribution");
        assertThat(assumed.assessmentsOf("E02").stream().filter(a -> a.dimension().equals("attribution"))
                .findFirst().orElseThrow().rounds()).containsOnly("substantial");
    }

    @Test
    void aWhatIfThatSetsOnlyAReliancesKeepsTheAssessmentsOwnHistoryAndItsCaveat() throws Exception {
        Knowledge assumed = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE, List.of(),
                List.of("E02.attribution.reliance=helpful")).knowledge();

        assertThat(movedCaveats(assumed, "E02")).contains("attribution");
    }

    @Test
    void theWhatIfOfACommandLineNamesTheScenarioAndListsEveryValueItChangedElementByElement() throws Exception {
        ScenarioOverlay.Applied applied = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE,
                List.of("coalition-pathway"), List.of("E03.attribution=weak"));

        WhatIf whatIf = applied.whatIf().orElseThrow();
        assertThat(whatIf.name()).isEqualTo("coalition-pathway + --set");
        assertThat(whatIf.description().orElseThrow()).contains("it builds on declarations-only-verification")
                .contains("then the changes given on the command line");
        assertThat(whatIf.changes()).contains(
                new WhatIf.Change("E03", "attribution", "Attribution", "status", "none", "weak"),
                new WhatIf.Change("E04", "verification", "Verification", "reliance", "critical", "helpful"),
                new WhatIf.Change("E09", "verification", "Verification", "status", "none", "partial"),
                new WhatIf.Change("E09", "political_endorsement", "Political endorsement", "status", "weak",
                        "partial"));
        assertThat(whatIf.changes()).extracting(WhatIf.Change::sentence)
                .contains("E09 Political endorsement status: weak -> partial");
    }

    @Test
    void noScenarioAndNoSetIsTheAssessmentItself() throws Exception {
        ScenarioOverlay.Applied applied = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE, List.of(),
                List.of());

        assertThat(applied.whatIf()).isEmpty();
        assertThat(applied.knowledge()).isEqualTo(bundled);
    }

    @Test
    void aSetThatChangesNothingIsStillAWhatIfThatSaysSo() throws Exception {
        String current = bundled.assessmentsOf("E03").stream().filter(a -> a.dimension().equals("attribution"))
                .findFirst().orElseThrow().status();

        WhatIf whatIf = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE, List.of(),
                List.of("E03.attribution=" + current)).whatIf().orElseThrow();

        assertThat(whatIf.name()).isEqualTo("--set");
        assertThat(whatIf.description()).isEqualTo(Optional.empty());
        assertThat(whatIf.changes()).isEmpty();
    }
}
