package org.cyberarms.advisor.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.engine.Explainer;
import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.report.Explanation;
import org.cyberarms.advisor.report.ExplanationDocument;
import org.cyberarms.advisor.report.ReportFormat;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.engine.RuleRuntimeException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one element's level: one plain sentence (why it is at its level and what the next"
                + " level would take), then HOW (the dimensions that hold it there, with each rule's rationale) and"
                + " WHY NOT each higher level (the rules that would have lifted it, checked on the actual facts).",
                "With --detail, also the derivation from the level down to the facts and every condition checked"
                + " (in HTML these are always there, folded).",
                "With --rule, also check every condition of that rule against the element's facts."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ELEMENT", description = "The element's id, e.g. E03.")
    String elementId;

    @Option(names = "--rule", paramLabel = "NAME", description = "A rule to check against the element (its exact name).")
    String rule;

    @Option(names = "--detail", description = "Add the derivation tree and the condition-by-condition tables"
            + " (text and Markdown; HTML always has them, folded; JSON always has everything).")
    boolean detail;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or html (one self-contained page). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Mixin
    OutOption out;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs run = Inputs.load(inputs);
        Element element = run.knowledge().element(elementId).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "No element " + elementId + " in " + inputs.knowledgeDir + "; the ids are "
                        + run.knowledge().elements().stream().map(Element::id).toList() + "."
                        + hint(elementId, run.knowledge().elements().stream().map(Element::id).toList())));
        Outcome outcome = run.ruleBase().evaluate(run.knowledge(), run.limits(), TraceDetail.FIRINGS_AND_FACTS);
        Explainer explainer = new Explainer(run.ruleBase());
        Optional<RuleDiagnosis> diagnosis = Optional.empty();
        if (rule != null) {
            List<String> names = run.ruleBase().rules().stream().map(RuleRef::name).toList();
            if (!names.contains(rule)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No rule named \"" + rule
                        + "\" in " + inputs.rulesDir + " (names are case-sensitive)." + hint(rule, names));
            }
            diagnosis = Optional.of(explainer.diagnose(run.knowledge(), outcome, elementId, rule));
        }
        Evaluator<RuleRuntimeException> rules = k -> run.ruleBase().evaluate(k, run.limits(), TraceDetail.FIRINGS_AND_FACTS);
        Explanation explanation = Explanation.of(run.knowledge(), outcome, element.id(),
                explainer.whyNot(run.knowledge(), outcome, elementId), diagnosis, rules);
        Format as = Format.valueOf(format.name());
        Output.emit(spec, out.file, Backend.of(as).render(ExplanationDocument.of(explanation, detail || as == Format.HTML)));
        return ExitCode.OK;
    }

    private static String hint(String typed, List<String> candidates) {
        return Suggestions.didYouMean(typed, candidates).map(h -> " " + h).orElse("");
    }
}
