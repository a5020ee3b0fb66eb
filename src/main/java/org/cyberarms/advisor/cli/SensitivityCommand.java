package org.cyberarms.advisor.cli;

import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.report.SensitivityDocument;
import org.cyberarms.advisor.scenario.Sensitivity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {
            "Varies one dimension at a time over its whole status scale, for every element, and reports the"
                    + " level the rules conclude at each step, the binding constraint of each element, and the"
                    + " tipping points (one status step that changes an element's level).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor sensitivity",
            "  ./advisor sensitivity --scenario " + PackExamples.A_SCENARIO + " --out sensitivity.md"
        })
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    ScenarioOptions whatIf;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs, whatIf);
        var result = Sensitivity.analyse(loaded.knowledge(), k -> loaded.ruleBase().evaluate(k, loaded.limits(), TraceDetail.FIRINGS_AND_FACTS));
        Output.emit(spec, out.file, format.chosen(out.file),
                SensitivityDocument.of(result, loaded.knowledge().model(), loaded.whatIf()));
        return ExitCode.OK;
    }
}
