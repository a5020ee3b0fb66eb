package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.InputChange;
import org.cyberarms.advisor.audit.TraceDifference;
import org.cyberarms.advisor.audit.TraceVerifier;
import org.cyberarms.advisor.audit.Verification;
import org.cyberarms.advisor.diff.DiffDocument;
import org.cyberarms.advisor.diff.RunDifference;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.RunInputs;
import org.cyberarms.advisor.trace.TraceJsonLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit past runs.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./advisor audit verify run.jsonl"},
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'advisor audit verify TRACE'.");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Rerun the run a trace recorded, on the knowledge and rule folders given here (default:"
                    + " knowledge and rules), with the scenarios, --set changes and limits the trace records, and"
                    + " confirm that the outcome, the sequence of firings and every input file's SHA-256 are"
                    + " identical.",
                    "Otherwise say where the rerun departs from the trace, what that changes in plain words (as"
                            + " 'advisor diff --trace' does: levels, rules, recommendations, caveats, practical actions)"
                            + " and which input files changed. Exit 0 when identical, 7 otherwise.",
                    "Paths written in the trace are shown, never followed: a trace cannot choose which rules run."},
            footerHeading = "%nExamples:%n",
            footer = {
                "  ./advisor report --trace run.jsonl",
                "  ./advisor audit verify run.jsonl"
            })
    static final class Verify implements Callable<Integer>, InputPaths.NamesInputs {

        @Parameters(index = "0", paramLabel = "TRACE", description = "A trace written by 'advisor report --trace'.")
        Path file;

        /** The pack (or knowledge and rules folders) to rerun on. */
        @CommandLine.Mixin
        PackFolders folders;

        @Option(names = "--scenario", paramLabel = "NAME|FILE",
                description = "Apply these scenarios instead of those the trace names (repeatable). Needed when"
                        + " the trace applied a scenario file by its path: such a path is never followed.")
        List<String> scenarios = new ArrayList<>();

        @CommandLine.Mixin
        TimeLimitOption timeLimit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TraceCommand.requireFile(spec, file);
            RecordedTrace trace = new TraceJsonLines().read(file);
            RunInputs recorded = trace.header().inputs();
            List<String> applied = scenarios.isEmpty() ? recordedScenarioNames(spec, recorded) : scenarios;
            Verification v = new TraceVerifier().verify(trace,
                    new TraceVerifier.Rerun(folders.knowledgeDir(), folders.rulesDir(), applied));
            StringBuilder out = new StringBuilder();
            if (v.identical()) {
                out.append("identical: ").append(v.eventsCompared())
                        .append(" events, the same outcome and firings in the same order; every input file unchanged.\n");
                out.append(recordedFolders(recorded));
                Output.emit(spec, null, out.toString());
                return ExitCode.OK;
            }
            if (v.firstDifferenceAt().isPresent()) {
                out.append("DIFFERENT: the rerun departs from the trace at event #").append(v.firstDifferenceAt().get())
                        .append(" of ").append(v.eventsCompared()).append(".\n\n");
                // What the difference means, not the raw event line: levels, rules, recommendations, actions.
                RunDifference difference = TraceDifference.difference(trace, v, false);
                if (difference.elements().isEmpty() && difference.sameConclusions()) {
                    out.append("The rules conclude the same as recorded: the same levels, rules, recommendations,"
                            + " caveats and practical actions; only the events on the way differ (their order or"
                            + " what they record).\n");
                } else {
                    out.append(Backend.of(Format.TEXT).render(DiffDocument.of(new DiffDocument.Sides(
                            "the run recorded in " + file, "this rerun"), difference, v.dimensionLabels()))).append('\n');
                }
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
            out.append(recordedFolders(recorded));
            Output.emit(spec, null, out.toString());
            return ExitCode.FINDINGS;
        }

        @Override
        public void addInputsTo(InputPaths inputs) {
            inputs.file(file, "the trace being verified");
            folders.addInputsTo(inputs);
            scenarios.forEach(s -> ScenarioLoader.asFile(s).ifPresent(f -> inputs.file(f, "the scenario file")));
        }

        /**
         * The scenarios the trace applied, by name only: a name is looked up in the knowledge folder given
         * here, while a path would be a file that only the trace names.
         */
        static List<String> recordedScenarioNames(CommandSpec spec, RunInputs recorded) {
            for (String scenario : recorded.scenarios()) {
                if (ScenarioLoader.asFile(scenario).isPresent() || scenario.contains("\\")) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the trace applied the scenario file "
                            + scenario + "; audit verify does not read a file that only the trace names."
                            + " Give the scenarios to apply with --scenario (e.g. --scenario " + scenario + ").");
                }
            }
            return recorded.scenarios();
        }

        /** Where the trace says it was made, when that is not where this rerun looked: shown, not followed. */
        private String recordedFolders(RunInputs recorded) {
            Path knowledgeDir = folders.knowledgeDir();
            Path rulesDir = folders.rulesDir();
            if (Path.of(recorded.knowledgeDir()).normalize().equals(knowledgeDir.normalize())
                    && Path.of(recorded.rulesDir()).normalize().equals(rulesDir.normalize())) {
                return "";
            }
            return "The trace was made with --knowledge " + recorded.knowledgeDir() + " --rules " + recorded.rulesDir()
                    + "; this rerun used --knowledge " + knowledgeDir + " --rules " + rulesDir
                    + " (paths in a trace are shown, never followed).\n";
        }
    }
}
