package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisor report --summary} on the bundled data, through the command line. */
class ReportSummaryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void summaryPrintsTheOnePageSummaryInsteadOfTheFullReport() {
        CommandRun run = CommandRun.of("report", "--summary");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("AT A GLANCE: ").contains("Main blockers", "Practical actions")
                .doesNotContain("Why this level");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void summaryInHtmlIsOnePageWithTheLevelsTable() throws Exception {
        Path out = tmp.resolve("summary.html");

        CommandRun run = CommandRun.of("report", "--summary", "--format", "html", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<caption>Elements per level");
    }

    @Test
    void summaryInJsonIsRefusedWithAPlainReasonAndNothingIsRun() {
        CommandRun run = CommandRun.of("report", "--summary", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--summary is a page for people: use --format text, markdown or html")
                .doesNotContain("Exception");
    }
}
