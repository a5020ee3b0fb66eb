package org.cyberarms.advisor.report;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import static org.assertj.core.api.Assertions.assertThat;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;
import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void derivationOfABlockerLeadsThroughItsCeilingToTheAssessmentTheRulesMatched() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(ReportFixtures.BUNDLED_KNOWLEDGE);
        Outcome outcome = ReportFixtures.outcome(knowledge);

        Derivation blocker = Derivation.of(new Blocker("E03", "verification", "unlikely"), outcome);

        assertThat(blocker.rule()).hasValueSatisfying(
                r -> assertThat(r.name()).isEqualTo("A dimension at the element's level blocks it"));
        assertThat(blocker.premiseFact(ElementLevel.class)).hasValue(new ElementLevel("E03", "unlikely", 0));
        Derivation ceiling = blocker.premise(Ceiling.class).orElseThrow();
        assertThat(ceiling.rule()).hasValueSatisfying(
                r -> assertThat(r.name()).isEqualTo("Critical dimension absent: ceiling unlikely"));
        assertThat(ceiling.premiseFact(Assessment.class)).hasValueSatisfying(a -> {
            assertThat(a.elementId()).isEqualTo("E03");
            assertThat(a.dimension()).isEqualTo("verification");
        });
    }

    @Test
    void factReadFromTheKnowledgeFilesHasNoConcludingRule() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(ReportFixtures.BUNDLED_KNOWLEDGE);
        Outcome outcome = ReportFixtures.outcome(knowledge);
        Element e03 = knowledge.element("E03").orElseThrow();

        Derivation input = Derivation.of(e03, outcome);

        assertThat(input.concludedBy()).isEmpty();
        assertThat(input.premises()).isEmpty();
    }
}
