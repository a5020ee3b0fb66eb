package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `advisor init DIR` writes a whole new pack, or nothing, and never overwrites anything. */
class InitCommandTest {

    @TempDir
    Path tmp;

    @Test
    void initWritesAWholePackAndSaysWhatToRunNext() throws Exception {
        Path pack = tmp.resolve("my-pack");

        CommandRun run = CommandRun.of("init", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : List.of("README.md", "knowledge/maturity-model.yaml", "knowledge/elements.yaml",
                "knowledge/scenarios/example.yaml", "rules/ceilings.drl", "rules/maturity.drl",
                "rules/recommendations.drl", "rules/tests/example.yaml", "schemas/maturity-model.schema.json",
                "schemas/elements.schema.json", "schemas/scenario.schema.json")) {
            assertThat(pack.resolve(file)).isRegularFile();
        }
        assertThat(run.out()).contains("./advisor check --pack " + pack, "./advisor test --pack " + pack,
                "./advisor report --pack " + pack);
        assertThat(siblings()).containsExactly(pack); // no temporary folder left beside it
        assertThat(Files.readString(pack.resolve("knowledge/elements.yaml")))
                .startsWith("# yaml-language-server: $schema=../schemas/elements.schema.json");
    }

    /** The text heading is printed in capitals; a folder's name is not a heading, so it is never shouted. */
    @Test
    void thePacksFolderIsPrintedAsTypedNotInTheCapitalsOfTheHeading() throws Exception {
        Path pack = tmp.resolve("my-pack");

        CommandRun run = CommandRun.of("init", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("NEW KNOWLEDGE PACK\n").contains("Wrote a new knowledge pack in " + pack)
                .doesNotContain(pack.toString().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void initFillsAnEmptyFolder() throws Exception {
        Path pack = Files.createDirectory(tmp.resolve("empty"));

        CommandRun run = CommandRun.of("init", pack.toString(), "--no-reliance");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(pack.resolve("knowledge/maturity-model.yaml"))).doesNotContain("\nreliances:").contains("This pack has no reliance scale");
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndChangesNothingInIt() throws Exception {
        Path pack = Files.createDirectory(tmp.resolve("used"));
        Files.writeString(pack.resolve("notes.txt"), "mine");

        CommandRun run = CommandRun.of("init", pack.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(pack + " exists and is not empty", "never overwrites");
        try (Stream<Path> inside = Files.list(pack)) {
            assertThat(inside).containsExactly(pack.resolve("notes.txt"));
        }
        assertThat(Files.readString(pack.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(siblings()).containsExactly(pack);
    }

    @Test
    void initRefusesAFileAndAFolderThatDoesNotExistYet() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "mine");

        CommandRun onFile = CommandRun.of("init", file.toString());
        CommandRun inMissing = CommandRun.of("init", tmp.resolve("no/such/pack").toString());

        assertThat(onFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(onFile.err()).contains("exists and is not a folder");
        assertThat(inMissing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(inMissing.err()).contains("the folder " + tmp.resolve("no/such") + " does not exist");
    }

    @Test
    void initReportsEveryWrongOptionAtOnceInPlainWordsAndWritesNothing() throws Exception {
        Path pack = tmp.resolve("pack");

        CommandRun run = CommandRun.of("init", pack.toString(), "--levels", "low,high,Low",
                "--dimensions", "policy,2nd pillar", "--statuses", "a,b", "--reliances", "only");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--levels: `Low` is named twice",
                "--dimensions: `2nd pillar` is not a single word", "did you mean `nd_pillar`?",
                "--statuses gives 2 statuses for 3 levels", "--reliances needs at least 2 reliances");
        assertThat(run.err()).doesNotContain("Exception", "PackPlan");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(pack).doesNotExist();
    }

    @Test
    void initRefusesRelianceAndNoRelianceTogetherAndAnIdPatternItCannotUse() {
        Path pack = tmp.resolve("pack");

        CommandRun both = CommandRun.of("init", pack.toString(), "--reliances", "low,high", "--no-reliance");
        CommandRun unreadable = CommandRun.of("init", pack.toString(), "--element-ids", "E[0-9+");
        CommandRun narrow = CommandRun.of("init", pack.toString(), "--element-ids", "Q[0-9]{7}");
        CommandRun rounds = CommandRun.of("init", pack.toString(), "--rounds", "0");

        assertThat(both.err()).contains("give --reliances or --no-reliance, not both");
        assertThat(unreadable.err()).contains("--element-ids E[0-9+ is not a pattern the advisor can read");
        assertThat(narrow.err()).contains("--element-ids Q[0-9]{7} accepts none of the example ids");
        assertThat(rounds.err()).contains("0 is out of range; give a whole number from 1 to 20");
        assertThat(List.of(both, unreadable, narrow, rounds)).extracting(CommandRun::exitCode)
                .containsOnly(ExitCode.USAGE);
        assertThat(pack).doesNotExist();
    }

    /** README's own `advisor init` examples write a pack (in a fresh folder each, for "my-pack"). */
    @Test
    void theReadmesInitExamplesWork() throws Exception {
        List<List<String>> examples = ReadmeCommandsTest.advisorCommands(Files.readString(Path.of("README.md")))
                .stream().filter(c -> c.get(0).equals("init")).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);

        int n = 0;
        for (List<String> example : examples) {
            Path pack = tmp.resolve("readme-" + n++);
            CommandRun run = CommandRun.of(example.stream().map(w -> w.equals("my-pack") ? pack.toString() : w)
                    .toArray(String[]::new));

            assertThat(run.exitCode()).as(example + ": " + run.err()).isZero();
            assertThat(pack.resolve("knowledge/maturity-model.yaml")).isRegularFile();
        }
    }

    private List<Path> siblings() throws Exception {
        try (Stream<Path> all = Files.list(tmp)) {
            return all.filter(p -> !p.getFileName().toString().equals("file.txt")).toList();
        }
    }
}
