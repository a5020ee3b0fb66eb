package org.cyberarms.advisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.audit.AnalystTests;
import org.cyberarms.advisor.audit.TestAnswer;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleBaseCompiler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run analysts' expectation files (YAML; format in docs/analyst-tests.md) against the rules:"
                + " given facts, expect levels, blockers, recommendations, actions, caveats (each exact), rules that"
                + " fire or do not fire.",
                "Opens with the verdict ('All N cases passed', or 'N of M cases failed'), then each failed case"
                        + " with its file:line, what differs and a command to look further, then the cases that"
                        + " passed. Exit 7 when any case fails."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor test",
            "  ./advisor test my-tests --rules my-rules --out tests.md"
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

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @CommandLine.Mixin
    OutOption out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: " + dir);
        }
        List<AnalystTests.CaseResult> results =
                new AnalystTests(new RuleBaseCompiler().compile(rulesDir), knowledgeDir).run(dir);
        Output.emit(spec, out.file, Backend.of(format.chosen(out.file)).render(TestAnswer.of(results, dir, rulesDir)));
        return results.stream().allMatch(AnalystTests.CaseResult::passed) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(dir, "the analyst tests folder").folder(knowledgeDir, "the knowledge folder")
                .folder(rulesDir, "the rules folder");
    }
}
