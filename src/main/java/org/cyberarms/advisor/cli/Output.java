package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Sends a command's result to stdout, or atomically to the file named by {@code --out}, with the control
 * characters that came from input files made visible ({@link TerminalText}).
 */
final class Output {

    private Output() {}

    /** The answer printed by the backend of {@code format}. */
    static void emit(CommandSpec spec, Path out, Format format, Document answer) throws IOException {
        emit(spec, out, Backend.of(format).render(answer));
    }

    static void emit(CommandSpec spec, Path out, String answer) throws IOException {
        String text = TerminalText.safe(answer);
        RunningCommand.current().beginWriting();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            OutputFile.write(out, text);
            spec.commandLine().getErr().println("advisor: wrote " + out);
        }
    }
}
