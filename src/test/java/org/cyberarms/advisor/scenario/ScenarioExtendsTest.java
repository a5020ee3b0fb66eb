package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.SpecialFiles;
import org.cyberarms.advisor.cli.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} names a scenario in the same folder, and nothing outside it, by path or by link. */
class ScenarioExtendsTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path outside;

    @BeforeEach
    void knowledgeWithAScenarioOutsideItsFolder() throws Exception {
        knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("work/knowledge"));
        Path outsideFolder = Files.createDirectories(tmp.resolve("outside"));
        outside = Files.copy(Path.of("src/test/resources/scenarios/chain/base-step.yaml"), outsideFolder.resolve("evil.yaml"));
        Fixtures.edit(outside, "name: base-step", "name: evil");
    }

    private Path childExtending(String parent) throws Exception {
        Path child = knowledge.resolve("scenarios/child.yaml");
        Files.copy(Path.of("src/test/resources/scenarios/chain/second-step.yaml"), child);
        Fixtures.edit(child, "name: second-step", "name: child");
        Fixtures.edit(child, "extends: base-step", "extends: " + parent);
        return child;
    }

    @Test
    void extendsWithAPathOutOfTheScenariosFolderIsRefusedAtTheValue() throws Exception {
        Path child = childExtending("../../../outside/evil");
        assertThat(child.resolveSibling("../../../outside/evil.yaml")).exists();
        int line = Fixtures.lineOf(child, "extends:");

        CommandRun run = CommandRun.of("report", "--knowledge", knowledge.toString(), "--scenario", "child");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(child + ":" + line + ":10: `extends` names `../../../outside/evil`, which is"
                + " not a scenario in this folder")
                .contains("`extends` takes the name of a scenario in the same folder as this file");
        assertThat(run.err()).doesNotContain("evil.yaml:");
    }

    @Test
    void extendsNamingALinkThatLeadsOutOfTheFolderIsRefused() throws Exception {
        SpecialFiles.link(knowledge.resolve("scenarios/evil.yaml"), outside);
        Path child = childExtending("evil");

        CommandRun run = CommandRun.of("report", "--knowledge", knowledge.toString(), "--scenario", "child");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(child + ":" + Fixtures.lineOf(child, "extends:") + ":10: `extends` names `evil`,"
                + " which is not a scenario in this folder");
    }
}
