package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command stopped before it writes leaves no file; one that has begun writing is let finish. */
class RunningCommandTest {

    @TempDir
    Path tmp;

    /** Runs {@code body} on a thread of its own, as CommandRunner does, under {@code command}. */
    private static void onCommandThread(RunningCommand command, FutureTask<?> body) throws Exception {
        Thread thread = new Thread(() -> {
            command.runOnThisThread();
            body.run();
        });
        thread.start();
        thread.join();
    }

    @Test
    void aCommandStoppedBeforeItWritesWritesNothing() throws Exception {
        RunningCommand command = new RunningCommand();
        Path out = tmp.resolve("report.md");
        assertThat(command.stop()).isTrue();

        FutureTask<Void> write = new FutureTask<>(() -> {
            OutputFile.write(out, "report");
            return null;
        });
        onCommandThread(command, write);

        assertThatThrownBy(write::get).hasCauseInstanceOf(IOException.class);
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCommandThatHasBegunWritingIsNotStopped() throws Exception {
        RunningCommand command = new RunningCommand();
        Path out = tmp.resolve("report.md");

        FutureTask<Void> write = new FutureTask<>(() -> {
            OutputFile.write(out, "report");
            return null;
        });
        onCommandThread(command, write);
        write.get();

        assertThat(command.stop()).isFalse();
        assertThat(command.stopped()).isFalse();
        assertThat(Files.readString(out)).isEqualTo("report");
    }
}
