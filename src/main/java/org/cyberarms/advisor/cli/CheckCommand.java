package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.CheckFinding;
import org.cyberarms.advisor.audit.CheckResult;
import org.cyberarms.advisor.audit.RuleBaseCheck;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the rule files after an edit: build problems (file:line:column); every combination"
                + " of reliance and status over the model's dimensions run through the rules, reporting any that"
                + " gets no level (gap) or more than one (conflict), and unlikely outcomes with no recommendation;"
                + " rules that never fire (dead) and rules without @rationale.",
                "Exit 0 when the rules pass, 7 when a problem is found (so it can gate a change)."})
final class CheckCommand implements Callable<Integer>, InputPaths.NamesInputs {

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge",
            description = "Knowledge folder: its maturity model gives the scales to enumerate. Default: ${DEFAULT-VALUE}.")
    Path knowledgeDir;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rule files to check (*.drl at its top level; subfolders are not read). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path rulesDir;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + RuleBaseCheck.DEFAULT_BATCH,
            description = "Combinations run per engine session. Default: ${DEFAULT-VALUE}.")
    int batch;

    /** Longer than the other commands' 60 s: the combinations grow with every dimension added to the model. */
    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "600", converter = WholeNumber.Seconds.class,
            description = TimeLimitOption.DESCRIPTION)
    int maxSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CheckResult result = new RuleBaseCheck(batch).check(rulesDir, new KnowledgeLoader().load(knowledgeDir));
        StringBuilder out = new StringBuilder();
        out.append("advisor check: ").append(rulesDir).append(": ").append(result.rules()).append(" rules, ")
                .append(String.format("%,d", result.combinations())).append(" combinations (")
                .append(result.enumerated()).append(")\n");
        for (CheckFinding f : result.findings()) {
            out.append("  ").append(f.describe()).append('\n');
        }
        out.append(result.passed() ? "OK: no problem found.\n"
                : result.findings().size() + " problem" + (result.findings().size() == 1 ? "" : "s")
                        + " found; fix them before using these rules.\n");
        Output.emit(spec, null, out.toString());
        return result.passed() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(knowledgeDir, "the knowledge folder").folder(rulesDir, "the rules folder");
    }
}
