package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Runs alone: one test swaps the process's System.err to catch picocli's warnings, and anything another
 * class printed there meanwhile (a logged warning) would be caught with them.
 */
@Isolated
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void reportOnTheBundledDataSucceedsWithACleanTerminal() {
        CommandRun run = CommandRun.of("report");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("E03 General prohibition of use: unlikely");
        assertThat(run.err()).isEmpty();
    }

    /**
     * The bundled knowledge as it was before the `pack:` section (revision f88835d, three rounds each, none set)
     * still gives its report: the first assessment's three rounds count for every one.
     */
    @Test
    void reportOnKnowledgeWrittenBeforeThePackSectionCountsItsThreeRounds() {
        CommandRun run = CommandRun.of("report", "--knowledge", "src/test/resources/pack-sections/before-packs",
                "--rules", BUNDLED_RULES.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("E03 General prohibition of use: unlikely")
                .contains("Three rounds of scoring give one status each")
                .contains("Political endorsement: partial in round 3 (rounds: weak -> partial -> partial)");
    }

    @Test
    void outWritesTheReportToAFileAndSaysSoOnStderr() throws Exception {
        Path out = tmp.resolve("report.md");

        CommandRun run = CommandRun.of("report", "--format", "markdown", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("#").contains("E12");
        assertThat(run.err()).contains("wrote " + out);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out); // no temporary file left behind
        }
    }

    @Test
    void htmlFormatInAnyCaseWritesOneSelfContainedPage() throws Exception {
        Path out = tmp.resolve("report.html");

        CommandRun run = CommandRun.of("report", "--format", "HTML", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("id=\"summary\"")
                .contains("E16").endsWith("</html>\n");
    }

    @Test
    void invalidKnowledgeExitsWith3NamingFileLineAndColumnAndLeavesThePreviousOutputIntact() throws Exception {
        Path knowledge = copy(BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Path elements = knowledge.resolve("elements.yaml");
        edit(elements, "      verification:          {reliance: helpful,    rounds: [weak, weak, weak]}",
                "      verifcation:           {reliance: helpful,    rounds: [weak, weak, weak]}");
        int line = lineOf(elements, "verifcation:");
        Path out = tmp.resolve("report.txt");
        Files.writeString(out, "previous report");

        CommandRun run = CommandRun.of("report", "--knowledge", knowledge.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(elements + ":" + line + ":7: unknown key `verifcation`")
                .contains("Did you mean `verification`?")
                .contains("no output was written");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("previous report");
    }

    @Test
    void aBrokenRuleFileExitsWith4NamingFileAndLineAndWritesNothing() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path maturity = rules.resolve("maturity.drl");
        edit(maturity, "not Ceiling( elementId == $id, levelRank < $rank )", "not Ceiling( elementId == $id, levelRank < $rank ");
        int line = lineOf(maturity, "not Ceiling( elementId == $id, levelRank < $rank ");
        Path out = tmp.resolve("report.txt");

        CommandRun run = CommandRun.of("report", "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains(maturity + ":")
                .contains("Hint: line " + line + " opens a '(' that it does not close.");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRuleSetThatNeverComesToRestExitsWith5NamingTheRule() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Files.copy(Fixtures.fixture("runaway-rules").resolve("echo-caveats.drl"), rules.resolve("echo-caveats.drl"));

        CommandRun run = CommandRun.of("report", "--rules", rules.toString(), "--max-firings", "500");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_RUNTIME_ERROR);
        assertThat(run.err()).contains("more than 500 times").contains("\"Echo every caveat\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderAsOutputIsAUsageErrorFoundBeforeTheRun() throws Exception {
        Path directory = Files.createDirectory(tmp.resolve("a-directory"));

        CommandRun run = CommandRun.of("report", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--out " + directory + ": is a folder, not a regular file");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        CommandRun run = CommandRun.of("report", "--colour", "red");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void helpListsTheExitCodesAndVersionPrintsTheVersion() {
        CommandRun help = CommandRun.of("report", "--help");
        CommandRun version = CommandRun.of("--version");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Exit codes:").contains("invalid knowledge or scenario file")
                .contains("--knowledge").contains("--rules").contains("--format");
        assertThat(version.out()).startsWith("advisor ").doesNotContain("unknown");
    }

    @Test
    void everyCommandsHelpPrintsCleanlyWithTheExitCodes() {
        for (String command : AdvisorCommand.commandLine().getSubcommands().keySet()) {
            CommandRun help = CommandRun.of(command, "--help");
            if (command.equals("help")) {
                continue;
            }
            assertThat(help.exitCode()).as(command).isEqualTo(ExitCode.OK);
            assertThat(help.out()).as(command).contains("Usage: advisor " + command).contains("Exit codes:");
            assertThat(help.err()).as(command).isEmpty();
        }
        // picocli warns about a help text it cannot format (a lone % sign) on the process's own stderr.
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true));
        CommandRun top;
        try {
            top = CommandRun.of("--help");
        } finally {
            System.setErr(stderr);
        }
        assertThat(top.out()).contains("95%").doesNotContain("95%%");
        assertThat(warnings.toString()).as("picocli format warnings").isEmpty();
    }
}
