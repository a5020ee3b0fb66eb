package org.cyberarms.advisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.live.LiveChange;
import org.cyberarms.advisor.live.LiveInputs;
import org.cyberarms.advisor.live.LiveProblem;
import org.cyberarms.advisor.live.LiveStatus;
import org.cyberarms.advisor.live.LiveVersion;
import org.cyberarms.advisor.live.RunRecord;
import org.cyberarms.advisor.trace.Outcome;

import picocli.CommandLine;

/**
 * {@code report --watch}: the report once, then after every save what changed (levels and why, in the
 * diff's words) or the problems of the files with file:line:column, until Ctrl-C. A broken save ends nothing:
 * the last good version stays the one compared with, and the save that fixes it says what changed since.
 * With a what-if ({@code --scenario}, {@code --set}), each save's change is that of the what-if run, scenario
 * files re-read each time.
 */
final class WatchedReport {

    private final ReportCommand command;
    private final Format asked;
    private final PrintWriter err;
    /** The what-if run the next one is compared with; empty until one has run. */
    private Optional<Shown> shown = Optional.empty();
    /** Whether the report has been printed: the first good version prints it, later ones what changed. */
    private boolean reported;

    private record Shown(LiveVersion version, RunRecord record) {}

    WatchedReport(ReportCommand command, Format asked) {
        this.command = command;
        this.asked = asked;
        this.err = command.spec.commandLine().getErr();
    }

    int run() throws Exception {
        if (command.out.file == null && asked != Format.TEXT && asked != Format.MARKDOWN) {
            throw usage("--watch prints to the terminal in text or markdown; for " + asked + " give --out FILE,"
                    + " which is rewritten after every good save");
        }
        if (command.trace.file != null) {
            throw usage("--watch and --trace cannot be combined: a trace records one run; run 'advisor report"
                    + " --trace FILE' when the files are as you want them");
        }
        InputOptions inputs = command.inputs;
        err.println("advisor: watching " + inputs.knowledgeDir() + " (with its scenarios) and " + inputs.rulesDir()
                + "; each save prints what changed. Press Ctrl-C to stop.");
        err.flush();
        RunningCommand.current().watchUntilStopped();
        BlockingQueue<LiveStatus> saves = new LinkedBlockingQueue<>();
        try (LiveInputs live = LiveInputs.watch(inputs.knowledgeDir(), inputs.rulesDir(), inputs.limits())) {
            live.listen(saves::add);
            LiveStatus status = live.status();
            show(live, status);
            while (!Thread.currentThread().isInterrupted()) {
                LiveStatus next = saves.take();
                if (next.version() > status.version()) {
                    status = next;
                    show(live, status);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // Ctrl-C: the watch is over
        }
        return ExitCode.OK;
    }

    /** One reload: the report the first time, then what changed, and the problems of the files, if any. */
    private void show(LiveInputs live, LiveStatus status) throws Exception {
        Optional<LiveVersion> version = live.current().filter(v -> v.number() == status.version());
        boolean first = !reported;
        if (version.isPresent()) {
            showVersion(live, version.get(), status.change());
        }
        if (!status.problems().isEmpty()) {
            problems(status.problems());
            err.println(version.isPresent() ? "The report above stands; fix the files above and save."
                    : status.change().summary());
        } else if (first && version.isEmpty()) {
            err.println(status.change().summary());
        }
        err.flush();
    }

    private void showVersion(LiveInputs live, LiveVersion version, LiveChange change) throws Exception {
        boolean first = !reported;
        Inputs loaded;
        try {
            loaded = new Inputs(version.knowledge(), version.rules(), version.limits())
                    .withWhatIf(command.whatIf, live.knowledgeDir());
        } catch (KnowledgeException e) {
            problems(e.problems().stream().map(LiveProblem::of).toList());
            err.println("The what-if cannot be applied to " + LiveInputs.describe(version) + "; fix the scenario and save.");
            return;
        }
        Outcome outcome;
        try {
            outcome = loaded.whatIf().isEmpty() ? version.outcome() : loaded.evaluate(TraceDetail.FIRINGS_AND_FACTS);
        } catch (RuleRuntimeException e) {
            err.println("advisor: running the rules failed: " + e.getMessage());
            return;
        }
        RunRecord record = loaded.whatIf().isEmpty() ? null : RunRecord.of(loaded.knowledge(),
                version.rules().sourceFiles(), outcome, live.knowledgeDir(), live.rulesDir());
        if (first || command.out.file != null) {
            Output.emit(command.spec, command.out.file, command.render(loaded, outcome, loaded.stamp(), asked));
            reported = true;
        }
        if (!first) {
            Optional<Document> difference = record == null || shown.isEmpty() ? change.document()
                    : shown.get().record().changeTo(record, LiveInputs.describe(shown.get().version()) + " with the what-if",
                            LiveInputs.describe(version) + " with the what-if").document();
            Format terminal = command.out.file == null ? asked : Format.TEXT;
            if (difference.isPresent()) {
                Output.emit(command.spec, null, System.lineSeparator() + Backend.of(terminal).render(difference.get()));
            }
        }
        if (record != null) {
            shown = Optional.of(new Shown(version, record));
        }
    }

    private void problems(List<LiveProblem> problems) {
        err.println();
        err.println("advisor: the files have " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + ":");
        problems.forEach(p -> err.println("  " + p.describe()));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.spec.commandLine(), message);
    }
}
