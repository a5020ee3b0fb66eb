package org.cyberarms.advisor.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "advisor",
        mixinStandardHelpOptions = true,
        versionProvider = AdvisorVersion.class,
        description = {
            "Feasibility Advisor: how mature each element of an assessment is, and why.",
            "A knowledge pack says it: its knowledge (knowledge/*.yaml) says how each element stands on each"
                    + " dimension of a maturity model, and its rules (rules/*.drl) infer each element's level and"
                    + " recommend. The pack in this folder assesses " + PackExamples.SUBJECT_WORDS + "; --pack DIR"
                    + " runs any other (README: Write your own knowledge pack)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor report",
            "  ./advisor report --out report.html",
            "  ./advisor explain " + PackExamples.ID,
            "  ./advisor whatif " + PackExamples.A_SCENARIO,
            "  ./advisor serve",
            "  ./advisor help report"
        },
        subcommands = {ReportCommand.class, WhatIfCommand.class, PathCommand.class, SensitivityCommand.class,
            UncertaintyCommand.class, ExplainCommand.class, TraceCommand.class, AuditCommand.class, DiffCommand.class, CheckCommand.class,
            TestCommand.class, InitCommand.class, SchemasCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class AdvisorCommand implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Say on stderr which files were read, how long the rules took to build and how many"
                    + " fired, with the engine's own log (quiet by default).")
    void verbose(boolean on) {
        if (on) {
            Verbosity.verbose();
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'advisor report'.");
    }

    /** The command line, configured as the advisor runs it; tests call this too. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new AdvisorCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setExecutionStrategy(new CommandRunner());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        // The help's examples name the pack the command line names (its first element, a scenario, ...), else
        // the current folder's: read when the help is printed, after the line is parsed.
        cmd.setResourceBundle(new PackExamples(() -> PackFolders.knowledgeNamedBy(cmd)));
        describe(cmd);
        return cmd;
    }

    /** Exit codes, this command's formats, and examples printed as written, in every command's help. */
    private static void describe(CommandLine cmd) {
        CommandLine.Model.UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        // picocli reflows a footer to the terminal's width, which would break an example mid-command: the
        // examples are printed line by line as written (each short enough for 80 columns; HelpTextTest), each on
        // the pack this command line names, so that they run as pasted.
        usage.sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            String[] examples = help.commandSpec().usageMessage().footer();
            return Arrays.stream(examples).map(example -> PackFolders.onTheSamePack(help.commandSpec(), example))
                    .collect(Collectors.joining(System.lineSeparator()))
                    + (examples.length == 0 ? "" : System.lineSeparator());
        });
        FormatOption.describeIn(cmd.getCommandSpec());
        cmd.getSubcommands().values().forEach(AdvisorCommand::describe);
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cmd = commandLine();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CommandRunner.stopOnCtrlC(cmd.getErr()), "ctrl-c"));
        // System.exit, not a return: it also ends a command's thread stuck in a rule that never returns.
        System.exit(cmd.execute(args));
    }
}
