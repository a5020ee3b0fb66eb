package org.cyberarms.advisor.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.engine.Explainer;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.report.Explanation;
import org.cyberarms.advisor.report.ExplanationDocument;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.engine.RuleRuntimeException;

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
                "With --rule, also check every condition of that rule against the element's facts.",
                "With --scenario or --set, explain the element's level in that what-if."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor explain " + PackExamples.ID,
            "  ./advisor explain " + PackExamples.ID + " --out explain-" + PackExamples.ID + ".html",
            "  ./advisor explain " + PackExamples.ID + " --set " + PackExamples.A_CHANGE,
            "  ./advisor explain " + PackExamples.ID + " --scenario " + PackExamples.A_SCENARIO
        })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ELEMENT", description = "The element's id, e.g. "
            + PackExamples.ID + " (or " + PackExamples.ID_LOWER + ").")
    String elementId;

    @Option(names = "--rule", paramLabel = "NAME", description = "A rule to check against the element (its name).")
    String rule;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Option(names = "--detail", description = "Add the derivation tree and the condition-by-condition tables"
            + " (text and Markdown; HTML always has them, folded; JSON always has everything).")
    boolean detail;

    @Mixin
    OutOption out;

    @Mixin
    InputOptions inputs;

    @Mixin
    ScenarioOptions whatIf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs run = Inputs.load(inputs, whatIf);
        String id = Words.resolve(spec, elementId, run.knowledge().elements().stream().map(Element::id).toList(),
                "No element `" + elementId + "` in " + inputs.knowledgeDir());
        Element element = run.knowledge().element(id).orElseThrow();
        Outcome outcome = run.evaluate(TraceDetail.FIRINGS_AND_FACTS);
        Explainer explainer = new Explainer(run.ruleBase());
        Optional<RuleDiagnosis> diagnosis = Optional.empty();
        if (rule != null) {
            String name = Words.resolve(spec, rule, run.ruleBase().rules().stream().map(RuleRef::name).toList(),
                    "No rule named \"" + rule + "\" in " + inputs.rulesDir());
            diagnosis = Optional.of(explainer.diagnose(run.knowledge(), outcome, id, name));
        }
        Evaluator<RuleRuntimeException> rules = k -> run.ruleBase().evaluate(k, run.limits(), TraceDetail.FIRINGS_AND_FACTS);
        Explanation explanation = Explanation.of(run.knowledge(), outcome, element.id(),
                explainer.whyNot(run.knowledge(), outcome, id), diagnosis, rules);
        Format as = format.chosen(out.file);
        Output.emit(spec, out.file, as, ExplanationDocument.of(explanation, detail || as == Format.HTML,
                inputs.arguments())
                .withWhatIf(run.whatIf()));
        return ExitCode.OK;
    }
}
