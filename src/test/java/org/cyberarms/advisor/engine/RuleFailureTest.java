package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.fixture;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails while running is named with its file and line, and the message says what failed. */
class RuleFailureTest {

    @TempDir
    Path tmp;

    /** The bundled rules plus one fixture file from src/test/resources/fixtures/failing-rules. */
    private RuleBase bundledRulesWith(String fixtureFile) throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.copy(fixture("failing-rules").resolve(fixtureFile), rules.resolve(fixtureFile));
        return new RuleBaseCompiler().compile(rules);
    }

    private String ruleAt(String fixtureFile, String ruleName) {
        Path file = tmp.resolve("rules").resolve(fixtureFile);
        return "rule \"" + ruleName + "\" (" + file + ":" + lineOf(file, "rule \"" + ruleName + "\"") + ")";
    }

    private static Knowledge bundled() throws Exception {
        return new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
    }

    private RuleRuntimeException failureOfBoth(String fixtureFile) throws Exception {
        RuleBase rules = bundledRulesWith(fixtureFile);
        RuleRuntimeException traced = catchThrowableOfType(RuleRuntimeException.class,
                () -> rules.evaluate(bundled(), RunLimits.DEFAULT));
        RuleRuntimeException lean = catchThrowableOfType(RuleRuntimeException.class,
                () -> rules.conclude(bundled(), RunLimits.DEFAULT));
        assertThat(lean).as("the lean run (uncertainty) says the same").isNotNull();
        assertThat(lean.getMessage()).isEqualTo(traced.getMessage());
        return traced;
    }

    @Test
    void anEvalThatThrowsIsNamedAsTheConditionOfItsRule() throws Exception {
        RuleRuntimeException failure = failureOfBoth("condition-eval-throws.drl");

        assertThat(failure.getMessage())
                .startsWith("the condition of " + ruleAt("condition-eval-throws.drl", "Status length ratio")
                        + " failed: ")
                .contains("/ by zero")
                .doesNotContain("action", "Exception", "Invoker", "Rule_");
    }

    @Test
    void aNumberComparedWithATextIsNamedAsTheConditionOfItsRule() throws Exception {
        RuleRuntimeException failure = failureOfBoth("condition-type-mismatch.drl");

        assertThat(failure.getMessage())
                .startsWith("the condition of " + ruleAt("condition-type-mismatch.drl", "Weak rank") + " failed: ")
                .contains("\"weak\"")
                .doesNotContain("action", "Exception", "mvel");
    }

    @Test
    void aStackOverflowInAnActionIsNamedWithTheRule() throws Exception {
        RuleRuntimeException failure = failureOfBoth("recursion-in-function.drl");

        assertThat(failure.getMessage())
                .startsWith("the action of " + ruleAt("recursion-in-function.drl", "Recurse without end") + " failed: ")
                .contains("ran out of stack space")
                .doesNotContain("Error");
    }

    @Test
    void runningOutOfMemoryInAnActionIsNamedWithTheRule() throws Exception {
        RuleRuntimeException failure = failureOfBoth("huge-array.drl");

        assertThat(failure.getMessage())
                .startsWith("the action of " + ruleAt("huge-array.drl", "Allocate a huge array") + " failed: ")
                .contains("ran out of memory")
                .doesNotContain("Error");
    }
}
