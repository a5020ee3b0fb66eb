package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.cyberarms.advisor.audit.AnalystTestFormatException;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleProblem;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeProblem;
import org.cyberarms.advisor.trace.TraceFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Turns every failure into a plain message on stderr that says what is wrong and where, and into the
 * exit code of its kind. No stack trace reaches the analyst's terminal (it is logged under --verbose).
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        LOG.debug("command failed", failure);
        Exception e = buildProblemsWithin(failure);
        if (e instanceof KnowledgeException k) {
            err.println("advisor: the knowledge or scenario input has " + count(k.problems().size(), "problem") + ":");
            for (KnowledgeProblem p : k.problems()) {
                err.println("  " + p.describe());
            }
            err.println("No rule was run and no output was written. Fix the files above and run again.");
            return ExitCode.INVALID_KNOWLEDGE;
        }
        if (e instanceof RuleBuildException r) {
            err.println("advisor: the rule files have " + count(r.problems().size(), "problem") + ":");
            for (RuleProblem p : r.problems()) {
                err.println("  " + p.describe());
            }
            err.println("No rule was run and no output was written. Fix the rules above and run again.");
            return ExitCode.RULE_BUILD_ERROR;
        }
        if (e instanceof RuleRuntimeException r) {
            err.println("advisor: running the rules failed: " + r.getMessage());
            err.println("No output was written.");
            return ExitCode.RULE_RUNTIME_ERROR;
        }
        if (e instanceof TraceFormatException t) {
            err.println("advisor: " + t.getMessage());
            return ExitCode.INVALID_KNOWLEDGE;
        }
        if (e instanceof AnalystTestFormatException t) {
            err.println("advisor: the analyst test files have " + count(t.problems().size(), "problem") + ":");
            for (String p : t.problems()) {
                err.println("  " + p);
            }
            err.println("No test was run. Fix the files above and run again.");
            return ExitCode.INVALID_KNOWLEDGE;
        }
        if (e instanceof CommandRunner.OutOfResources o) {
            err.println("advisor: " + o.getMessage() + ". No output was written.");
            return ExitCode.INTERNAL_ERROR;
        }
        if (e instanceof IOException io) {
            err.println("advisor: cannot write the output: " + io.getMessage()
                    + ". Any previous file of that name is unchanged.");
            return ExitCode.OUTPUT_ERROR;
        }
        err.println("advisor: internal error (" + e + "). This is a bug in the advisor; please report it"
                + " with the command you ran. Run again with --verbose for details.");
        return ExitCode.INTERNAL_ERROR;
    }

    /**
     * The rule build problems a failure carries, when a rule run found words off the knowledge's scales (the
     * engine's guard raises them inside the run): reported as the build error they are.
     */
    private static Exception buildProblemsWithin(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleBuildException problems) {
                return problems;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
