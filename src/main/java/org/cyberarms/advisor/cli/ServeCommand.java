package org.cyberarms.advisor.cli;

import java.util.concurrent.Callable;

import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.live.LiveInputs;
import org.cyberarms.advisor.serve.LiveEndpoints;
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
                    + " rules, and writes nothing but scenario files the page saves (knowledge/scenarios).",
            "It follows the files: each save of a knowledge, scenario or rule file reloads them in the background,"
                    + " and the page says what changed, or where the saved file is broken (file:line:column)"
                    + " while it keeps answering from the last version that worked."
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
        if (Workbench.isWildcard(bind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " means every address"
                    + " of this computer; name the one address the workbench should listen on (the page is"
                    + " refused under any other name).");
        }
        RunLimits limits = inputs.limits();
        // The folders are watched from the start: every save reloads them in the background (package live),
        // and every answer is computed from the newest version that read without problems.
        LiveInputs live = LiveInputs.watch(inputs.knowledgeDir(), inputs.rulesDir(), limits);
        try (live) {
            live.firstVersion(); // files that do not read at start are reported as every command reports them
            LiveEndpoints endpoints = new LiveEndpoints(live);
            Workbench.Settings settings = endpoints.addTo(new Workbench.Settings(bind, port, endpoints.inputs(),
                    inputs.knowledgeDir(), limits, AdvisorVersion.current()));
            serve(settings, endpoints);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return ExitCode.CANCELLED;
        }
        return ExitCode.OK;
    }

    /** Serves until stopped; the event streams end before the server stops, so that pages see them end. */
    private void serve(Workbench.Settings settings, LiveEndpoints endpoints) throws Exception {
        try (Workbench workbench = Workbench.start(settings); endpoints) {
            if (!Workbench.isLoopback(bind)) {
                spec.commandLine().getErr().println("advisor: WARNING: the workbench listens on " + bind
                        + ": other computers that can reach this address can read the knowledge and the rules.");
            }
            spec.commandLine().getOut().println("Open " + workbench.pageAddress());
            spec.commandLine().getOut().println("(Ctrl-C stops the workbench.)");
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            workbench.join();
        }
    }
}
