package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncertaintyCommandTest {

    @TempDir
    Path tmp;

    @Test
    void uncertaintyOnTheBundledDataNamesUnstableElementsAndTheirDriver() {
        CommandRun run = CommandRun.of("uncertainty", "--samples", "300", "--seed", "5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("300 samples, seed 5").contains("Unstable (modal level in less than 90.0%")
                .containsPattern("E02 \\(driven by Attribution\\)");
        assertThat(run.err()).isEmpty(); // no progress bar outside a terminal
    }

    @Test
    void theSameSeedPrintsTheSameJson() {
        CommandRun first = CommandRun.of("uncertainty", "--samples", "200", "--seed", "9", "--format", "json");
        CommandRun second = CommandRun.of("uncertainty", "--samples", "200", "--seed", "9", "--format", "json");

        assertThat(first.out()).startsWith("{").contains("\"schema\": \"advisor-uncertainty/1\"");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void outWritesMarkdownAtomically() throws Exception {
        Path out = tmp.resolve("uncertainty.md");

        CommandRun run = CommandRun.of("uncertainty", "--samples", "100", "--format", "markdown", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).startsWith("# Uncertainty of the levels").contains("| E02 ");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void invalidKnowledgeIsRefusedBeforeSampling() {
        CommandRun run = CommandRun.of("uncertainty", "--knowledge", "src/test/resources/knowledge/unknown-key");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.out()).isEmpty();
    }
}
