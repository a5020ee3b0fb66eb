package org.cyberarms.advisor.cli;

import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportDocument;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Runs the rules on the knowledge and prints the levels of all elements, then for each element its"
                    + " maturity level and why: the rules that concluded it, the facts they matched and their"
                    + " rationale; what holds it down; recommendations; caveats; then the practical actions and"
                    + " a glossary.",
            "",
            "Examples:",
            "  advisor report",
            "  advisor report --format markdown --out report.md",
            "  advisor report --format html --out report.html",
            "  advisor report --knowledge my-knowledge --rules my-rules",
            "  advisor report --scenario attribution-mechanism --set E03.verification=partial",
            "  advisor report --trace run.jsonl      (then: advisor trace run.jsonl, advisor audit verify run.jsonl)"
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    ScenarioOptions whatIf;

    @Mixin
    TraceOption trace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for the terminal), markdown, json (schema: docs/report.schema.json) or html"
                    + " (one self-contained page with charts, to open, print or forward). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs, whatIf);
        // The report reads firings and conclusions only; a trace file also wants matches created and cancelled.
        TraceDetail detail = trace.file != null ? TraceDetail.ALL_EVENTS : TraceDetail.FIRINGS_AND_FACTS;
        Outcome outcome = loaded.ruleBase().evaluate(loaded.knowledge(), loaded.limits(), detail);
        RunStamp stamp = loaded.stamp();
        String text = Backend.of(Format.valueOf(format.name()))
                .render(ReportDocument.of(FeasibilityReport.of(loaded.knowledge(), outcome, stamp),
                        ReportDocument.Options.assessment().withWhatIf(loaded.whatIf())));
        trace.writeIfAsked(inputs, whatIf, stamp, outcome);
        Output.emit(spec, out.file, text);
        return ExitCode.OK;
    }
}
