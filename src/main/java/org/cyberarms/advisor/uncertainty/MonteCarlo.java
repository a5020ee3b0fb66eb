package org.cyberarms.advisor.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.Driver;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.ElementUncertainty;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.LevelProbability;

/**
 * Monte Carlo over the scoring. Each sample draws every assessment's status (see {@link StatusDraw}) and
 * runs the sample through the rules; the level of each element is whatever the rules conclude for it.
 *
 * <p>Speed: the rules decide each element on its own facts, so many samples share one rule session: sample
 * {@code j} of a batch inserts its elements as {@code E01#j}, {@code E02#j}, ... and the conclusions are
 * mapped back by id, and samples of a batch that drew the same statuses for an element share one copy of
 * it (with the bundled data a batch of 1,000 samples needs a few dozen copies, not 16,000). Rules that look
 * across elements (practical actions) then mix samples, so sampling
 * reads only levels and blockers, never actions. Batches run on a pool of threads over the caller's
 * evaluation (one rule session per batch).
 *
 * <p>Reproducibility: sample {@code s} draws from a random stream seeded by {@code (seed, s)} alone, and
 * results are counts, so a seed gives the same result whatever the threads, the batch size or the order
 * in which batches finish.
 *
 * <p>Sampled facts: a sample is one drawn scoring, so each assessment has one round, the drawn status, and
 * no panel (it was drawn from); elements are marked {@code origin: scenario} (a sample is a what-if, not the
 * reconstruction). Caveats about rounds, panels and reconstruction therefore do not fire on samples; they
 * change no level.
 */
public final class MonteCarlo {

    /** A level reached in at least this share of samples is stable. */
    public static final double STABLE_AT = 0.9;

    private static final char SAMPLE_SEPARATOR = '#';

    private final Knowledge knowledge;
    private final RuleEvaluation rules;
    private final List<Element> elements;
    private final List<Assessment> assessments;
    private final List<String> levels;
    private final List<String> dimensions;
    private final Map<String, Integer> elementIndex = new HashMap<>();
    private final int[] assessmentElement;
    private final int[] assessmentDimension;
    private final StatusDraw[] draws;

    public MonteCarlo(Knowledge knowledge, RuleEvaluation rules) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.elements = knowledge.elements();
        this.assessments = knowledge.assessments();
        this.levels = knowledge.model().levels().names();
        this.dimensions = knowledge.model().dimensionIds();
        if (dimensions.size() > Integer.SIZE - 1) {
            throw new IllegalArgumentException("at most 31 dimensions can be sampled, the model has " + dimensions.size());
        }
        for (Element e : elements) {
            elementIndex.put(e.id(), elementIndex.size());
        }
        assessmentElement = new int[assessments.size()];
        assessmentDimension = new int[assessments.size()];
        draws = new StatusDraw[assessments.size()];
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            assessmentElement[i] = elementIndex.get(a.elementId());
            assessmentDimension[i] = dimensions.indexOf(a.dimension());
            draws[i] = StatusDraw.of(a);
        }
    }

    /**
     * @param progress told the number of samples done so far, from the calling thread
     * @throws InterruptedException when the calling thread is interrupted (Ctrl-C): no result then
     */
    public UncertaintyResult run(int samples, long seed, int threads, int batchSize, IntConsumer progress)
            throws Exception {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        Conclusions written = Conclusions.read(rules.conclude(knowledge), elementIndex, 1, dimensions);
        int[] writtenLevel = new int[elements.size()];
        for (int e = 0; e < elements.size(); e++) {
            writtenLevel[e] = levels.indexOf(written.level(0, e));
        }
        Tally total = new Tally(elements.size(), levels.size(), dimensions.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "uncertainty-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<Tally> done = new ExecutorCompletionService<>(pool);
            int batches = 0;
            for (int from = 0; from < samples; from += batchSize) {
                int first = from;
                int count = Math.min(batchSize, samples - from);
                done.submit(() -> runBatch(seed, first, count, written, writtenLevel));
                batches++;
            }
            int finished = 0;
            for (int b = 0; b < batches; b++) {
                Future<Tally> batch = done.take(); // throws InterruptedException on Ctrl-C
                try {
                    Tally tally = batch.get();
                    total.add(tally);
                    finished += tally.samples;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                progress.accept(finished);
            }
        } finally {
            pool.shutdownNow();
        }
        return result(samples, seed, total, writtenLevel);
    }

    private Tally runBatch(long seed, int first, int count, Conclusions written, int[] writtenLevel)
            throws Exception {
        int n = assessments.size();
        int[][] drawn = new int[count][n];
        for (int j = 0; j < count; j++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            SplittableRandom random = new SplittableRandom(sampleSeed(seed, first + j));
            for (int i = 0; i < n; i++) {
                drawn[j][i] = draws[i].draw(random);
            }
        }
        // shared[j][e]: the sample whose copy of element e the rules decide for sample j. Samples that drew
        // the same statuses for an element share one copy of it: the rules decide each element on its own
        // facts (the assumption that already lets many samples share one session), so the copy's level and
        // blockers are exactly what a copy of its own would get.
        int[][] shared = new int[count][elements.size()];
        List<Element> batchElements = new ArrayList<>();
        List<Assessment> batchAssessments = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            Map<List<Integer>, Integer> firstWithState = new HashMap<>();
            for (int j = 0; j < count; j++) {
                List<Integer> state = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (assessmentElement[i] == e) {
                        state.add(drawn[j][i]);
                    }
                }
                Integer earlier = firstWithState.putIfAbsent(state, j);
                shared[j][e] = earlier != null ? earlier : j;
                if (earlier == null) {
                    addCopy(e, j, drawn[j], batchElements, batchAssessments);
                }
            }
        }
        Knowledge batch = new Knowledge(knowledge.model(), batchElements, batchAssessments,
                knowledge.provenance(), knowledge.files());
        Conclusions concluded = Conclusions.read(rules.conclude(batch), elementIndex, count, dimensions);

        Tally tally = new Tally(elements.size(), levels.size(), dimensions.size());
        tally.samples = count;
        for (int j = 0; j < count; j++) {
            for (int e = 0; e < elements.size(); e++) {
                String levelName = concluded.level(shared[j][e], e);
                if (levelName == null) {
                    throw new IllegalStateException("the rules concluded no level for " + elements.get(e).id()
                            + " in sample " + (first + j));
                }
                int level = levels.indexOf(levelName);
                tally.levels[e][level]++;
                if (level == writtenLevel[e]) {
                    continue;
                }
                tally.changed[e]++;
                // Below the written level: what blocks this sample. Above it: what blocks the written level.
                int blockers = level < writtenLevel[e] ? concluded.blockers(shared[j][e], e) : written.blockers(0, e);
                for (int i = 0; i < n; i++) {
                    if (assessmentElement[i] == e && (blockers & (1 << assessmentDimension[i])) != 0
                            && draws[i].rank(drawn[j][i]) != assessments.get(i).statusRank()) {
                        tally.credits[e][assessmentDimension[i]]++;
                    }
                }
            }
        }
        return tally;
    }

    /** Sample j's copy of element e ({@code E01#j}) with the statuses it drew, as facts for the rules. */
    private void addCopy(int e, int j, int[] drawnStatuses, List<Element> batchElements,
            List<Assessment> batchAssessments) {
        Element element = elements.get(e);
        batchElements.add(new Element(element.id() + SAMPLE_SEPARATOR + j, element.name(), element.description(),
                element.drawnFrom(), "scenario"));
        for (int i = 0; i < assessments.size(); i++) {
            if (assessmentElement[i] == e) {
                Assessment a = assessments.get(i);
                batchAssessments.add(new Assessment(a.elementId() + SAMPLE_SEPARATOR + j, a.dimension(),
                        a.reliance(), List.of(draws[i].status(drawnStatuses[i])),
                        List.of(draws[i].rank(drawnStatuses[i])), List.of(), List.of()));
            }
        }
    }

    private UncertaintyResult result(int samples, long seed, Tally total, int[] writtenLevel) {
        List<ElementUncertainty> out = new ArrayList<>();
        for (int e = 0; e < elements.size(); e++) {
            List<LevelProbability> probabilities = new ArrayList<>();
            LevelProbability modal = null;
            for (int l = 0; l < levels.size(); l++) {
                long count = total.levels[e][l];
                double[] interval = Wilson.interval(count, samples);
                LevelProbability p = new LevelProbability(levels.get(l), (int) count, (double) count / samples,
                        interval[0], interval[1]);
                probabilities.add(p);
                if (modal == null || p.count() > modal.count()) {
                    modal = p;
                }
            }
            Optional<Driver> driver = Optional.empty();
            if (total.changed[e] > 0) {
                int best = -1;
                for (int d = 0; d < dimensions.size(); d++) {
                    if (total.credits[e][d] > 0 && (best < 0 || total.credits[e][d] > total.credits[e][best])) {
                        best = d;
                    }
                }
                if (best >= 0) {
                    driver = Optional.of(new Driver(dimensions.get(best), (int) total.credits[e][best],
                            (double) total.credits[e][best] / total.changed[e]));
                }
            }
            out.add(new ElementUncertainty(elements.get(e).id(), elements.get(e).name(),
                    levels.get(writtenLevel[e]), probabilities, modal, modal.probability() < STABLE_AT,
                    (int) total.changed[e], driver));
        }
        return new UncertaintyResult(samples, seed, STABLE_AT, out);
    }

    /** A well-mixed seed for one sample (SplitMix64's finaliser over seed and sample number). */
    static long sampleSeed(long seed, long sample) {
        long z = seed + (sample + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Counts from some samples; tallies add up, in any order. */
    private static final class Tally {
        final long[][] levels;
        final long[][] credits;
        final long[] changed;
        int samples;

        Tally(int elements, int levelCount, int dimensionCount) {
            levels = new long[elements][levelCount];
            credits = new long[elements][dimensionCount];
            changed = new long[elements];
        }

        void add(Tally other) {
            for (int e = 0; e < levels.length; e++) {
                for (int l = 0; l < levels[e].length; l++) {
                    levels[e][l] += other.levels[e][l];
                }
                for (int d = 0; d < credits[e].length; d++) {
                    credits[e][d] += other.credits[e][d];
                }
                changed[e] += other.changed[e];
            }
            samples += other.samples;
        }
    }

    /** The levels and blocking dimensions the rules concluded, by sample of the batch and element. */
    private static final class Conclusions {
        private final String[][] levels;
        private final int[][] blockers;

        private Conclusions(int samples, int elements) {
            levels = new String[samples][elements];
            blockers = new int[samples][elements];
        }

        static Conclusions read(List<Object> facts, Map<String, Integer> elementIndex, int samples,
                List<String> dimensions) {
            Conclusions c = new Conclusions(samples, elementIndex.size());
            for (Object fact : facts) {
                if (fact instanceof ElementLevel level) {
                    int[] at = locate(level.elementId(), elementIndex);
                    c.levels[at[0]][at[1]] = level.level();
                } else if (fact instanceof Blocker blocker) {
                    int[] at = locate(blocker.elementId(), elementIndex);
                    int d = dimensions.indexOf(blocker.dimension());
                    if (d >= 0) {
                        c.blockers[at[0]][at[1]] |= 1 << d;
                    }
                }
            }
            return c;
        }

        /** {sample, element} of a sampled id {@code E01#7}; sample 0 for an id as written. */
        private static int[] locate(String id, Map<String, Integer> elementIndex) {
            int separator = id.lastIndexOf(SAMPLE_SEPARATOR);
            if (separator < 0) {
                return new int[] {0, elementIndex.get(id)};
            }
            return new int[] {Integer.parseInt(id, separator + 1, id.length(), 10),
                    elementIndex.get(id.substring(0, separator))};
        }

        String level(int sample, int element) {
            return levels[sample][element];
        }

        int blockers(int sample, int element) {
            return blockers[sample][element];
        }
    }
}
