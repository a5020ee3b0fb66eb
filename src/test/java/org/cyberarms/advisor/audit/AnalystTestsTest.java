package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalystTestsTest {

    @TempDir
    Path tmp;

    @Test
    void bundledExpectationsPassOnTheBundledRules() {
        CommandRun run = CommandRun.of("test");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).endsWith("7 passed, 0 failed\n");
    }

    @Test
    void aWrongExpectationFailsWithTheDifferenceAndExitsSeven() {
        CommandRun run = CommandRun.of("test", "src/test/resources/analyst-tests/wrong-expectation");

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.out()).contains("passed  src/test/resources/analyst-tests/wrong-expectation/wrong.yaml: E11 is feasible (right)",
                "FAILED  src/test/resources/analyst-tests/wrong-expectation/wrong.yaml: E03 is likely (planted wrong expectation)",
                "level of E03: expected likely, got unlikely (by \"Level is the lowest ceiling\", rules/maturity.drl:26)");
        assertThat(run.out()).endsWith("1 passed, 1 failed\n");
    }

    @Test
    void ruleExpectationsAndWhatIfChangesAreChecked() throws Exception {
        Files.writeString(tmp.resolve("rules.yaml"), """
                cases:
                  - name: what-if lifts E09 but the fallback never fires
                    given:
                      elements:
                        E09: {verification: weak}
                    expect:
                      levels: {E09: possible}
                      fires: ["Any other blocking dimension: review it before adoption"]
                      does_not_fire: ["Level is the lowest ceiling", "Renamed rule"]
                """);

        CommandRun run = CommandRun.of("test", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.out()).contains(
                "rule \"Any other blocking dimension: review it before adoption\": expected to fire, did not",
                "rule \"Level is the lowest ceiling\": expected not to fire, fired 33 time(s)",
                "rule \"Renamed rule\" does not exist in the rule files")
                .doesNotContain("level of E09");
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineWithoutRunningAnyCase() throws Exception {
        Files.writeString(tmp.resolve("typo.yaml"), """
                cases:
                  - name: typo
                    expect:
                      level: {E03: unlikely}
                """);

        CommandRun run = CommandRun.of("test", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(tmp.resolve("typo.yaml") + ":4:").contains("level");
    }

    @Test
    void exitCodeSevenIsListedInHelp() {
        CommandRun run = CommandRun.of("check", "--help");

        assertThat(run.out()).containsPattern(" 7 +check or analyst tests found problems");
    }
}
