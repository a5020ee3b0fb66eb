package org.cyberarms.advisor.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;

/**
 * A command line that cannot be parsed (unknown option, missing or out-of-range value) gets one line on
 * stderr saying what is wrong and where to read more, and the usage exit code; not the whole usage text,
 * which would bury the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = TerminalText.safe(cmd.getErr());
        err.println("advisor: " + oneLine(ex.getMessage()) + suggestions(ex)
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String suggestions(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> close = unmatched.getSuggestions();
            if (!close.isEmpty()) {
                return "; did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size()))) + "?";
            }
        }
        return "";
    }

    private static String oneLine(String message) {
        String line = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
