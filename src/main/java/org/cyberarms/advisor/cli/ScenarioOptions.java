package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.scenario.ScenarioOverlay;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What-if changes over the knowledge, for any command that runs the rules: scenario files, then --set. */
final class ScenarioOptions implements InputPaths.NamesInputs {

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Apply a what-if scenario (knowledge/scenarios/NAME.yaml, or a file) over the knowledge;"
                    + " repeatable, applied in order. The knowledge files are never changed.")
    List<String> scenarios = new ArrayList<>();

    @Mixin
    SetOption set = new SetOption();

    /** The --set arguments, in order. */
    List<String> sets() {
        return set.values;
    }

    /**
     * The knowledge with the scenarios and then the --set changes applied (the knowledge itself when none),
     * and the what-if its answers open with.
     */
    ScenarioOverlay.Applied apply(Knowledge knowledge, Path knowledgeDir) throws KnowledgeException {
        return ScenarioOverlay.overlay(knowledge, knowledgeDir, scenarios, sets());
    }

    /** The options as typed, to repeat in a command the reader can paste ({@code --scenario a --set b}). */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        scenarios.forEach(s -> arguments.addAll(List.of("--scenario", s)));
        sets().forEach(s -> arguments.addAll(List.of("--set", s)));
        return arguments;
    }

    /** Scenario files named by path; scenarios named by name are inside the knowledge folder. */
    @Override
    public void addInputsTo(InputPaths inputs) {
        scenarios.forEach(s -> ScenarioLoader.asFile(s).ifPresent(file -> inputs.file(file, "the scenario file")));
    }
}
