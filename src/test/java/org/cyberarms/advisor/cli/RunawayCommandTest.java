package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.fixture;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.AdvisorProcess;
import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * The wall-clock limit (--max-seconds) stops a whole command, even one whose rule never returns, naming the
 * rule, with exit code 5 and nothing written; Ctrl-C ends a long run at once, also with nothing written.
 */
class RunawayCommandTest {

    /**
     * Long enough for the knowledge to load and the rules to build on a loaded machine (the limit covers the
     * whole command, and a rule can only be named once it runs: `check` took over 15 s to get there while the
     * whole suite and other builds ran), short enough for a test.
     */
    private static final int LIMIT_SECONDS = 25;
    /** The grace the limit allows, and the start and end of a JVM on a loaded machine. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Duration JVM_START_AND_EXIT = Duration.ofSeconds(4);

    @TempDir
    Path tmp;

    private Path rulesWith(String fixtureFile) throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.copy(fixture("failing-rules").resolve(fixtureFile), rules.resolve(fixtureFile));
        return rules;
    }

    private static String located(Path rules, String fixtureFile, String ruleName) {
        Path file = rules.resolve(fixtureFile);
        return "rule \"" + ruleName + "\" (" + file + ":" + lineOf(file, "rule \"" + ruleName + "\"") + ")";
    }

    @Test
    void anActionThatNeverReturnsIsStoppedAtTheLimitNamingTheRuleWithNothingWritten() throws Exception {
        Path rules = rulesWith("never-returns.drl");
        Path out = tmp.resolve("report.md");
        Path trace = tmp.resolve("run.jsonl");

        AdvisorProcess.Ended run = AdvisorProcess.start(tmp, "report", "--rules", rules.toString(),
                "--max-seconds", "" + LIMIT_SECONDS, "--format", "markdown", "--out", out.toString(),
                "--trace", trace.toString()).await(Duration.ofSeconds(LIMIT_SECONDS + 60));

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_RUNTIME_ERROR);
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(LIMIT_SECONDS).plus(GRACE).plus(JVM_START_AND_EXIT));
        assertThat(run.err()).contains("did not finish within " + LIMIT_SECONDS + " s")
                .contains(located(rules, "never-returns.drl", "Spin for ever"))
                .contains("No output was written.")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(trace).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /**
     * The same limit in the other ways rules are run: the lean sessions of uncertainty, the combinations of
     * check, the analyst tests. A sleeping action is woken by the stop, so these run in-process.
     */
    @ParameterizedTest
    @ValueSource(strings = {"uncertainty --samples 200", "check", "test rules/tests"})
    void anActionThatSleepsPastTheLimitIsStoppedInEveryWayRulesAreRun(String command) throws Exception {
        Path rules = rulesWith("sleeps.drl");
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--rules", rules.toString(), "--max-seconds", "" + LIMIT_SECONDS));

        long started = System.nanoTime();
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_RUNTIME_ERROR);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(LIMIT_SECONDS).plus(GRACE));
        assertThat(run.err()).contains("did not finish within " + LIMIT_SECONDS + " s")
                .contains(located(rules, "sleeps.drl", "Sleep two minutes"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyCommandThatRunsRulesAcceptsTheTimeLimit() {
        CommandLine advisor = AdvisorCommand.commandLine();
        List<String> runRules = List.of("report", "whatif", "path", "sensitivity", "uncertainty", "explain", "check",
                "test");
        for (String name : runRules) {
            assertThat(advisor.getSubcommands().get(name).getCommandSpec().findOption("--max-seconds"))
                    .as(name).isNotNull();
        }
        assertThat(advisor.getSubcommands().get("audit").getSubcommands().get("verify").getCommandSpec()
                .findOption("--max-seconds")).isNotNull();
    }

    @Test
    void ctrlCStopsUncertaintyWithinASecondWithNothingWritten() throws Exception {
        Path out = tmp.resolve("uncertainty.md");
        Files.writeString(out, "previous\n");
        AdvisorProcess advisor = AdvisorProcess.start(tmp, "uncertainty", "--samples", "50000000",
                "--max-seconds", "600", "--format", "markdown", "--out", out.toString());
        Thread.sleep(12_000); // loading, building and sampling have started (a signal earlier ends the JVM at once anyway)
        assertThat(advisor.process().isAlive()).isTrue();

        long signalled = System.nanoTime();
        new ProcessBuilder("kill", "-INT", "" + advisor.process().pid()).start().waitFor();
        AdvisorProcess.Ended run = advisor.await(Duration.ofSeconds(30));
        Duration toExit = Duration.ofNanos(System.nanoTime() - signalled);

        assertThat(toExit).isLessThan(Duration.ofSeconds(1));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANCELLED);
        assertThat(run.err()).contains("cancelled; no output was written");
        assertThat(Files.readString(out)).isEqualTo("previous\n");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
