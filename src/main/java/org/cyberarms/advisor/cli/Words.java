package org.cyberarms.advisor.cli;

import java.util.List;

import org.cyberarms.advisor.knowledge.Suggestions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a word typed on the command line against the words the knowledge defines, suggesting the closest. */
final class Words {

    private Words() {}

    static void check(CommandSpec spec, String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " `" + value + "` is not one of: "
                    + String.join(", ", allowed) + Suggestions.didYouMean(value, allowed).map(h -> ". " + h).orElse(""));
        }
    }

    /** Path and sensitivity answers come in text, Markdown and JSON; they have no HTML page (yet). */
    static void checkWhatIfFormat(CommandSpec spec, org.cyberarms.advisor.report.ReportFormat format) {
        if (format == org.cyberarms.advisor.report.ReportFormat.HTML) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format html is for `advisor report`, `whatif` and `explain`; this command writes text, markdown or json");
        }
    }
}
