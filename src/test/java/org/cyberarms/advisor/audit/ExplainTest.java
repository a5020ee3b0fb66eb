package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;


import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.Explainer;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.ConditionCheck;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.PatternCheck;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.WhyNot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplainTest {

    private static Knowledge knowledge;
    private static Outcome outcome;
    private static Explainer explainer;

    @BeforeAll
    static void runTheBundledRules() throws Exception {
        knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        RuleBase rules = Fixtures.bundledRuleBase();
        outcome = rules.evaluate(knowledge, RunLimits.DEFAULT);
        explainer = new Explainer(rules);
    }

    @Test
    void whyNotFeasibleNamesTheRuleThatWouldLiftAttributionAndTheStatusThatFailed() {
        WhyNot whyNot = explainer.whyNot(knowledge, outcome, "E03");

        assertThat(whyNot.reached()).isEqualTo("unlikely");
        assertThat(whyNot.levels()).extracting(WhyNot.LevelNotReached::level).containsExactly("possible", "likely", "feasible");
        WhyNot.HeldBack attribution = whyNot.levels().get(2).heldBackBy().stream()
                .filter(h -> h.dimension().equals("attribution")).findFirst().orElseThrow();
        assertThat(attribution.ceiling()).isEqualTo("unlikely");
        assertThat(attribution.ceilingRule().name()).isEqualTo("Critical dimension absent: ceiling unlikely");
        RuleDiagnosis lift = attribution.alternatives().stream()
                .filter(d -> d.rule().name().equals("Critical dimension substantial or strong: no limit")).findFirst().orElseThrow();
        assertThat(lift.firedForElement()).isFalse();
        assertThat(lift.failedConditions()).singleElement().satisfies(c -> {
            assertThat(c.constraint()).isEqualTo("status in (\"substantial\", \"strong\")");
            assertThat(c.actual()).containsEntry("status", "none");
        });
        ConditionCheck reliance = lift.patterns().get(0).conditions().get(0);
        assertThat(reliance.constraint()).isEqualTo("reliance == \"critical\"");
        assertThat(reliance.passed()).hasValue(true);
    }

    @Test
    void aRuleThatFiredOnTheIdsItCollectedFiredForEachOfThoseElements() {
        RuleDiagnosis d = explainer.diagnose(knowledge, outcome, "E03",
                "Verification blocks several elements: a verification research programme");

        assertThat(d.firedForElement()).as("E03 is among the elements verification blocks").isTrue();
        assertThat(explainer.diagnose(knowledge, outcome, "E11",
                "Verification blocks several elements: a verification research programme").firedForElement()).isFalse();
    }

    @Test
    void levelsAtOrBelowTheOneReachedAreNotExplainedAway() {
        WhyNot whyNot = explainer.whyNot(knowledge, outcome, "E11");

        assertThat(whyNot.reached()).isEqualTo("feasible");
        assertThat(whyNot.levels()).isEmpty();
    }

    @Test
    void namedRuleIsCheckedConditionByConditionWithVariablesBoundFromEarlierPatterns() {
        RuleDiagnosis d = explainer.diagnose(knowledge, outcome, "E03", "Level is the lowest ceiling");

        assertThat(d.firedForElement()).isTrue();
        assertThat(d.patterns()).extracting(PatternCheck::kind).containsExactly("pattern", "pattern", "not");
        assertThat(d.patterns().get(1).conditions().get(0).evaluated()).isEqualTo("elementId == \"E03\"");
        assertThat(d.patterns().get(2).holds()).as("no ceiling of E03 is lower than its lowest").isTrue();
    }

    @Test
    void detailFollowsTheLevelDownToTheKnowledgeFactsWithEachRulesRationale() {
        CommandRun run = CommandRun.of("explain", "E03", "--detail");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains(
                "E03 is unlikely, concluded by “Level is the lowest ceiling” (rules/maturity.drl:26)",
                "E03 Verification: ceiling unlikely, concluded by “Critical dimension absent: ceiling unlikely”"
                        + " (rules/constraints.drl:27)",
                "An element cannot work without a dimension it critically relies on",
                "E03 Verification: reliance critical, status none in rounds 1–3 (from the knowledge files)");
        assertThat(run.out()).containsPattern("status == \"weak\" +failed +status none");
    }

    @Test
    void explainAnswersHowAndWhyNotForEveryBundledElement() {
        for (var element : knowledge.elements()) {
            CommandRun run = CommandRun.of("explain", element.id(), "--format", "json");
            assertThat(run.exitCode()).as(element.id() + ": " + run.err()).isZero();
            assertThat(run.out()).contains("\"how\": {", "\"whyNot\": [");
        }
    }

    @Test
    void explainInHtmlIsOnePageWithHowAndWhyNot() {
        CommandRun run = CommandRun.of("explain", "E03", "--format", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<section id=\"how\">", "<section id=\"why-not\">")
                .doesNotContain("<section id=\"rule\">");
    }

    @Test
    void explainOfAnUnknownRuleIsAUsageErrorNamingIt() {
        CommandRun run = CommandRun.of("explain", "E03", "--rule", "No such rule");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No rule named \"No such rule\"");
    }

    @Test
    void aMisspeltRuleNameGetsTheClosestRuleSuggested() {
        CommandRun run = CommandRun.of("explain", "E03", "--rule", "Critical dimension weak: ceiling posible");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean `Critical dimension weak: ceiling possible`?");
    }

    @Test
    void outWritesTheExplanationToAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("explain-E03.html");

        CommandRun run = CommandRun.of("explain", "E03", "--format", "html", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(java.nio.file.Files.readString(out)).startsWith("<!DOCTYPE html>");
    }
}
