package org.cyberarms.advisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the advisor in a process of its own, as the shell does, for what an in-process run cannot show:
 * a rule stuck for ever (the process must end), and signals such as Ctrl-C.
 */
public final class AdvisorProcess {

    private final Process process;
    private final Path out;
    private final Path err;
    private final long started = System.nanoTime();

    private AdvisorProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code advisor args...} with the test class path; stdout and stderr go to files in {@code tmp}. */
    public static AdvisorProcess start(Path tmp, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.cyberarms.advisor.cli.AdvisorCommand"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new AdvisorProcess(process, out, err);
    }

    public Process process() {
        return process;
    }

    /** Waits for the process to end (killing it after {@code atMost}) and returns how it ended. */
    public Ended await(Duration atMost) throws Exception {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the advisor did not end within " + atMost + "; stderr: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
    }

    /** How the process ended: exit code, both streams, and the time from start to end. */
    public record Ended(int exitCode, String out, String err, Duration elapsed) {}
}
