package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command's help shows examples in the words of the pack the command line names (--pack DIR or
 * --knowledge DIR), so that an analyst learning a pack pastes commands that run on it; with none named, the
 * current folder's pack; with one that does not load, neutral placeholders (ID, DIMENSION, SCENARIO).
 */
class PackHelpExamplesTest {

    private static final String CYBER_CAPACITY = "packs/cyber-capacity";

    /** What only the bundled cyberweapons pack would print: its ids, dimensions and scenarios. */
    private static final Pattern BUNDLED = Pattern.compile(
            "(?i:cyberweapon|attribution|endorsement|verification|coalition)|\\bE[0-9]{2}\\b");

    @ParameterizedTest
    @ValueSource(strings = {"before", "after"})
    void helpOnAnotherPackShowsItsFactorDimensionAndScenarioWhereverPackIsTyped(String packIsTyped) {
        CommandRun help = packIsTyped.equals("before") ? CommandRun.of("whatif", "--pack", CYBER_CAPACITY, "--help")
                : CommandRun.of("whatif", "--help", "--pack", CYBER_CAPACITY);

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("./advisor whatif --set national-strategy.policy_strategy=developing",
                "./advisor whatif awareness-campaign");
        assertThat(BUNDLED.matcher(help.out()).results().map(m -> m.group()).toList()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void helpOnAPackWithOneScenarioNeverComparesItWithItself() {
        CommandRun help = CommandRun.of("whatif", "--help", "--pack", "src/test/resources/packs/reading-rooms");

        assertThat(help.out()).contains("./advisor whatif new-staff OTHER-SCENARIO --pack")
                .doesNotContain("whatif new-staff new-staff");
    }

    /** Every example but those that write a file or name a file of the reader's own ({@code my-scenario.yaml}). */
    @ParameterizedTest
    @ValueSource(strings = {"explain", "whatif"})
    void theExamplesOfHelpOnAPackRunOnThatPackAsPasted(String command) {
        CommandRun help = CommandRun.of(command, "--help", "--pack", CYBER_CAPACITY);
        List<String> examples = help.out().lines().dropWhile(line -> !line.equals("Examples:")).skip(1)
                .map(String::strip).filter(line -> line.startsWith("./advisor ") && !line.contains("--out")
                        && !line.contains(" my-"))
                .toList();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(example -> assertThat(example).endsWith(" --pack " + CYBER_CAPACITY));
        for (String example : examples) {
            CommandRun pasted = CommandRun.of(example.substring("./advisor ".length()).split(" "));
            assertThat(pasted.exitCode()).as(example + "\n" + pasted.err()).isZero();
        }
    }

    @Test
    void helpWithAKnowledgeFolderTakesItsExamplesFromThatFolder() {
        CommandRun help = CommandRun.of("explain", "--knowledge", "src/test/resources/packs/reading-rooms/knowledge",
                "--help");

        assertThat(help.out()).contains("./advisor explain alpha-1");
        assertThat(unwrapped(help)).contains("e.g.alpha-1.staff=full");
        assertThat(BUNDLED.matcher(help.out()).results().map(m -> m.group()).toList()).isEmpty();
    }

    @Test
    void helpInTheRepositoryStillShowsTheBundledPacksExamples() {
        CommandRun help = CommandRun.of("whatif", "--help");

        assertThat(help.out()).contains("./advisor whatif --set E01.political_endorsement=partial");
        assertThat(unwrapped(help)).contains("orE01.political_endorsement.reliance=helpful;");
    }

    @Test
    void helpOnAPackWithoutRelianceOffersNoRelianceChange() {
        assertThat(CommandRun.of("report", "--pack", CYBER_CAPACITY, "--help").out()).doesNotContain("reliance=");
    }

    /** The help with no white space at all: an option's description is wrapped wherever a line fills up. */
    private static String unwrapped(CommandRun help) {
        return help.out().replaceAll("\\s+", "");
    }

    @Test
    void helpOnAPackThatDoesNotLoadIsPrintedWithNeutralExamples(@TempDir Path folder) throws IOException {
        Path broken = Fixtures.copy(Path.of(CYBER_CAPACITY, "knowledge"), folder.resolve("knowledge"));
        Files.writeString(broken.resolve("maturity-model.yaml"), "levels: [unclosed\n");

        for (Path pack : new Path[] {folder, folder.resolve("no-such-pack")}) {
            CommandRun help = CommandRun.of("whatif", "--pack", pack.toString(), "--help");

            assertThat(help.exitCode()).as(pack.toString()).isZero();
            assertThat(help.out()).as(pack.toString()).contains("./advisor whatif SCENARIO",
                    "./advisor whatif --set ID.DIMENSION=STATUS")
                    .doesNotContain("national-strategy", "E01", "Exception");
            assertThat(unwrapped(help)).contains("orID.DIMENSION.reliance=RELIANCE;");
            assertThat(help.err()).as(pack.toString()).isEmpty();
        }
    }
}
