package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * Each command prints the formats it can and refuses the others while the command line is parsed; without
 * --format, the --out file's extension chooses, and a --format that contradicts it is refused.
 */
class FormatSelectionTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "report      | text markdown html json csv",
        "whatif      | text markdown html json",
        "path        | text markdown html json",
        "sensitivity | text markdown html json",
        "uncertainty | text markdown html json",
        "explain     | text markdown html json"
    })
    void eachCommandOffersExactlyTheFormatsItCanPrint(String command, String formats) {
        CommandLine cmd = AdvisorCommand.commandLine().getSubcommands().get(command);
        List<String> offered = new ArrayList<>();
        cmd.getCommandSpec().findOption("--format").completionCandidates().forEach(offered::add);

        assertThat(offered).containsExactly(formats.split(" "));
        assertThat(cmd.getUsageMessage()).contains("The answer's format: text (for the terminal)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "explain E03 --format csv                | 'advisor explain' can print text, markdown, html or json",
        "path E03 --target likely --format csv   | 'advisor path' can print text, markdown, html or json",
        "uncertainty --format csv                | 'advisor uncertainty' can print text, markdown, html or json",
        "report --format pdf                     | 'advisor report' can print text, markdown, html, json or csv"
    })
    void aFormatTheCommandCannotPrintIsRefusedInOneLineNamingThoseItCan(String arguments, String message) {
        CommandRun run = CommandRun.of(arguments.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(message).hasLineCount(1).doesNotContain("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "report.html | html",
        "report.HTM  | html",
        "report.md   | markdown",
        "report.json | json",
        "report.txt  | text",
        "report.out  | text"
    })
    void withoutFormatTheOutFilesExtensionChoosesIt(String file, String format) throws Exception {
        Path out = tmp.resolve(file);

        CommandRun run = CommandRun.of("report", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(formatOf(Files.readString(out))).isEqualTo(format);
    }

    private static String formatOf(String written) {
        if (written.startsWith("<!DOCTYPE html>")) {
            return "html";
        }
        if (written.startsWith("{")) {
            return "json";
        }
        return written.startsWith("# ") ? "markdown" : "text";
    }

    @Test
    void aFormatThatContradictsTheExtensionIsRefusedBeforeAnythingRuns() {
        Path out = tmp.resolve("report.html");

        CommandRun run = CommandRun.of("report", "--format", "markdown", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--format markdown contradicts --out " + out
                + ", whose extension asks for html").hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aFormatThatAgreesWithTheExtensionIsTaken() throws Exception {
        Path out = tmp.resolve("explain.md");

        CommandRun run = CommandRun.of("explain", "E03", "--format", "markdown", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).startsWith("#");
    }

    @Test
    void anExtensionAskingForAFormatTheCommandCannotPrintIsRefused() {
        Path out = tmp.resolve("paths.csv");

        CommandRun run = CommandRun.of("path", "E03", "--target", "likely", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--out " + out + ": 'advisor path' cannot print csv").hasLineCount(1);
        assertThat(out).doesNotExist();
    }
}
