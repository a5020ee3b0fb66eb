package org.cyberarms.advisor.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.serve.Inputs;
import org.cyberarms.advisor.serve.Loaded;
import org.cyberarms.advisor.serve.Workbench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Starts the workbench: a page in your browser where every what-if shows its consequences at once"
                    + " (levels, blockers, what it would take, recommendations, actions), with explanations,"
                    + " paths and scenarios. It prints the address to open, with a token that lets the page save"
                    + " scenarios; Ctrl-C stops it.",
            "It listens on 127.0.0.1 only: nothing else on the network can reach it. It reads the knowledge and"
                    + " rules, and writes nothing but scenario files the page saves (knowledge/scenarios)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor serve",
            "  ./advisor serve --port 9000",
            "  ./advisor serve --knowledge my-knowledge --rules my-rules"
        })
final class ServeCommand implements Callable<Integer>, CommandRunner.RunsUntilStopped {

    @Spec
    CommandSpec spec;

    // The seam for --pack (issue 11): it arrives in InputOptions, so every command, this one too, gets it.
    @Mixin
    InputOptions inputs;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = WholeNumber.Port.class,
            description = "The port to listen on, 0 to 65535; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = Workbench.LOOPBACK,
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this computer only. Any other"
                    + " address lets other computers reach the workbench and needs --allow-network too.")
    String bind;

    @Option(names = "--allow-network",
            description = "Allow --bind to an address other computers can reach. Anyone who can reach it can"
                    + " read the knowledge; saving still needs the token.")
    boolean allowNetwork;

    @Override
    public String whenStopped() {
        return "advisor: the workbench has stopped.";
    }

    @Override
    public Integer call() throws Exception {
        if (!Workbench.isLoopback(bind) && !allowNetwork) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " would let other"
                    + " computers reach the workbench. If that is what you want, add --allow-network;"
                    + " otherwise leave --bind out (it listens on " + Workbench.LOOPBACK + ", this computer only).");
        }
        org.cyberarms.advisor.cli.Inputs loaded = org.cyberarms.advisor.cli.Inputs.load(inputs);
        RunLimits limits = new RunLimits(inputs.maxFirings, Duration.ofSeconds(inputs.maxSeconds));
        Workbench.Settings settings = new Workbench.Settings(bind, port,
                Inputs.fixed(new Loaded(loaded.knowledge(), loaded.ruleBase(), 1)), inputs.knowledgeDir, limits,
                AdvisorVersion.current());
        try (Workbench workbench = Workbench.start(settings)) {
            if (!Workbench.isLoopback(bind)) {
                spec.commandLine().getErr().println("advisor: WARNING: the workbench listens on " + bind
                        + ": other computers that can reach this address can read the knowledge and the rules.");
            }
            spec.commandLine().getOut().println("Open " + workbench.pageAddress());
            spec.commandLine().getOut().println("(Ctrl-C stops the workbench.)");
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            workbench.join();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return ExitCode.CANCELLED;
        }
        return ExitCode.OK;
    }
}
