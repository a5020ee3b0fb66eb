package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.CheckAnswer;
import org.cyberarms.advisor.audit.CheckResult;
import org.cyberarms.advisor.audit.RuleBaseCheck;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the rule files after an edit. Builds them (problems as file:line:column), then runs"
                + " every combination of reliance and status over the model's dimensions through them, each as one"
                + " element (one for each group of combinations the rules cannot tell apart), and reports:",
                "  gap / conflict: a combination that gets no level, or more than one;",
                "  no-recommendation: a lowest-level outcome with no recommendation;",
                "  order-dependence: combinations whose levels, blockers, recommendations, actions or caveats change"
                        + " when the rules fire in another order (salience ignored, rules and facts in reverse"
                        + " order), with the rules involved;",
                "  unreached-level: a level that no combination reaches;",
                "  unadvised-dimension: a dimension that holds elements back where the rules advise other"
                        + " dimensions (a specific recommendation or practical action), but never this one;",
                "  dead-rule: a rule that fires on no combination (nor on the knowledge folder);",
                "  no-rationale: a rule without @rationale.",
                "Opens with the verdict ('No findings', or 'N findings: ...'), then each finding: what is wrong,"
                        + " where (file:line), the rules involved, examples, and what to change.",
                "Exit 0 when the rules pass, 7 when a problem is found (so it can gate a change)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor check",
            "  ./advisor check --rules my-rules --out check.html"
        })
final class CheckCommand implements Callable<Integer>, InputPaths.NamesInputs {

    /** The pack: its maturity model gives the scales to enumerate, its rules are checked. */
    @Mixin
    PackFolders folders;

    int batch = RuleBaseCheck.DEFAULT_BATCH;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + RuleBaseCheck.DEFAULT_BATCH,
            description = "Combinations run per engine session, from 1 to " + RuleBaseCheck.MAX_BATCH
                    + " (for speed and memory; the findings do not depend on it). Default: ${DEFAULT-VALUE}.")
    void batch(int n) {
        // Checked while the command line is parsed, so a wrong value ends with one line and the usage exit code.
        if (n < 1 || n > RuleBaseCheck.MAX_BATCH) {
            throw new ParameterException(spec.commandLine(), "--batch must be from 1 to "
                    + String.format("%,d", RuleBaseCheck.MAX_BATCH) + ", not " + n);
        }
        batch = n;
    }

    @Option(names = "--exhaustive", description = "Run every combination, even those the rules cannot tell apart."
            + " By default one combination is run for each group of combinations that conclude alike (values of a"
            + " dimension that the rules, reading each assessment on its own, treat the same); the findings are the"
            + " same either way, this only takes longer. Every combination is also run when a rule reads"
            + " assessments together, and the answer then says so.")
    boolean exhaustive;

    /** Longer than the other commands' 60 s: the combinations grow with every dimension added to the model. */
    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "600", converter = WholeNumber.Seconds.class,
            description = TimeLimitOption.DESCRIPTION)
    int maxSeconds;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    OutOption out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(folders.knowledgeDir());
        CheckResult result = new RuleBaseCheck(batch, exhaustive).check(folders.rulesDir(), knowledge);
        Document answer = CheckAnswer.of(result, folders.rulesDir(), folders.knowledgeDir(),
                knowledge.elements().stream().map(Element::id).findFirst());
        Output.emit(spec, out.file, Backend.of(format.chosen(out.file)).render(answer));
        return result.passed() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        folders.addInputsTo(inputs); // --out is checked against these by OutputGuard, like every command's.
    }
}
