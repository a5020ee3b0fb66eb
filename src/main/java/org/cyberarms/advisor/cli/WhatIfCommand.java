package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.report.ComparisonDocument;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.Scenario;
import org.cyberarms.advisor.scenario.ScenarioComparison;
import org.cyberarms.advisor.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {
            "Runs the baseline and each scenario through the rules and compares them: per element the level in"
                    + " each (with ↑/↓), recommendations and practical actions that appear or disappear, and the"
                    + " rules that fire differently with the facts that changed under them. Several scenarios"
                    + " give an elements × scenarios matrix. Each scenario is compared on its own (with what it"
                    + " extends).",
            "",
            "Examples:",
            "  advisor whatif attribution-mechanism",
            "  advisor whatif attribution-mechanism great-power-endorsement declarations-only-verification",
            "  advisor whatif my-scenario.yaml --format markdown --out whatif.md",
            "  advisor whatif attribution-mechanism great-power-endorsement --format html --out whatif.html"
        })
final class WhatIfCommand implements Callable<Integer>, InputPaths.NamesInputs {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*",
            description = "Scenario names (knowledge/scenarios/NAME.yaml) or files.")
    List<String> scenarios;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or html (one self-contained page: the matrix with changes"
                    + " marked by arrow and word, then what each scenario changes). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs);
        ScenarioLoader loader = ScenarioLoader.besideKnowledge(inputs.knowledgeDir);
        List<List<Scenario>> chains = new ArrayList<>();
        for (String scenario : scenarios) {
            chains.add(loader.load(scenario, loaded.knowledge()));
        }
        Comparison comparison = ScenarioComparison.run(loaded.knowledge(), chains,
                k -> loaded.ruleBase().evaluate(k, loaded.limits(), TraceDetail.FIRINGS_AND_FACTS));
        Output.emit(spec, out.file, Format.valueOf(format.name()), ComparisonDocument.of(comparison));
        return ExitCode.OK;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        scenarios.forEach(s -> ScenarioLoader.asFile(s).ifPresent(file -> inputs.file(file, "the scenario file")));
    }
}
