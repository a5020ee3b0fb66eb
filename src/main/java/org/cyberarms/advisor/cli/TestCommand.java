package org.cyberarms.advisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.AnalystTests;
import org.cyberarms.advisor.engine.RuleBaseCompiler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run analysts' expectation files (YAML; format in docs/analyst-tests.md) against the rules:"
                + " given facts, expect levels, blockers, recommendations, actions, caveats (each exact), rules that"
                + " fire or do not fire.",
                "Prints each case as passed or failed with the difference, then 'N passed, N failed'."
                        + " Exit 7 when any case fails."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor test",
            "  ./advisor test my-tests --rules my-rules"
        })
final class TestCommand implements Callable<Integer>, InputPaths.NamesInputs {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "rules/tests",
            description = "Folder of expectation files (*.yaml). Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge",
            description = "Knowledge folder for cases that name none. Default: ${DEFAULT-VALUE}.")
    Path knowledgeDir;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rule files under test (*.drl at its top level; subfolders are not read). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path rulesDir;

    @CommandLine.Mixin
    TimeLimitOption timeLimit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: " + dir);
        }
        List<AnalystTests.CaseResult> results =
                new AnalystTests(new RuleBaseCompiler().compile(rulesDir), knowledgeDir).run(dir);
        StringBuilder out = new StringBuilder();
        long failed = 0;
        for (AnalystTests.CaseResult r : results) {
            out.append(r.passed() ? "passed  " : "FAILED  ").append(r.file()).append(": ").append(r.name()).append('\n');
            for (String d : r.differences()) {
                out.append("          ").append(d).append('\n');
            }
            failed += r.passed() ? 0 : 1;
        }
        out.append(results.size() - failed).append(" passed, ").append(failed).append(" failed\n");
        Output.emit(spec, null, out.toString());
        return failed == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(dir, "the analyst tests folder").folder(knowledgeDir, "the knowledge folder")
                .folder(rulesDir, "the rules folder");
    }
}
