package org.cyberarms.advisor.cli;

import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "advisor",
        mixinStandardHelpOptions = true,
        versionProvider = AdvisorVersion.class,
        description = {
            "Feasibility Advisor: how feasible is each element of a proposed binding international instrument"
                    + " on cyberweapons, and why.",
            "Knowledge (knowledge/*.yaml) says how each element stands on political endorsement, attribution,"
                    + " compliance and verification; rules (rules/*.drl) infer its maturity level and recommend."
        },
        subcommands = {ReportCommand.class, WhatIfCommand.class, PathCommand.class, SensitivityCommand.class,
            UncertaintyCommand.class, ExplainCommand.class, TraceCommand.class, AuditCommand.class, DiffCommand.class, CheckCommand.class,
            TestCommand.class, CommandLine.HelpCommand.class})
public final class AdvisorCommand implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Show the engine's log on stderr (quiet by default).")
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
        listExitCodes(cmd);
        return cmd;
    }

    private static void listExitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.HELP);
        cmd.getSubcommands().values().forEach(AdvisorCommand::listExitCodes);
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cmd = commandLine();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CommandRunner.stopOnCtrlC(cmd.getErr()), "ctrl-c"));
        // System.exit, not a return: it also ends a command's thread stuck in a rule that never returns.
        System.exit(cmd.execute(args));
    }
}
