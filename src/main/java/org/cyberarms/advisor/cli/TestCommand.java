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
            "  ./advisor test --pack my-pack",
            "  ./advisor test my-tests --rules my-rules --out tests.md"
        })
final class TestCommand implements Callable<Integer>, InputPaths.NamesInputs {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Folder of expectation files (*.yaml). Default: the rules folder's tests/ (rules/tests;"
                    + " PACK/rules/tests with --pack; R/tests with --rules R).")
    Path dir;

    /** The rules under test, and the knowledge for cases that name none. */
    @Mixin
    PackFolders folders;

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
        Path tests = testsDir();
        if (!Files.isDirectory(tests)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: " + tests);
        }
        Path rulesDir = folders.rulesDir();
        List<AnalystTests.CaseResult> results =
                new AnalystTests(new RuleBaseCompiler().compile(rulesDir), folders.knowledgeDir()).run(tests);
        Output.emit(spec, out.file, Backend.of(format.chosen(out.file)).render(TestAnswer.of(results, tests, rulesDir)));
        return results.stream().allMatch(AnalystTests.CaseResult::passed) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(testsDir(), "the analyst tests folder");
        folders.addInputsTo(inputs);
    }

    /** The folder given, else the tests beside the rules under test. */
    private Path testsDir() {
        return dir != null ? dir : folders.testsDir();
    }
}
