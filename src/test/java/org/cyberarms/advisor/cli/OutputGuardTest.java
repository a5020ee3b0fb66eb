package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.SpecialFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * No output ever replaces an input of the run, a device, a pipe or a folder: {@code --out} and {@code --trace}
 * are checked before anything runs, with exit code 2, and every input is left byte for byte as it was.
 */
class OutputGuardTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path rules;
    private Map<Path, String> before;

    @BeforeEach
    void copyInputs() {
        knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        before = SpecialFiles.snapshot(tmp);
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--knowledge", knowledge.toString(), "--rules", rules.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private void assertRefusedAndNothingChanged(CommandRun run, String... messageParts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(messageParts).contains("Nothing was run or written")
                .doesNotContain("Usage:");
        assertThat(run.out()).isEmpty();
        assertThat(SpecialFiles.snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void outNamingAKnowledgeFileIsRefusedAndTheKnowledgeIsUnchanged() {
        Path elements = knowledge.resolve("elements.yaml");

        CommandRun run = run("report", "--out", elements.toString());

        assertRefusedAndNothingChanged(run, "--out " + elements + ": is in the knowledge folder (" + knowledge
                + "), which holds inputs of this run; write outputs elsewhere");
    }

    @Test
    void aDisguisedPathOrALinkToAnInputIsRefusedLikeTheInputItself() {
        Path dotted = knowledge.resolve("../knowledge/elements.yaml");
        Path link = SpecialFiles.link(tmp.resolve("looks-like-a-report.md"), rules.resolve("maturity.drl"));
        before = SpecialFiles.snapshot(tmp);

        assertRefusedAndNothingChanged(run("report", "--out", dotted.toString()), "--out " + dotted + ": is in the knowledge folder");
        assertRefusedAndNothingChanged(run("report", "--trace", link.toString()), "--trace " + link + ": is in the rules folder");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aScenarioFileOfTheRunIsNeverAnOutput() throws Exception {
        Path scenario = Files.copy(knowledge.resolve("scenarios/attribution-mechanism.yaml"),
                tmp.resolve("attribution-mechanism.yaml"));
        before = SpecialFiles.snapshot(tmp);

        assertRefusedAndNothingChanged(run("whatif", scenario.toString(), "--out", scenario.toString()),
                "--out " + scenario + ": is the scenario file (" + scenario + "), an input of this run");
        assertRefusedAndNothingChanged(run("report", "--scenario", scenario.toString(), "--trace", scenario.toString()),
                "--trace " + scenario + ": is the scenario file");
    }

    @Test
    void outAndTraceMayNotNameTheSameFile() {
        Path same = tmp.resolve("run.out");

        CommandRun run = run("report", "--out", same.toString(), "--trace", tmp.resolve("./run.out").toString());

        assertRefusedAndNothingChanged(run, "--trace names the same file; each output needs a file of its own");
        assertThat(same).doesNotExist();
    }

    /**
     * A device like /dev/full, made in the test's own folder: should this check ever fail, the test replaces
     * its own copy, never the machine's /dev/full (as the advisor once did, run as root).
     */
    @Test
    void aDeviceIsNeverReplacedByAnOutput() throws Exception {
        Path full = SpecialFiles.device(tmp.resolve("full"), 1, 7);
        Object deviceBefore = Files.readAttributes(full, BasicFileAttributes.class).fileKey();

        CommandRun run = run("report", "--out", full.toString());

        assertRefusedAndNothingChanged(run, "--out " + full + ": is a character device, not a regular file");
        assertThat(Files.isRegularFile(full)).isFalse();
        assertThat(Files.readAttributes(full, BasicFileAttributes.class).fileKey()).isEqualTo(deviceBefore);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoAFolderAndTheProcTreeAreNeverOutputs() throws Exception {
        Path fifo = SpecialFiles.fifo(tmp.resolve("pipe"));
        Path folder = Files.createDirectory(tmp.resolve("a-folder"));
        Path linkToNull = SpecialFiles.link(tmp.resolve("null-link"), Path.of("/dev/null"));
        before = SpecialFiles.snapshot(tmp);

        assertRefusedAndNothingChanged(run("report", "--out", fifo.toString()), "is a named pipe (FIFO), not a regular file");
        assertRefusedAndNothingChanged(run("report", "--trace", folder.toString()), "--trace " + folder + ": is a folder");
        assertRefusedAndNothingChanged(run("report", "--out", linkToNull.toString()), "is a link to a character device");
        assertRefusedAndNothingChanged(run("report", "--out", "/proc/self/comm"), "is under /proc");
        assertThat(Files.isSymbolicLink(linkToNull)).isTrue();
    }

    @Test
    void aMissingFolderForTheOutputIsAnErrorAndIsNotCreated() {
        Path missing = tmp.resolve("no-such-folder/report.md");

        CommandRun run = run("report", "--out", missing.toString());

        assertRefusedAndNothingChanged(run, "the folder " + missing.getParent() + " does not exist");
        assertThat(missing.getParent()).doesNotExist();
    }

    /**
     * Every command that takes --out or --trace, found from the command line itself: a new command cannot
     * be added without this test running it against an input.
     */
    @Test
    void everyCommandThatWritesAFileRefusesAnInput() {
        Map<String, List<String>> requiredArguments = Map.of(
                "report", List.of(),
                "whatif", List.of("attribution-mechanism"),
                "path", List.of("--target", "likely"),
                "sensitivity", List.of(),
                "uncertainty", List.of("--samples", "10"),
                "explain", List.of("E03"),
                "diff", List.of("--knowledge-from", knowledge.toString()),
                "check", List.of(),
                "test", List.of());
        Path elements = knowledge.resolve("elements.yaml");
        List<String> checked = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(AdvisorCommand.commandLine().getSubcommands().values());
        for (int i = 0; i < commands.size(); i++) {
            commands.addAll(commands.get(i).getSubcommands().values()); // audit verify and any later nesting
        }
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName(" ").replaceFirst("^advisor ", "");
            for (String option : List.of("--out", "--trace")) {
                if (spec.findOption(option) == null || name.equals("diff") && option.equals("--trace")) {
                    continue; // diff --trace names a trace to read: an input, not a file written
                }
                assertThat(requiredArguments).as("arguments to run '%s' with", name).containsKey(name);
                List<String> args = new ArrayList<>(List.of(name.split(" ")));
                args.addAll(requiredArguments.get(name));
                args.addAll(List.of(option, elements.toString()));
                assertRefusedAndNothingChanged(run(args.toArray(String[]::new)), option + " " + elements + ": is in the knowledge folder");
                checked.add(name + " " + option);
            }
        }
        assertThat(checked).contains("report --out", "report --trace", "whatif --out", "path --out",
                "sensitivity --out", "uncertainty --out", "explain --out", "diff --out", "check --out",
                "test --out");
    }
}
