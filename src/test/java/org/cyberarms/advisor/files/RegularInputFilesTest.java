package org.cyberarms.advisor.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.SpecialFiles;
import org.cyberarms.advisor.cli.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are read: a named pipe, a device or a link to one is refused at once, naming the file
 * and what it is (opening a pipe would block for ever; /dev/zero would fill the memory). Each test runs
 * under a timeout in its own thread, so a regression fails instead of hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegularInputFilesTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path rules;

    @BeforeEach
    void copyInputs() {
        knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
    }

    private CommandRun report(String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--knowledge", knowledge.toString(), "--rules",
                rules.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void aKnowledgeFileThatIsANamedPipeIsRefusedAtOnce() {
        Path elements = SpecialFiles.fifo(knowledge.resolve("elements.yaml"));

        CommandRun run = report();

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(elements + ": is a named pipe (FIFO), not a regular file; the advisor reads"
                + " only regular files");
    }

    @Test
    void aKnowledgeFileLinkedToDevZeroIsRefusedWithoutReadingIt() {
        Path elements = SpecialFiles.link(knowledge.resolve("elements.yaml"), Path.of("/dev/zero"));
        Map<Path, String> before = SpecialFiles.snapshot(tmp);

        CommandRun run = report();

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(elements + ": is a link to a character device, not a regular file")
                .doesNotContain("Exception", "Error:", "\tat ");
        assertThat(SpecialFiles.snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void aScenarioFileThatIsANamedPipeIsRefusedAtOnceByNameOrByPath() {
        Path byName = SpecialFiles.fifo(knowledge.resolve("scenarios/piped.yaml"));
        Path byPath = SpecialFiles.fifo(tmp.resolve("piped-too.yaml"));

        CommandRun named = report("--scenario", "piped");
        CommandRun given = CommandRun.of("whatif", byPath.toString(), "--knowledge", knowledge.toString(),
                "--rules", rules.toString());

        assertThat(named.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(named.err()).contains(byName + ": is a named pipe (FIFO)");
        assertThat(given.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(given.err()).contains(byPath + ": is a named pipe (FIFO)");
    }

    @Test
    void anAnalystTestFileThatIsANamedPipeOrALinkToADeviceIsRefused() throws Exception {
        Path tests = Files.createDirectory(tmp.resolve("tests"));
        Path piped = SpecialFiles.fifo(tests.resolve("piped.yaml"));
        Path zero = SpecialFiles.link(tests.resolve("zero.yaml"), Path.of("/dev/zero"));

        CommandRun run = CommandRun.of("test", tests.toString(), "--knowledge", knowledge.toString(),
                "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(piped + ": is a named pipe (FIFO), not a regular file")
                .contains(zero + ": is a link to a character device, not a regular file");
    }

    @Test
    void aTraceThatIsANamedPipeIsRefusedByTraceAndByAuditVerify() {
        Path trace = SpecialFiles.fifo(tmp.resolve("run.jsonl"));

        CommandRun shown = CommandRun.of("trace", trace.toString());
        CommandRun verified = CommandRun.of("audit", "verify", trace.toString(), "--knowledge", knowledge.toString(),
                "--rules", rules.toString());

        assertThat(shown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(shown.err()).contains(trace + ": is a named pipe (FIFO), not a regular file");
        assertThat(verified.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verified.err()).contains(trace + ": is a named pipe (FIFO), not a regular file");
    }

    /** A sparse file: 126 MB by its size, almost nothing on disk, and never read whole. */
    @Test
    void aTraceLargerThanTheLimitIsRefusedByItsSizeNamingTheLimit() throws Exception {
        Path trace = tmp.resolve("huge.jsonl");
        try (RandomAccessFile file = new RandomAccessFile(trace.toFile(), "rw")) {
            file.setLength(126L * 1024 * 1024);
        }

        CommandRun shown = CommandRun.of("trace", trace.toString());
        CommandRun verified = CommandRun.of("audit", "verify", trace.toString());

        for (CommandRun run : new CommandRun[] {shown, verified}) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
            assertThat(run.err()).contains(trace + ": file is larger than the limit of 32 MB for a trace")
                    .doesNotContain("OutOfMemoryError", "\tat ");
        }
    }
}
