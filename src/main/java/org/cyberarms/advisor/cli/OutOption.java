package org.cyberarms.advisor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --out FILE}, shared by every command that can write its result to a file instead of printing it.
 * {@link OutputGuard} checks it against the run's inputs before the command runs.
 */
final class OutOption {

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE instead of printing it, atomically and only when the command"
                    + " succeeds (a failed run leaves any previous FILE as it was). FILE's folder must exist;"
                    + " an input of the run, a folder or a device is refused before anything runs. Without"
                    + " --format, FILE's extension chooses the format (report.html is HTML).")
    Path file;
}
