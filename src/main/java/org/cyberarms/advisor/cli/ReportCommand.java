package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportDocument;
import org.cyberarms.advisor.report.SummaryDocument;
import org.cyberarms.advisor.report.WhatItWouldTakeBlocks;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.report.WhatItWouldTakeSearch;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Runs the rules on the knowledge and prints the levels of all elements, then for each element its"
                    + " maturity level and why: the rules that concluded it, the facts they matched and their"
                    + " rationale; what holds it down; what it would take (the smallest status changes to its next"
                    + " level and to the top, found by the search `path` uses); the recommendations the rules make"
                    + " for the dimensions that hold an element back, labelled with the level they are for; caveats;"
                    + " then the"
                    + " practical actions and a glossary.",
            "With --trace FILE it also writes the run's trace: 'advisor trace FILE' shows it, 'advisor audit"
                    + " verify FILE' reruns and compares it."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor report",
            "  ./advisor report --out report.md",
            "  ./advisor report --out report.html",
            "  ./advisor report --summary --out summary.html",
            "  ./advisor report --format csv --out report.csv",
            "  ./advisor report --knowledge my-knowledge --rules my-rules",
            "  ./advisor report --scenario " + PackExamples.A_SCENARIO,
            "  ./advisor report --set " + PackExamples.A_CHANGE,
            "  ./advisor report --trace run.jsonl"
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

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON, Format.CSV);

    @Mixin
    OutOption out;

    @Option(names = "--summary",
            description = "Print a one-page summary for decision makers instead of the full report: the levels,"
                    + " the main blockers and the practical actions (text, markdown or html; the html prints on one"
                    + " A4 page).")
    boolean summary;

    /** The options a pasted check command repeats: the same folders and the same what-if. */
    private List<String> sameInputs() {
        List<String> same = new ArrayList<>(inputs.arguments());
        same.addAll(whatIf.arguments());
        return same;
    }

    @Override
    public Integer call() throws Exception {
        Format asked = format.chosen(out.file);
        if (summary && !SummaryDocument.FORMATS.contains(asked)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--summary is a page for people: use"
                    + " --format text, markdown or html. For a program, the full report's " + asked
                    + " has every level (--format " + asked + " without --summary).");
        }
        Inputs loaded = Inputs.load(inputs, whatIf);
        // The report reads firings and conclusions only; a trace file also wants matches created and cancelled.
        TraceDetail detail = trace.file != null ? TraceDetail.ALL_EVENTS : TraceDetail.FIRINGS_AND_FACTS;
        Outcome outcome = loaded.evaluate(detail);
        RunStamp stamp = loaded.stamp();
        // What it would take to raise each element: path's search, through the same rules (firings and facts,
        // which the search compares), starting from this run's outcome. The one-page summary does not show it.
        Evaluator<RuleRuntimeException> rules = k -> loaded.ruleBase().evaluate(k, loaded.limits(),
                TraceDetail.FIRINGS_AND_FACTS);
        FeasibilityReport report = summary ? FeasibilityReport.of(loaded.knowledge(), outcome, stamp)
                : FeasibilityReport.of(loaded.knowledge(), outcome, stamp,
                        WhatItWouldTakeSearch.of(loaded.knowledge(), outcome, rules));
        String text = summary
                ? Backend.of(asked).render(SummaryDocument.of(report, loaded.whatIf()))
                : Backend.of(asked).render(ReportDocument.of(report,
                        ReportDocument.Options.assessment().withWhatIf(loaded.whatIf())
                                .withWhatItWouldTake(element -> WhatItWouldTakeBlocks.of(element, sameInputs()))));
        trace.writeIfAsked(inputs, whatIf, stamp, outcome);
        Output.emit(spec, out.file, text);
        return ExitCode.OK;
    }
}
