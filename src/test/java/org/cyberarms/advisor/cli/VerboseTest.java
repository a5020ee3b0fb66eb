package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * {@code --verbose} says on stderr what the run read and did (files, rule build time, firings); without it
 * the terminal stays quiet. Runs alone: it catches the process's System.err, where the log goes, and turns
 * the log up for the whole process (put back after each test).
 */
@Isolated
class VerboseTest {

    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "org.drools", "org.kie",
            "org.cyberarms");

    private final Map<String, Level> levels = new LinkedHashMap<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void catchTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LOGGERS.forEach(name -> levels.put(name, context.getLogger(name).getLevel()));
        stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void putTheLogBack() {
        System.setErr(stderr);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void verboseSaysWhichFilesWereReadHowLongTheRulesTookToBuildAndHowManyFired() {
        CommandRun run = CommandRun.of("report", "--verbose", "--set", "E03.attribution=partial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("read 16 elements and 64 assessments from knowledge/maturity-model.yaml,"
                        + " knowledge/elements.yaml")
                .containsPattern("built \\d+ rules from rules/actions.drl, .* in \\d+ ms")
                .contains("what-if applied: scenarios [], --set [E03.attribution=partial]")
                .containsPattern("ran the rules on 16 elements: \\d+ firings \\(\\d+ standing\\) in \\d+ ms");
        assertThat(run.out()).doesNotContain("firings (");
    }

    @Test
    void withoutVerboseTheTerminalStaysQuiet() {
        CommandRun run = CommandRun.of("report");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.err()).isEmpty();
    }
}
