package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.report.ReportRenderer;
import org.cyberarms.advisor.trace.Outcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Runs the rules on the knowledge and prints, for each element, its maturity level and why:"
                    + " the rules that concluded it, the facts they matched and their rationale;"
                    + " recommendations for unlikely elements; caveats; then a summary and the practical actions.",
            "",
            "Examples:",
            "  advisor report",
            "  advisor report --format markdown --out report.md",
            "  advisor report --knowledge my-knowledge --rules my-rules"
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for the terminal), markdown or json (schema: docs/report.schema.json). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (atomically: a failed run leaves any previous FILE as it was)"
                    + " instead of printing it.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs);
        // The report reads firings and conclusions only: matches created and cancelled are not recorded.
        Outcome outcome = loaded.ruleBase().evaluate(loaded.knowledge(), loaded.limits(), TraceDetail.FIRINGS_AND_FACTS);
        String text = ReportRenderer.of(format)
                .render(FeasibilityReport.of(loaded.knowledge(), outcome, loaded.stamp()));
        Output.emit(spec, out, text);
        return ExitCode.OK;
    }
}
