package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.live.EditedPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code advisor report --watch}, run in-process on a temporary copy of the bundled pack while the test edits
 * its files as an editor saves them: the report first, then what each save changed, or where the files are
 * broken, and a broken file ends nothing.
 */
class ReportWatchTest {

    /** Generous: the rules are rebuilt on a machine shared with other builds. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private final List<Watching> started = new ArrayList<>();

    /** The command running on its own thread, and what it has printed so far. */
    private record Watching(Thread thread, StringWriter out, StringWriter err, AtomicInteger exitCode) {

        void awaitOut(String text) {
            await(out::toString, text, "stdout");
        }

        void awaitErr(String text) {
            await(err::toString, text, "stderr");
        }

        private void await(Supplier<String> printed, String text, String where) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!printed.get().contains(text) && System.nanoTime() < deadline) {
                sleep(20);
            }
            assertThat(printed.get()).as(where + " (stderr: " + err + ")").contains(text);
        }

        /** As Ctrl-C: the command thread is interrupted, and must end promptly. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertThat(thread.isAlive()).as("still watching after the interrupt").isFalse();
        }
    }

    private Watching watch(String... args) {
        CommandLine cmd = AdvisorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        AtomicInteger exitCode = new AtomicInteger(-1);
        List<String> all = new ArrayList<>(List.of("report", "--watch"));
        all.addAll(List.of(args));
        Thread thread = new Thread(() -> exitCode.set(cmd.execute(all.toArray(String[]::new))), "report-watch-test");
        thread.start();
        Watching watching = new Watching(thread, out, err, exitCode);
        started.add(watching);
        return watching;
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Watching w : started) {
            w.stop();
        }
    }

    @Test
    void printsTheReportThenWhatEachSaveChangedThenTheErrorsOfABrokenRuleThenItsRecovery() throws Exception {
        EditedPack pack = EditedPack.copyInto(tmp);
        Watching watching = watch("--knowledge", pack.knowledge().toString(), "--rules", pack.rules().toString());

        watching.awaitErr("advisor: watching " + pack.knowledge() + " (with its scenarios) and " + pack.rules()
                + "; each save prints what changed. Press Ctrl-C to stop.");
        assertThat(watching.err().toString().lines().findFirst()).hasValueSatisfying(
                first -> assertThat(first).startsWith("advisor: watching"));
        watching.awaitOut("Glossary");

        pack.raiseE16Attribution();
        watching.awaitOut("1 element changes level: E16 likely → feasible.");
        assertThat(oneLine(watching.out().toString())).contains("E16 Confidence-building measures and information"
                + " exchange: likely → feasible, because Attribution changed weak → partial.")
                .contains("knowledge/elements.yaml: changed");

        String good = EditedPack.read(pack.constraints());
        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");
        watching.awaitErr(pack.constraints() + ":72:5: syntax error");
        // The summary is the next line printed after the problems: wait for it rather than read at once.
        watching.awaitErr("still showing version 2");
        assertThat(watching.thread().isAlive()).as("still watching after a broken save").isTrue();

        EditedPack.saveByRename(pack.constraints(), good);
        watching.awaitOut("Nothing changed");
        assertThat(watching.out().toString()).doesNotContain("Exception", "LiveStatus[", "LiveProblem[");
    }

    @Test
    void inMarkdownEachChangeIsAMarkdownSection() throws Exception {
        EditedPack pack = EditedPack.copyInto(tmp);
        Watching watching = watch("--format", "markdown", "--knowledge", pack.knowledge().toString(),
                "--rules", pack.rules().toString());
        watching.awaitOut("Glossary");

        pack.raiseE16Attribution();

        watching.awaitOut("# What changed");
        assertThat(watching.out().toString()).contains("1 element changes level: E16 likely → feasible.");
    }

    @Test
    void withAWhatIfEachSaveSaysWhatChangedInTheWhatIf() throws Exception {
        EditedPack pack = EditedPack.copyInto(tmp);
        Watching watching = watch("--set", "E03.attribution=weak", "--knowledge", pack.knowledge().toString(),
                "--rules", pack.rules().toString());
        watching.awaitOut("Glossary");

        EditedPack.replaceAfter(pack.elements(), "id: E03", "verification:\n        reliance: critical\n"
                + "        rounds: [none, none, none]", "verification:\n        reliance: critical\n"
                + "        rounds: [weak, weak, weak]");

        watching.awaitOut("1 element changes level: E03 unlikely → possible.");
    }

    @Test
    void withOutTheFileIsRewrittenAfterEveryGoodSave() throws Exception {
        EditedPack pack = EditedPack.copyInto(tmp);
        Path report = tmp.resolve("report.html");
        Watching watching = watch("--out", report.toString(), "--knowledge", pack.knowledge().toString(),
                "--rules", pack.rules().toString());
        watching.awaitErr("advisor: wrote " + report);
        String before = Files.readString(report);

        pack.raiseE16Attribution();

        watching.awaitOut("1 element changes level: E16 likely → feasible.");
        assertThat(Files.readString(report)).isNotEqualTo(before).contains("<html");
    }

    @Test
    void htmlOnTheTerminalIsRefusedWithTheWayToGetIt() {
        CommandRun run = CommandRun.of("report", "--watch", "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--watch prints to the terminal in text or markdown; for html give --out FILE");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
