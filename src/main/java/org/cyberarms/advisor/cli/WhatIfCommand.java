package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.report.ComparisonDocument;
import org.cyberarms.advisor.scenario.AdHocChanges;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.Scenario;
import org.cyberarms.advisor.scenario.ScenarioComparison;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.scenario.ScenarioOverlay;

import picocli.CommandLine;
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
            "--set changes apply after each scenario; with no scenario, they are the one compared.",
            "--against parent compares one scenario with the scenarios it extends instead of the baseline:"
                    + " what its own changes do."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor whatif " + PackExamples.A_SCENARIO,
            "  ./advisor whatif " + PackExamples.A_SCENARIO + " " + PackExamples.OTHER_SCENARIO_NAME,
            "  ./advisor whatif --set " + PackExamples.A_CHANGE,
            "  ./advisor whatif " + PackExamples.A_SCENARIO_WITH_PARENT + " --against parent",
            "  ./advisor whatif my-scenario.yaml --out whatif.md",
            "  ./advisor whatif " + PackExamples.A_SCENARIO + " --out whatif.html"
        })
final class WhatIfCommand implements Callable<Integer>, InputPaths.NamesInputs {

    /** What each scenario is compared with. */
    enum Against { ASSESSMENT, PARENT }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*",
            description = "Scenario names (knowledge/scenarios/NAME.yaml) or files; none when --set is given.")
    List<String> scenarios = new ArrayList<>();

    @Mixin
    SetOption set;

    @Option(names = "--against", paramLabel = "assessment|parent", defaultValue = "assessment",
            description = "What each scenario is compared with: the assessment (the knowledge as it is), or the"
                    + " scenarios it extends (parent; one scenario only). Default: ${DEFAULT-VALUE}.")
    Against against;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        if (scenarios.isEmpty() && set.values.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing a scenario: give one or more scenario names, or --set changes");
        }
        if (against == Against.PARENT && (scenarios.size() != 1 || !set.values.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--against parent compares one scenario"
                    + " with what it extends: give exactly one scenario, and no --set");
        }
        Inputs loaded = Inputs.load(inputs);
        Evaluator<RuleRuntimeException> rules =
                k -> loaded.ruleBase().evaluate(k, loaded.limits(), TraceDetail.FIRINGS_AND_FACTS);
        ScenarioLoader loader = ScenarioLoader.besideKnowledge(inputs.knowledgeDir());
        Comparison comparison;
        if (against == Against.PARENT) {
            List<Scenario> chain = loader.load(scenarios.get(0), loaded.knowledge());
            if (chain.get(chain.size() - 1).extendsNames().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--against parent: scenario "
                        + scenarios.get(0) + " extends no other scenario; leave out --against to compare it with"
                        + " the assessment");
            }
            comparison = ScenarioComparison.againstParent(loaded.knowledge(), chain, rules);
        } else {
            comparison = ScenarioComparison.run(loaded.knowledge(), chains(loader, loaded.knowledge()), rules);
        }
        Output.emit(spec, out.file, format.chosen(out.file), ComparisonDocument.of(comparison,
                loaded.knowledge().model()));
        return ExitCode.OK;
    }

    /** Each scenario with what it extends, then the --set changes; the --set changes alone when no scenario. */
    private List<List<Scenario>> chains(ScenarioLoader loader, Knowledge knowledge) throws KnowledgeException {
        List<List<Scenario>> chains = new ArrayList<>();
        for (String scenario : scenarios) {
            List<Scenario> chain = new ArrayList<>(loader.load(scenario, knowledge));
            if (!set.values.isEmpty()) {
                Scenario adHoc = AdHocChanges.parse(set.values, ScenarioOverlay.apply(knowledge, chain));
                chain.add(Scenario.adHoc(scenario + " " + adHoc.name(), adHoc.changes()));
            }
            chains.add(chain);
        }
        if (scenarios.isEmpty()) {
            chains.add(List.of(AdHocChanges.parse(set.values, knowledge)));
        }
        return chains;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        scenarios.forEach(s -> ScenarioLoader.asFile(s).ifPresent(file -> inputs.file(file, "the scenario file")));
    }
}
