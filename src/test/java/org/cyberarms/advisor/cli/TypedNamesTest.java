package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An element id or rule name typed on the command line is matched ignoring case where that is unambiguous,
 * and a name that matches nothing is one usage error with the closest name, never an empty answer.
 */
class TypedNamesTest {

    @TempDir
    static Path tmp;

    private static Path trace;

    @BeforeAll
    static void aTraceOfTheBundledRun() {
        trace = tmp.resolve("run.jsonl");
        CommandRun run = CommandRun.of("report", "--trace", trace.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void traceOfAnElementNoEventNamesSuggestsTheClosestInsteadOfShowingNoEvents() {
        CommandRun run = CommandRun.of("trace", trace.toString(), "--element", "E3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("No event in " + trace + " is about an element `E3`. Did you mean `E03`?")
                .hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void traceOfAMisspeltRuleSuggestsTheRule() {
        CommandRun run = CommandRun.of("trace", trace.toString(), "--rule", "Level is the lowest celing");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is of a rule named \"Level is the lowest celing\". Did you mean"
                + " `Level is the lowest ceiling`?").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void traceTakesAnElementIdInAnyCase() {
        CommandRun run = CommandRun.of("trace", trace.toString(), "--element", "e03", "--fired");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("events, element E03, firings only").contains("fired “Critical dimension absent: ceiling unlikely”");
    }

    @Test
    void explainTakesAnElementIdInAnyCase() {
        CommandRun run = CommandRun.of("explain", "e03");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("EXPLANATION OF E03 GENERAL PROHIBITION OF USE").contains("E03 is unlikely because");
    }

    @Test
    void pathTakesAnElementIdInAnyCaseAndSuggestsForAnUnknownOne() {
        CommandRun lowerCase = CommandRun.of("path", "e03", "--target", "possible");
        CommandRun unknown = CommandRun.of("path", "E3", "--target", "possible");

        assertThat(lowerCase.exitCode()).as(lowerCase.err()).isEqualTo(ExitCode.OK);
        assertThat(lowerCase.out()).contains("E03 General prohibition of use");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("No element `E3` in knowledge. Did you mean `E03`?").hasLineCount(1);
    }

    @Test
    void explainOfAnUnknownElementIsOneLineWithTheClosestIdNotTheUsage() {
        CommandRun run = CommandRun.of("explain", "E99");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("advisor: No element `E99` in knowledge. Did you mean `E09`?"
                + " (see 'advisor explain --help')" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anOutputRefusedBeforeTheRunIsReportedByTheUsageHandlerLikeAnyUsageError() {
        Path elements = Path.of("knowledge/elements.yaml");

        CommandRun run = CommandRun.of("report", "--out", elements.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("advisor: --out " + elements + ": is in the knowledge folder")
                .endsWith("(see 'advisor report --help')" + System.lineSeparator()).hasLineCount(1);
    }
}
