package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.fixture;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On the command line, a rule that fails while running ends with exit 5 and a located, plain message. */
class RuleFailureCommandTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "condition-eval-throws.drl,    Status length ratio,    the condition of",
        "condition-type-mismatch.drl,  Weak rank,              the condition of",
        "recursion-in-function.drl,    Recurse without end,    the action of",
        "huge-array.drl,               Allocate a huge array,  the action of"})
    void aFailingRuleIsNamedWithItsPlaceAndExitCodeFiveWithoutAStackTrace(String fixtureFile, String ruleName,
            String part) throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.copy(fixture("failing-rules").resolve(fixtureFile), rules.resolve(fixtureFile));
        Path file = rules.resolve(fixtureFile);
        Path out = tmp.resolve("report.md");

        CommandRun run = CommandRun.of("report", "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_RUNTIME_ERROR);
        assertThat(run.err()).contains(part + " rule \"" + ruleName + "\" (" + file + ":"
                + lineOf(file, "rule \"" + ruleName + "\"") + ") failed: ")
                .doesNotContain("Exception", "Error", "\tat ", "internal error");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}
