package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.InputChange;
import org.cyberarms.advisor.audit.TraceVerifier;
import org.cyberarms.advisor.audit.Verification;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit past runs.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'advisor audit verify TRACE'.");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Rerun the run a trace recorded, with the knowledge and rule folders named in its header,"
                    + " and confirm that the outcome and the sequence of firings are identical.",
                    "Otherwise show the first event that differs and which input files changed. Exit 0 when"
                            + " identical, 7 otherwise."})
    static final class Verify implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TRACE", description = "A trace written by 'advisor report --trace'.")
        Path file;

        @CommandLine.Mixin
        TimeLimitOption timeLimit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TraceCommand.requireFile(spec, file);
            Verification v = new TraceVerifier().verify(file);
            StringBuilder out = new StringBuilder();
            if (v.identical()) {
                out.append("identical: ").append(v.eventsCompared())
                        .append(" events, the same outcome and firings in the same order; every input file unchanged.\n");
                Output.emit(spec, null, out.toString());
                return ExitCode.OK;
            }
            if (v.firstDifferenceAt().isPresent()) {
                out.append("DIFFERENT: the rerun departs from the trace at event #").append(v.firstDifferenceAt().get())
                        .append(" of ").append(v.eventsCompared()).append('\n');
                out.append("  recorded: ").append(v.recordedLine().orElse("(the recorded run ended here)")).append('\n');
                out.append("  rerun:    ").append(v.rerunLine().orElse("(the rerun ended here)")).append('\n');
            } else {
                out.append("Same outcome and firings, but input files changed since the trace was written.\n");
            }
            if (v.changedInputs().isEmpty()) {
                out.append("No input file changed: the advisor itself behaves differently (compare versions).\n");
            } else {
                out.append("Input files changed since the trace was written:\n");
                for (InputChange c : v.changedInputs()) {
                    out.append("  ").append(c.describe()).append('\n');
                }
            }
            Output.emit(spec, null, out.toString());
            return ExitCode.FINDINGS;
        }
    }
}
