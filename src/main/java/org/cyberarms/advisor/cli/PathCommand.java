package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.report.PathDocument;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "path", mixinStandardHelpOptions = true,
        description = {
            "Searches, through the rules, the smallest changes of status (fewest steps, then fewest dimensions)"
                    + " that raise an element to the target level, and lists the best alternatives with the"
                    + " rules that would then fire. With no element: every element below the target. Says why"
                    + " when no change reaches the target (a locked dimension, a ceiling no status lifts, or the"
                    + " step bound)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor path " + PackExamples.ID + " --target " + PackExamples.A_LEVEL,
            "  ./advisor path --target " + PackExamples.A_LEVEL + " --lock " + PackExamples.DIMENSION_ID
                    + " --max-steps 4",
            "  ./advisor path --target " + PackExamples.A_LOWER_LEVEL + " --scenario " + PackExamples.A_SCENARIO
        })
final class PathCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    ScenarioOptions whatIf;

    @Parameters(paramLabel = "ELEMENT", arity = "0..1", description = "The element (e.g. "
            + PackExamples.ID + "); all below the target when left out.")
    String element;

    @Option(names = "--target", paramLabel = "LEVEL", required = true, description = "The level to reach"
            + " (e.g. " + PackExamples.A_LEVEL + ").")
    String target;

    @Option(names = "--lock", paramLabel = "DIMENSION", description = "A dimension that cannot change. Repeatable.")
    List<String> locked = new ArrayList<>();

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "8", converter = WholeNumber.PathSteps.class,
            description = "The most status steps a change may take in all, 1 to 100. Default: ${DEFAULT-VALUE}.")
    int maxSteps;

    @Option(names = "--alternatives", paramLabel = "N", defaultValue = "3", converter = WholeNumber.Alternatives.class,
            description = "How many alternatives to list at most, 1 to 1,000. Default: ${DEFAULT-VALUE}.")
    int alternatives;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs, whatIf);
        var knowledge = loaded.knowledge();
        Words.check(spec, "--target", target, knowledge.model().levels().names());
        for (String dimension : locked) {
            Words.check(spec, "--lock", dimension, knowledge.model().dimensionIds());
        }
        String elementId = element == null ? null : Words.resolve(spec, element,
                knowledge.elements().stream().map(e -> e.id()).toList(), "No element `" + element + "` in "
                        + inputs.knowledgeDir());
        PathSearch search = new PathSearch(knowledge, new PathSearch.Options(target, locked, maxSteps, alternatives));
        var rules = (org.cyberarms.advisor.scenario.Evaluator<org.cyberarms.advisor.engine.RuleRuntimeException>)
                k -> loaded.ruleBase().evaluate(k, loaded.limits(), TraceDetail.FIRINGS_AND_FACTS);
        List<PathResult> results = elementId == null ? search.belowTarget(rules) : List.of(search.search(elementId, rules));
        List<String> sameInputs = new ArrayList<>(inputs.arguments());
        sameInputs.addAll(whatIf.arguments());
        Output.emit(spec, out.file, format.chosen(out.file),
                PathDocument.of(results, target, knowledge.model(), loaded.whatIf(), sameInputs));
        return ExitCode.OK;
    }
}
