package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunInputs;
import org.cyberarms.advisor.trace.RunStamp;
import org.cyberarms.advisor.trace.TraceHeader;
import org.cyberarms.advisor.trace.TraceJsonLines;

import picocli.CommandLine.Option;

/** {@code --trace FILE}: any command that runs the rules can write the run's trace as JSON Lines. */
final class TraceOption {

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write every engine event of the run, in order, as JSON Lines (schema: docs/trace-schema.md);"
                    + " 'advisor trace FILE' reads it, 'advisor audit verify FILE' reruns and compares it.")
    Path file;

    void writeIfAsked(InputOptions options, ScenarioOptions whatIf, RunStamp stamp, Outcome outcome)
            throws IOException {
        if (file != null) {
            RunInputs inputs = new RunInputs(options.knowledgeDir().toString(), options.rulesDir().toString(),
                    whatIf.scenarios, whatIf.sets(), options.maxFirings, options.maxSeconds);
            OutputFile.write(file, new TraceJsonLines().write(new TraceHeader(stamp, inputs), outcome.events()));
        }
    }
}
