package org.cyberarms.advisor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cyberarms.advisor.engine.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command asked for on a worker thread, under the command's wall-clock limit ({@code --max-seconds}),
 * which covers all of it: loading, rules, and preparing the answer. A rule's action that never returns cannot
 * be interrupted from inside the engine, so the limit is kept here: when it runs out the command is stopped
 * before it writes anything (see {@link RunningCommand}), the message names the rule that was running, and
 * the exit code is that of a rule run failure. The process then ends ({@link AdvisorCommand#main}), taking
 * the stuck thread with it. Ctrl-C stops a command the same way ({@link #stopOnCtrlC}).
 */
final class CommandRunner implements CommandLine.IExecutionStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    /** How long a stopped command may take to remove its temporary files before the process ends. */
    private static final Duration SETTLE = Duration.ofMillis(300);

    /** How long a command that was writing its output when its time ran out is given to finish writing. */
    private static final Duration FINISH_WRITING = Duration.ofSeconds(10);

    /** The command this process runs now, for the Ctrl-C hook. */
    private static volatile Running current;

    private record Running(RunningCommand command, Thread worker, String whenCancelled) {}

    /**
     * A command that runs until Ctrl-C (the workbench server): no wall-clock limit on the whole command (its
     * {@code --max-seconds} bounds each evaluation instead), and its own words when it is stopped.
     */
    interface RunsUntilStopped {
        /** What Ctrl-C prints once the command has stopped. */
        String whenStopped();

        /** False when the command runs until stopped only with an option ({@code report --watch}). */
        default boolean runsUntilStopped() {
            return true;
        }
    }

    @Override
    public int execute(ParseResult parsed) throws CommandLine.ExecutionException, CommandLine.ParameterException {
        CommandLine top = parsed.commandSpec().commandLine();
        top.setErr(TerminalText.safe(top.getErr())); // messages quote names from input files: no raw controls
        CommandLine asked = commandAsked(parsed);
        if (!asked.isUsageHelpRequested() && !asked.isVersionHelpRequested()) {
            // Before the command runs (and so before any rule runs): no output may overwrite an input. A refusal
            // is a usage error: picocli hands it to the UsageErrorHandler, as it does a wrong option.
            PackFolders.refuseMixed(asked.getCommandSpec());
            OutputGuard.check(asked.getCommandSpec());
        }
        boolean untilStopped = asked.getCommandSpec().userObject() instanceof RunsUntilStopped until
                && until.runsUntilStopped();
        Optional<Duration> limit = untilStopped ? Optional.empty() : timeLimit(asked);
        RunningCommand command = new RunningCommand();
        FutureTask<Integer> body = new FutureTask<>(() -> {
            command.runOnThisThread();
            return new CommandLine.RunLast().execute(parsed);
        });
        Thread worker = new Thread(body, "advisor-command");
        worker.setDaemon(true); // a rule stuck in a loop must not keep the process alive
        current = new Running(command, worker, untilStopped
                ? ((RunsUntilStopped) asked.getCommandSpec().userObject()).whenStopped()
                : "advisor: cancelled; no output was written.");
        worker.start();
        try {
            int exitCode = limit.isPresent() ? body.get(limit.get().toMillis(), TimeUnit.MILLISECONDS) : body.get();
            return command.stopped() ? ExitCode.CANCELLED : exitCode;
        } catch (TimeoutException outOfTime) {
            if (!command.stop()) {
                return finishWriting(body);
            }
            // What was running, read before the interrupt: a woken action ends its firing, and would no longer show.
            String activity = RuleBase.activityNow().describe();
            worker.interrupt(); // a sleeping or waiting action wakes up; a spinning one is ended with the process
            PrintWriter err = asked.getErr();
            err.println("advisor: the command did not finish within " + limit.get().toSeconds()
                    + " s (--max-seconds): " + activity + ".");
            err.println("No output was written.");
            err.flush();
            return ExitCode.RULE_RUNTIME_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            command.stop();
            worker.interrupt();
            return ExitCode.CANCELLED;
        } catch (java.util.concurrent.ExecutionException failed) {
            if (command.stopped()) {
                return ExitCode.CANCELLED; // Ctrl-C: the hook has said so
            }
            throw rethrown(failed.getCause(), asked);
        } finally {
            current = null;
        }
    }

    /**
     * For the process's shutdown hook: Ctrl-C stops the running command before it writes anything, gives it a
     * moment to remove temporary files, and says so. A command already writing is let finish.
     */
    static void stopOnCtrlC(PrintWriter err) {
        Running running = current;
        if (running == null) {
            return; // the process is ending normally
        }
        if (!running.command().stop()) {
            join(running.worker(), FINISH_WRITING);
            return;
        }
        running.worker().interrupt();
        join(running.worker(), SETTLE);
        err.println();
        err.println(running.whenCancelled());
        err.flush();
    }

    private static int finishWriting(FutureTask<Integer> body) {
        try {
            return body.get(FINISH_WRITING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception stillWriting) {
            return ExitCode.OUTPUT_ERROR;
        }
    }

    /**
     * The body's failure, as picocli would have seen it on this thread: picocli's exceptions go on to the
     * failure handler; an Error (out of memory while preparing an answer) becomes one the handler can word.
     */
    private static RuntimeException rethrown(Throwable failure, CommandLine asked) {
        if (failure instanceof RuntimeException e) {
            return e;
        }
        LOG.debug("command failed", failure);
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
            return new CommandLine.ExecutionException(asked, "out of resources", new OutOfResources());
        }
        return new CommandLine.ExecutionException(asked, String.valueOf(failure), new RuntimeException(failure));
    }

    /** The subcommand that was asked for (the last one on the command line). */
    static CommandLine commandAsked(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().commandLine();
    }

    /** The command's {@code --max-seconds}, given or default; none for commands that run no rules. */
    private static Optional<Duration> timeLimit(CommandLine asked) {
        OptionSpec option = asked.getCommandSpec().findOption("--max-seconds");
        if (option == null || option.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(((Number) option.getValue()).longValue()));
    }

    private static void join(Thread thread, Duration atMost) {
        try {
            thread.join(atMost.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The advisor ran out of memory outside the rules (a rule that does is named by the engine). */
    static final class OutOfResources extends RuntimeException {
        OutOfResources() {
            super("the advisor ran out of memory (or stack space) preparing the answer; give Java more memory"
                    + " (e.g. JAVA_OPTS=-Xmx2g) or use smaller inputs", null, false, false);
        }
    }
}
