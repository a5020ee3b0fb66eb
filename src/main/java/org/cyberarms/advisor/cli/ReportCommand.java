package org.cyberarms.advisor.cli;

import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.report.ReportRenderer;
import org.cyberarms.advisor.report.WhatItWouldTakeSearch;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Runs the rules on the knowledge and prints, for each element, its maturity level and why:"
                    + " the rules that concluded it, the facts they matched and their rationale;"
                    + " recommendations for every dimension that holds an element below likely, labelled with the"
                    + " level they are for; caveats; then a summary and the practical actions. In JSON, each element"
                    + " also says what it would take: the smallest status changes to its next level and to the top"
                    + " (toNextLevel, toTop), found by the search `path` uses.",
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
        // What it would take to raise each element: path's search, through the same rules (firings and facts,
        // which the search compares), starting from this run's outcome.
        Evaluator<RuleRuntimeException> rules = k -> loaded.ruleBase().evaluate(k, loaded.limits(),
                TraceDetail.FIRINGS_AND_FACTS);
        var whatItWouldTake = WhatItWouldTakeSearch.of(loaded.knowledge(), outcome, rules);
        String text = ReportRenderer.of(format)
                .render(FeasibilityReport.of(loaded.knowledge(), outcome, stamp, whatItWouldTake));
        trace.writeIfAsked(inputs, whatIf, stamp, outcome);
        Output.emit(spec, out.file, text);
        return ExitCode.OK;
    }
}
