package org.cyberarms.advisor.live;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.live.FolderWatch.Part;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge and rules folders, kept read while they are edited. Each settled save ({@link FolderWatch})
 * reloads the knowledge or rebuilds the rules on one background thread; a save that comes while a reload
 * runs is taken by the next one, so saves in quick succession cost one reload, not one each.
 *
 * <p>A reload whose knowledge reads and whose rules build, pass the scales check and run becomes the
 * {@link #current()} version; one that does not leaves the last good version serving and records its
 * problems, with file, line and column, in the {@link #status()}. Either way the status version grows by
 * one and every listener hears of it. A broken scenario file is a problem to show but does not hold back a
 * good version: the assessment does not read it. Input files are only read, never written.
 */
public final class LiveInputs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveInputs.class);

    private final Path knowledgeDir;
    private final Path rulesDir;
    private final RunLimits limits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "live-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private final Set<Part> changed = EnumSet.noneOf(Part.class);
    private final List<Consumer<LiveStatus>> listeners = new CopyOnWriteArrayList<>();
    private FolderWatch watch;

    // Touched by the worker thread only.
    private Read<Knowledge> knowledge;
    private List<LiveProblem> scenarioProblems = List.of();
    private Read<RuleBase> rules;
    private Good good;

    private volatile Optional<LiveVersion> current = Optional.empty();
    private volatile LiveStatus status;
    /** What held the last reload back, when it was held back. */
    private volatile Exception holdingBack;

    /** A part read, or the failure that kept it from reading. */
    private record Read<T>(Optional<T> value, Optional<Exception> failure, List<LiveProblem> problems) {
        static <T> Read<T> ok(T value) {
            return new Read<>(Optional.of(value), Optional.empty(), List.of());
        }

        static <T> Read<T> failed(Exception failure, List<LiveProblem> problems) {
            return new Read<>(Optional.empty(), Optional.of(failure), problems);
        }
    }

    /** A good version with what the next one is compared against. */
    private record Good(LiveVersion version, RunRecord run) {}

    private LiveInputs(Path knowledgeDir, Path rulesDir, RunLimits limits) {
        this.knowledgeDir = knowledgeDir;
        this.rulesDir = rulesDir;
        this.limits = limits;
    }

    /**
     * Reads the folders once (status version 1) and from then on watches them. Returns when the first read is
     * done, good or not: see {@link #current()} and {@link #status()}.
     *
     * @throws IOException when the folders cannot be watched
     */
    public static LiveInputs watch(Path knowledgeDir, Path rulesDir, RunLimits limits) throws IOException {
        LiveInputs inputs = new LiveInputs(knowledgeDir, rulesDir, limits);
        // Watching starts before the first read, so that a save during it is not missed.
        inputs.watch = new FolderWatch(absolute(knowledgeDir), absolute(knowledgeDir.resolve(ScenarioLoader.FOLDER)),
                absolute(rulesDir), inputs::changed);
        inputs.changed(EnumSet.allOf(Part.class));
        try {
            inputs.worker.submit(() -> { }).get(); // the first read was queued before this
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inputs.close();
            throw new IOException("interrupted while reading the inputs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return inputs;
    }

    /** The last good version: what answers are computed from. Empty until the files have read without problems. */
    public Optional<LiveVersion> current() {
        return current;
    }

    /**
     * The first good version, for a command that cannot start without one (the workbench): when the first read
     * failed, its failure, exactly as a command that reads the files once reports it.
     */
    public LiveVersion firstVersion() throws KnowledgeException, RuleBuildException, RuleRuntimeException {
        Optional<LiveVersion> version = current;
        if (version.isPresent()) {
            return version.get();
        }
        Exception failure = holdingBack;
        if (failure instanceof KnowledgeException e) {
            throw e;
        }
        if (failure instanceof RuleBuildException e) {
            throw e;
        }
        if (failure instanceof RuleRuntimeException e) {
            throw e;
        }
        throw new IllegalStateException("the files did not read", failure);
    }

    /** The version count, the problems of the files now, and what the last reload changed. */
    public LiveStatus status() {
        return status;
    }

    public Path knowledgeDir() {
        return knowledgeDir;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /**
     * Calls {@code listener} with the new status after every reload, good or broken, on the reload thread (so
     * it must return quickly). Closing the subscription stops the calls.
     */
    public AutoCloseable listen(Consumer<LiveStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear(); // first: a reload cut short by the close below is told to no one
        if (watch != null) {
            watch.close();
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A settled save: note what changed and queue one reload, unless one is queued already and will see it. */
    private void changed(Set<Part> parts) {
        synchronized (changed) {
            changed.addAll(parts);
        }
        if (reloadQueued.compareAndSet(false, true)) {
            try {
                worker.execute(this::reload);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                reloadQueued.set(false);
            }
        }
    }

    private void reload() {
        reloadQueued.set(false); // a save from now on queues another reload, which will see it
        Set<Part> parts;
        synchronized (changed) {
            parts = EnumSet.copyOf(changed.isEmpty() ? EnumSet.allOf(Part.class) : changed);
            changed.clear();
        }
        try {
            long start = System.nanoTime();
            if (parts.contains(Part.KNOWLEDGE)) {
                knowledge = readKnowledge();
            }
            if (parts.contains(Part.RULES)) {
                rules = buildRules();
            }
            publish(assemble());
            LOG.info("reloaded {} in {} ms", parts, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException unexpected) {
            LOG.warn("reload failed", unexpected);
            publish(new Reloaded(List.of(new LiveProblem(knowledgeDir.toString(), 0, 0, "the advisor could not read the"
                    + " files after this save; the last good version is still in use. Save again, or restart it"
                    + " with --verbose to see why")), Optional.empty(), Optional.of(unexpected)));
        }
    }

    private Read<Knowledge> readKnowledge() {
        try {
            Knowledge read = new KnowledgeLoader().load(knowledgeDir);
            scenarioProblems = scenarioProblems(read);
            return Read.ok(read);
        } catch (KnowledgeException e) {
            scenarioProblems = List.of();
            return Read.failed(e, e.problems().stream().map(LiveProblem::of).toList());
        }
    }

    /** The scenario files read against the knowledge, as {@code --scenario} would read them. */
    private List<LiveProblem> scenarioProblems(Knowledge read) {
        ScenarioLoader scenarios = ScenarioLoader.besideKnowledge(knowledgeDir);
        try {
            scenarios.load(scenarios.available(), read);
            return List.of();
        } catch (KnowledgeException e) {
            return e.problems().stream().map(LiveProblem::of).toList();
        }
    }

    private Read<RuleBase> buildRules() {
        try {
            return Read.ok(new RuleBaseCompiler().compile(rulesDir));
        } catch (RuleBuildException e) {
            return Read.failed(e, e.problems().stream().map(LiveProblem::of).toList());
        }
    }

    /** What a reload came to: the problems, and the new good version if there are none that hold it back. */
    private record Reloaded(List<LiveProblem> problems, Optional<Good> good, Optional<Exception> failure) {}

    private Reloaded assemble() {
        long number = (status == null ? 0 : status.version()) + 1;
        List<LiveProblem> problems = new ArrayList<>(knowledge.problems());
        problems.addAll(rules.problems());
        if (problems.isEmpty()) {
            Knowledge read = knowledge.value().orElseThrow();
            RuleBase built = rules.value().orElseThrow();
            try {
                built.checkVocabulary(read);
                LiveVersion version = new LiveVersion(number, read, built, limits,
                        built.evaluate(read, limits, TraceDetail.FIRINGS_AND_FACTS), Instant.now());
                problems.addAll(scenarioProblems);
                return new Reloaded(problems, Optional.of(remembered(version)), Optional.empty());
            } catch (RuleBuildException e) {
                e.problems().forEach(p -> problems.add(LiveProblem.of(p)));
                problems.addAll(scenarioProblems);
                return new Reloaded(problems, Optional.empty(), Optional.of(e));
            } catch (RuleRuntimeException e) {
                problems.add(new LiveProblem(rulesDir.toString(), 0, 0, "running the rules failed: " + e.getMessage()));
                problems.addAll(scenarioProblems);
                return new Reloaded(problems, Optional.empty(), Optional.of(e));
            }
        }
        problems.addAll(scenarioProblems);
        // Knowledge problems come first, as when a command reads the files.
        return new Reloaded(problems, Optional.empty(), knowledge.failure().or(rules::failure));
    }

    private Good remembered(LiveVersion version) {
        return new Good(version, RunRecord.of(version.knowledge(), version.rules().sourceFiles(), version.outcome(),
                knowledgeDir, rulesDir));
    }

    private void publish(Reloaded reloaded) {
        long number = (status == null ? 0 : status.version()) + 1;
        LiveChange change;
        if (reloaded.good().isPresent()) {
            Good next = reloaded.good().get();
            if (good != null && good.run().files().equals(next.run().files()) && status.problems().equals(reloaded.problems())) {
                return; // saved without a change (or a change undone before the reload): nothing to tell
            }
            // The first good version changed nothing the reader has seen: its summary is empty (a page shows none).
            change = good == null ? LiveChange.of("") : difference(good, next);
            good = next;
            current = Optional.of(next.version());
        } else {
            change = LiveChange.of(broken(reloaded.problems().size()));
        }
        holdingBack = reloaded.failure().orElse(null);
        status = new LiveStatus(number, reloaded.problems(), change);
        LOG.info("inputs version {}: {} problem(s); {}", number, reloaded.problems().size(), change.summary());
        for (Consumer<LiveStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("a listener of the live inputs failed", e);
            }
        }
    }

    private String broken(int problems) {
        String count = problems == 1 ? "1 problem" : problems + " problems";
        return good == null
                ? "The files have " + count + ", so there is no good version to show yet: fix them and save."
                : "The files have " + count + ": still showing " + describe(good.version()) + " until they are fixed.";
    }

    private LiveChange difference(Good from, Good to) {
        return from.run().changeTo(to.run(), describe(from.version()), describe(to.version()));
    }

    /** {@code version 3 (read at 17:31:05)} */
    public static String describe(LiveVersion version) {
        return "version " + version.number() + " (read at " + clock(version.readAt()) + ")";
    }

    private static String clock(Instant at) {
        return LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Path absolute(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
