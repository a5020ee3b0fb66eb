package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** --pack DIR: one folder holds the knowledge, scenarios, rules and analysts' tests of a maturity model. */
class PackOptionTest {

    static final Path PACK = Path.of("src/test/resources/packs/reading-rooms");

    @ParameterizedTest
    @ValueSource(strings = {"--knowledge", "--rules"})
    void aPackWithAKnowledgeOrRulesFolderIsRefusedBeforeAnythingRuns(String other) {
        CommandRun run = CommandRun.of("report", "--pack", PACK.toString(), other, "somewhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--pack " + PACK + " already names the knowledge and rules folders")
                .contains("give --pack, or --knowledge and --rules, not both").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkTestAndDiffRefuseAPackWithAFolderToo() {
        for (String command : new String[] {"check", "test", "diff"}) {
            CommandRun run = CommandRun.of(command, "--pack", PACK.toString(), "--knowledge", "knowledge");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(command).contains("not both");
        }
    }

    @Test
    void aReportOnAPackReadsThatPacksKnowledgeAndRules() {
        CommandRun run = CommandRun.of("report", "--pack", PACK.toString(), "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("alpha-1", "beta-1").doesNotContain("E03");
    }

    @Test
    void aScenarioByNameComesFromThePacksScenariosFolder() {
        CommandRun run = CommandRun.of("whatif", "new-staff", "--pack", PACK.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("new-staff", "beta-1");
    }

    @Test
    void testOnAPackRunsThatPacksOwnTests() {
        CommandRun run = CommandRun.of("test", "--pack", PACK.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("All 2 cases passed").contains(PACK.resolve("rules/tests").toString());
    }

    @Test
    void testWithOnlyARulesFolderRunsTheTestsBesideThoseRules() {
        CommandRun run = CommandRun.of("test", "--rules", PACK.resolve("rules").toString(),
                "--knowledge", PACK.resolve("knowledge").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("All 2 cases passed").contains(PACK.resolve("rules/tests").toString());
    }
}
