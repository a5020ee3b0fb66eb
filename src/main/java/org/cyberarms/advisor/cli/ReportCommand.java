package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.report.ReportRenderer;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run the rules on the knowledge and print each element's level, why, and what to do.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Mixin
    TraceOption trace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs run = Inputs.load(inputs);
        Outcome outcome = run.ruleBase().evaluate(run.knowledge(), run.limits());
        RunStamp stamp = run.stamp();
        String text = ReportRenderer.of(format).render(FeasibilityReport.of(run.knowledge(), outcome, stamp));
        trace.writeIfAsked(inputs, stamp, outcome);
        Output.emit(spec, out, text);
        return ExitCode.OK;
    }
}
