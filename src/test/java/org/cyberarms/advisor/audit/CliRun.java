package org.cyberarms.advisor.audit;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cyberarms.advisor.cli.AdvisorCommand;

import picocli.CommandLine;

/** Runs the advisor's command line in-process, capturing stdout, stderr and the exit code. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cmd = AdvisorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
