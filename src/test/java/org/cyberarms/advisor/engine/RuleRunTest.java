package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.MatchedFact;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRunTest {

    @TempDir
    Path tmp;

    private static Knowledge bundled() throws Exception {
        return new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
    }

    @Test
    void everyFiringRecordsTheRuleItsFileLineMetadataAndMatchedFacts() throws Exception {
        Outcome outcome = Fixtures.bundledRuleBase().evaluate(bundled(), RunLimits.DEFAULT);

        Conclusion<ElementLevel> level = outcome.levelOf("E03").orElseThrow();
        TraceEvent.RuleFired firing = level.firedBy();
        assertThat(firing.rule().name()).isEqualTo("Level is the lowest ceiling");
        assertThat(firing.rule().file()).isEqualTo(BUNDLED_RULES.resolve("maturity.drl").toString());
        assertThat(firing.rule().line())
                .isEqualTo(lineOf(BUNDLED_RULES.resolve("maturity.drl"), "rule \"Level is the lowest ceiling\""));
        assertThat(firing.rule().rationale()).hasValueSatisfying(r -> assertThat(r).contains("weakest dimension"));
        assertThat(firing.rule().source()).isPresent();
        assertThat(firing.matched()).extracting(MatchedFact::declaration).containsExactly("$e", "$c");
        Ceiling ceiling = (Ceiling) firing.matched().get(1).fact();
        assertThat(ceiling.level()).isEqualTo("unlikely");

        Conclusion<Ceiling> ceilingConclusion = outcome.all(Ceiling.class).stream()
                .filter(c -> c.fact().equals(ceiling)).findFirst().orElseThrow();
        Assessment matched = (Assessment) ceilingConclusion.firedBy().matched().get(0).fact();
        assertThat(matched.elementId()).isEqualTo("E03");
        assertThat(matched.status()).isEqualTo("none");
        assertThat(matched.reliance()).isEqualTo("critical");
    }

    @Test
    void firingsAreNumberedInTheOrderTheyHappened() throws Exception {
        Outcome outcome = Fixtures.bundledRuleBase().evaluate(bundled(), RunLimits.DEFAULT);

        assertThat(outcome.firings()).extracting(TraceEvent.RuleFired::firing)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, outcome.firings().size())
                        .boxed().toList());
        assertThat(outcome.events()).extracting(TraceEvent::sequence)
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anEditedRuleFileChangesTheOutcomeWithoutARebuild() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Knowledge knowledge = bundled();
        assertThat(new RuleBaseCompiler().compile(rules).evaluate(knowledge, RunLimits.DEFAULT)
                .levelOf("E03").orElseThrow().fact().level()).isEqualTo("unlikely");

        // An analyst decides that an absent critical dimension still leaves the element possible.
        edit(rules.resolve("constraints.drl"), "$l : Level( name == \"unlikely\" )", "$l : Level( name == \"possible\" )");

        assertThat(new RuleBaseCompiler().compile(rules).evaluate(knowledge, RunLimits.DEFAULT)
                .levelOf("E03").orElseThrow().fact().level()).isEqualTo("possible");
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedByTheFiringLimitNamingIt() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.copy(Fixtures.fixture("runaway-rules").resolve("echo-caveats.drl"), rules.resolve("echo-caveats.drl"));
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);

        assertThatThrownBy(() -> ruleBase.evaluate(bundled(), new RunLimits(2_000, Duration.ofMinutes(5))))
                .isInstanceOf(RuleRuntimeException.class)
                .hasMessageContaining("more than 2000 times")
                .hasMessageContaining("\"Echo every caveat\" fired");
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedByTheTimeLimit() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        // Deletes what it matched, so working memory stays small however long it runs.
        Files.writeString(rules.resolve("loop.drl"), """
                package advisor
                import org.cyberarms.advisor.model.Caveat
                rule "Replace every caveat"
                when
                    $c : Caveat()
                then
                    delete( $c );
                    insert( new Caveat( $c.elementId(), $c.dimension(), $c.kind(), $c.text() ) );
                end
                """);
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);

        assertThatThrownBy(() -> ruleBase.evaluate(bundled(), new RunLimits(Integer.MAX_VALUE, Duration.ofSeconds(3))))
                .isInstanceOf(RuleRuntimeException.class)
                .hasMessageContaining("did not come to rest within 3 s")
                .hasMessageContaining("fired most: \"Replace every caveat\" fired");
    }

    @Test
    void aRuleWhoseActionThrowsIsNamedWithItsLocation() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package advisor
                import org.cyberarms.advisor.model.Element
                rule "Divide by zero"
                when
                    Element( id == "E01" )
                then
                    int zero = 0;
                    System.out.println( 1 / zero );
                end
                """);
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);

        assertThatThrownBy(() -> ruleBase.evaluate(bundled(), RunLimits.DEFAULT))
                .isInstanceOf(RuleRuntimeException.class)
                .hasMessageContaining("\"Divide by zero\"")
                .hasMessageContaining("broken.drl:3");
    }
}
