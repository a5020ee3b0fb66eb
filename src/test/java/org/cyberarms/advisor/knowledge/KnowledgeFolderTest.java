package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a knowledge folder may hold: a YAML file the advisor would not read is never silently left out. */
class KnowledgeFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aYamlFileTheLoaderDoesNotReadIsAKnowledgeProblemNamingItAndWhatTheFolderMayHold() throws Exception {
        Path knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Path nextYear = Files.copy(knowledge.resolve("elements.yaml"), knowledge.resolve("elements-2027.yaml"));
        Path notes = Files.writeString(knowledge.resolve("notes.yml"), "draft: true\n");

        CommandRun run = CommandRun.of("report", "--knowledge", knowledge.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(nextYear + ": the advisor does not read this file: a knowledge folder holds"
                + " maturity-model.yaml, elements.yaml and the scenarios/ folder only")
                .contains(notes + ": the advisor does not read this file")
                .contains("move it to scenarios/ if it is a scenario");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theBundledFolderAndOtherKindsOfFilesBesideTheKnowledgeAreAccepted() throws Exception {
        Path knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Files.writeString(knowledge.resolve("README.md"), "Notes for analysts.\n");

        CommandRun run = CommandRun.of("report", "--knowledge", knowledge.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
