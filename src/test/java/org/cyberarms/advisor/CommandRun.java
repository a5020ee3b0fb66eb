package org.cyberarms.advisor;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cyberarms.advisor.cli.AdvisorCommand;

import picocli.CommandLine;

/** Runs the advisor's command line in-process, as a user would from the shell, capturing both streams. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        CommandLine cmd = AdvisorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /**
     * The output with every run of white space as one space: what a text answer says, whatever the column its
     * lines were wrapped at.
     */
    public String words() {
        return out.strip().replaceAll("\\s+", " ");
    }
}
