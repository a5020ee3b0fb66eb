package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cyberarms.advisor.engine.FiringOrder;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleProblem;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.engine.TruthMaintenance;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleRef;

/**
 * Checks a rule base the way an analyst's edit can break it, with the real rules. It builds them, then runs
 * every combination of reliance and status over the model's dimensions through them, each combination as one
 * element, and reports:
 * <ul>
 * <li>combinations that get no level (a gap) or more than one (a conflict), and lowest-level outcomes with no
 *     recommendation;</li>
 * <li>combinations whose conclusions change with the order the engine fires the rules in (see
 *     {@link FiringOrder}: salience honoured and rules in written order, against salience ignored and rules and
 *     facts in reverse order). A rule set that is correct only thanks to salience is reported too: no
 *     conclusion may hang on a firing order that the rule files do not show;</li>
 * <li>a level that no combination reaches;</li>
 * <li>a dimension that blocks elements at a level where the rules advise other blocking dimensions (a specific
 *     recommendation or a practical action), but never advise this one. "Specific" means concluded by a rule
 *     that is not a fallback ({@link RuleBase#fallbackRules()}: a catch-all such as "Any other blocking
 *     dimension" gives every dimension its generic text, which is what this finding is about);</li>
 * <li>rules that fire on no combination (dead rules; the knowledge folder's own run also counts, for rules
 *     about provenance, round movement or panels, which the combinations do not vary), and rules without
 *     {@code @rationale}. A fallback rule that never fires is not dead: it is not needed while the specific
 *     rules cover every case.</li>
 * </ul>
 *
 * <p>The combinations that no rule can tell apart (values of a dimension that the rules reading one assessment
 * at a time treat alike, {@link ValueClasses}) are run once for all of them: the run counts for each, and the
 * lowest-numbered of them are the examples, so the findings are those of running every combination. When a rule
 * reads assessments in another way, every combination is run, and the result says why.
 *
 * <p>Combinations are batched, a few per session (see {@link #DEFAULT_BATCH}), and the findings do not depend
 * on the batch size: each combination is run alongside an identical twin, so a rule about several
 * elements (a practical action for a dimension that blocks two or more) sees, for every combination, the same
 * company whatever else shares its session; only the combination's own conclusions, and the practical actions
 * that name it, are read.
 */
public final class RuleBaseCheck {

    /**
     * Combinations per session by default. Small: a rule about several elements (a practical action for a
     * dimension that blocks two or more) re-collects its elements each time one joins, so a session's cost grows
     * with the square of its size, while a session costs little to start. Measured on the 2-core machine
     * (BENCHMARKS.md, "check: combinations per session"): six dimensions grouped by rules fired took 19.2 s
     * with 10, 60.4 s with 500, 24.4 s with 1; from 5 to 25 the times were within a second of each other.
     */
    public static final int DEFAULT_BATCH = 10;
    /**
     * The largest batch {@code advisor check --batch} accepts: a session of this many combinations and their
     * twins fits in the advisor's heap (256 MB, set in the {@code advisor} script) even for a rule set that
     * re-inserts a practical action each time an element joins it (its memory grows with the square of the
     * batch). Larger batches gain little speed. The findings are the same for every batch size.
     */
    public static final int MAX_BATCH = 1_000;
    private static final int EXAMPLES = 3;
    private static final RunLimits LIMITS = new RunLimits(Integer.MAX_VALUE, Duration.ofMinutes(10));

    /** Sessions run at once: one per core, each with its own batch (a rule base is safe to share). */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final String EXHAUSTIVE_ASKED = "--exhaustive asked for every one";
    private static final String ORDER_MATTERED = "the runs grouped by what the rules conclude showed conclusions that"
            + " change with the firing order";

    private final int batchSize;
    private final boolean exhaustive;

    /**
     * Runs one combination for each group of combinations that the rules cannot tell apart (see
     * {@link ValueClasses}), or every combination when the rules read assessments in a way that could tell
     * them apart.
     *
     * @param batchSize combinations per engine session, at least 1 (the command line bounds it by {@link #MAX_BATCH})
     */
    public RuleBaseCheck(int batchSize) {
        this(batchSize, false);
    }

    /** @param exhaustive run every combination, even those the rules cannot tell apart (the findings are the same) */
    public RuleBaseCheck(int batchSize, boolean exhaustive) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.exhaustive = exhaustive;
    }

    public CheckResult check(Path rulesDir, Knowledge knowledge) throws RuleRuntimeException {
        Map<FiringOrder, RuleBase> orders = new EnumMap<>(FiringOrder.class);
        try {
            RuleBase written = new RuleBaseCompiler().compile(rulesDir);
            written.checkVocabulary(knowledge);
            for (FiringOrder order : FiringOrder.values()) {
                orders.put(order, order.compile(written));
            }
        } catch (RuleBuildException e) {
            List<CheckFinding> findings = new ArrayList<>();
            for (RuleProblem p : e.problems()) {
                findings.add(new CheckFinding("build", where(p), p.message(), List.of(), List.of(),
                        "Correct the rule file at this place; the other checks run once every rule file builds."));
            }
            return new CheckResult(findings, 0, 0, "nothing (the rules do not build)", 0, Optional.empty(),
                    Optional.empty(), knowledge.model().hasReliances(), knowledge.model().pack().words());
        }
        RuleBase rules = orders.get(FiringOrder.AS_WRITTEN);
        CheckCombinations combinations = new CheckCombinations(knowledge.model());
        Set<String> fallbacks = rules.fallbackRules();
        Labels labels = new Labels(knowledge.model());
        List<RuleBase> both = List.copyOf(orders.values());
        TruthMaintenance truth = rules.truthMaintenance();
        ValueClasses classes = exhaustive
                ? ValueClasses.exhaustive(combinations.dimensions.size(), combinations.cells, EXHAUSTIVE_ASKED)
                : ValueClasses.probe(both, rules.assessmentRules(), notTruthMaintained(truth), combinations, knowledge,
                        LIMITS);
        // The knowledge folder's own run, for the rules it alone fires (provenance, round movement, panels).
        Set<String> firedOnKnowledge = new HashSet<>();
        rules.evaluate(knowledge, LIMITS, TraceDetail.FIRINGS).firings().forEach(f -> firedOnKnowledge.add(f.rule().name()));
        Survey survey = survey(orders, combinations, classes, knowledge, labels, fallbacks, firedOnKnowledge);
        if (classes.byConclusions() && !survey.orderDependent.isEmpty()) {
            // Truth maintenance should make the order of firing irrelevant, yet it mattered: run again with the
            // values grouped only where the very same rules fire, whose runs stand exactly for the others.
            classes = ValueClasses.probe(both, rules.assessmentRules(), Optional.of(ORDER_MATTERED), combinations,
                    knowledge, LIMITS);
            survey = survey(orders, combinations, classes, knowledge, labels, fallbacks, firedOnKnowledge);
        }
        List<CheckFinding> findings = survey.findings(combinations.total);
        Pack.Words words = knowledge.model().pack().words();
        for (RuleRef rule : rules.rules()) {
            if (!survey.fired.contains(rule.name()) && !fallbacks.contains(rule.name())) {
                findings.add(new CheckFinding("dead-rule", rule.location(), "Rule \"" + rule.name()
                        + "\" fires on none of the " + count(combinations.total) + " combinations, nor on the"
                        + " knowledge folder's " + words.elements() + ": one of its conditions can never hold.", List.of(rule), List.of(),
                        "Look for a misspelt value or field in its conditions, or a condition that contradicts"
                        + " another; explain shows which condition fails for " + Pack.Words.withArticle(words.element())
                        + ". Delete the rule if it is"
                        + " no longer needed."));
            }
            if (rule.rationale().filter(r -> !r.isBlank()).isEmpty()) {
                findings.add(new CheckFinding("no-rationale", rule.location(), "Rule \"" + rule.name()
                        + "\" has no @rationale: the report cannot say why it concludes what it does.", List.of(rule),
                        List.of(), "Add a line @rationale(\"...\") under the rule's name saying, in a sentence,"
                        + " why it concludes what it does."));
            }
        }
        return new CheckResult(findings, combinations.total, rules.rules().size(), combinations.enumerated(),
                classes.runs(), classes.exhaustiveBecause(), classes.byRulesBecause(), combinations.hasReliances(),
                knowledge.model().pack().words());
    }

    /**
     * Runs one combination for each group of {@code classes}, in batches on every core, each in every firing
     * order, and gathers what they show, counting as fired the rules the knowledge folder's own run fired.
     */
    private Survey survey(Map<FiringOrder, RuleBase> orders, CheckCombinations combinations, ValueClasses classes,
            Knowledge knowledge, Labels labels, Set<String> fallbacks, Set<String> firedOnKnowledge)
            throws RuleRuntimeException {
        Survey survey = new Survey(knowledge.model(), fallbacks, combinations);
        survey.fired.addAll(firedOnKnowledge);
        survey.fired.addAll(classes.firedAlone());
        long runs = classes.runs();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runner -> {
            Thread thread = new Thread(runner, "check-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Batch>> running = new ArrayDeque<>();
            long next = 0;
            while (next < runs || !running.isEmpty()) {
                // A few batches ahead of the one whose results are read, so that every core has one to run.
                while (next < runs && running.size() < 2 * THREADS) {
                    long start = next;
                    long end = Math.min(runs, start + batchSize);
                    running.add(pool.submit(() -> Batch.run(orders, combinations, classes, start, end, knowledge, labels)));
                    next = end;
                }
                Batch batch = result(running.poll());
                survey.fired.addAll(batch.fired());
                for (long r = batch.start(); r < batch.end(); r++) {
                    String id = Batch.id(r);
                    CheckCombinations.Run run = combinations.run(r, classes);
                    Concluded written = batch.byOrder().get(FiringOrder.AS_WRITTEN).getOrDefault(id, Concluded.NOTHING);
                    survey.add(run, written);
                    for (FiringOrder other : FiringOrder.values()) {
                        Concluded otherwise = batch.byOrder().get(other).getOrDefault(id, Concluded.NOTHING);
                        if (other != FiringOrder.AS_WRITTEN && !written.sameAs(otherwise)) {
                            survey.orderDependent(run, other, written, otherwise);
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return survey;
    }

    /** Why the rules are not grouped by what they conclude: the first rule that does not conclude by truth maintenance. */
    private static Optional<String> notTruthMaintained(TruthMaintenance truth) {
        if (truth.holds()) {
            return Optional.empty();
        }
        int others = truth.exceptions().size() - 1;
        return Optional.of(truth.exceptions().get(0) + (others == 0 ? "" : " (and " + others + " other rule"
                + (others == 1 ? " does" : "s do") + " not conclude by insertLogical alone either)"));
    }

    /** The outcome of a batch of runs, read in batch order whichever thread ran it. */
    private static Batch result(Future<Batch> batch) throws RuleRuntimeException {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleRuntimeException("the check was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleRuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs {@code start} (inclusive) to {@code end} of the check, each as element {@code C<r>} with an identical
     * twin {@code T<r>}, in every firing order: what each concluded, and which rules fired as written.
     */
    private record Batch(long start, long end, Map<FiringOrder, Map<String, Concluded>> byOrder, Set<String> fired) {

        static String id(long r) {
            return "C" + r;
        }

        static Batch run(Map<FiringOrder, RuleBase> orders, CheckCombinations combinations, ValueClasses classes,
                long start, long end, Knowledge bundled, Labels labels) throws RuleRuntimeException {
            List<Element> elements = new ArrayList<>();
            List<Assessment> assessments = new ArrayList<>();
            for (long r = start; r < end; r++) {
                CheckCombinations.Run run = combinations.run(r, classes);
                for (String id : List.of(id(r), "T" + r)) {
                    elements.add(new Element(id, "combination " + r, "", List.of(), "enumeration"));
                    for (int d = 0; d < combinations.dimensions.size(); d++) {
                        assessments.add(combinations.assessment(id, d, run.cell(d)));
                    }
                }
            }
            Map<FiringOrder, Map<String, Concluded>> byOrder = new EnumMap<>(FiringOrder.class);
            Set<String> fired = new HashSet<>();
            for (Map.Entry<FiringOrder, RuleBase> order : orders.entrySet()) {
                FiringOrder firing = order.getKey();
                Knowledge batch = new Knowledge(bundled.model(), firing.arrange(elements), firing.arrange(assessments),
                        bundled.provenance(), List.of());
                Outcome outcome = order.getValue().evaluate(batch, LIMITS, TraceDetail.FIRINGS);
                byOrder.put(firing, Concluded.perElement(outcome, labels));
                if (firing == FiringOrder.AS_WRITTEN) {
                    outcome.firings().forEach(f -> fired.add(f.rule().name()));
                }
            }
            return new Batch(start, end, byOrder, fired);
        }
    }

    private static String where(RuleProblem p) {
        StringBuilder at = new StringBuilder(p.file());
        if (p.line() > 0) {
            at.append(':').append(p.line());
            if (p.column() > 0) {
                at.append(':').append(p.column());
            }
        }
        return at.toString();
    }

    /** What kind of fact a conclusion is, for the findings that read more than its words. */
    private enum Kind { LEVEL, BLOCKER, RECOMMENDATION, CAVEAT, ACTION }

    /**
     * One conclusion about a combination: its kind, the dimension it is about (or empty), the conclusion in
     * words, and the rule that concluded it.
     */
    private record Stated(Kind kind, String dimension, String what, RuleRef by) {}

    /**
     * What the rules concluded about one combination: its levels (normally one), and its blockers,
     * recommendations, caveats and the practical actions that name it.
     */
    private record Concluded(List<Stated> levels, List<Stated> others) {

        static final Concluded NOTHING = new Concluded(List.of(), List.of());

        static Map<String, Concluded> perElement(Outcome outcome, Labels labels) {
            Map<String, List<Stated>> levels = new HashMap<>();
            Map<String, Set<Stated>> others = new HashMap<>();
            for (Conclusion<?> c : outcome.conclusions()) {
                if (c.fact() instanceof Ceiling) {
                    continue; // a step on the way to the level, which is compared
                }
                RuleRef by = c.firedBy().rule();
                if (c.fact() instanceof ElementLevel l) {
                    levels.computeIfAbsent(l.elementId(), k -> new ArrayList<>())
                            .add(new Stated(Kind.LEVEL, "", l.level(), by));
                } else if (c.fact() instanceof Blocker b) {
                    others.computeIfAbsent(b.elementId(), k -> new LinkedHashSet<>())
                            .add(new Stated(Kind.BLOCKER, b.dimension(), "blocked by " + labels.of(b.dimension()) + " at " + b.level(), by));
                } else if (c.fact() instanceof Recommendation r) {
                    others.computeIfAbsent(r.elementId(), k -> new LinkedHashSet<>())
                            .add(new Stated(Kind.RECOMMENDATION, r.dimension(),
                                    "recommendation for " + labels.of(r.dimension()) + " \"" + r.title() + "\"", by));
                } else if (c.fact() instanceof Caveat v) {
                    others.computeIfAbsent(v.elementId(), k -> new LinkedHashSet<>()).add(new Stated(Kind.CAVEAT,
                            v.dimension(), "caveat " + v.kind() + (v.dimension().isEmpty() ? "" : " on " + labels.of(v.dimension())),
                            by));
                } else if (c.fact() instanceof PracticalAction a) {
                    // One statement shared by every element the action names: a rule set that re-inserts an
                    // action as each element joins it makes many actions naming many elements.
                    Stated named = new Stated(Kind.ACTION, a.dimension(),
                            "practical action for " + labels.of(a.dimension()) + " \"" + a.title() + "\"", by);
                    for (String id : a.elementIds()) {
                        others.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(named);
                    }
                }
            }
            Map<String, Concluded> all = new HashMap<>();
            Set<String> ids = new HashSet<>(levels.keySet());
            ids.addAll(others.keySet());
            for (String id : ids) {
                all.put(id, new Concluded(levels.getOrDefault(id, List.of()), List.copyOf(others.getOrDefault(id, Set.of()))));
            }
            return all;
        }

        /** The conclusions in words: every level (a second level is a difference), other conclusions once. */
        List<String> words() {
            List<String> words = new ArrayList<>(levels.stream().map(l -> "level " + l.what()).sorted().toList());
            words.addAll(others.stream().map(Stated::what).distinct().sorted().toList());
            return words;
        }

        boolean sameAs(Concluded other) {
            return words().equals(other.words());
        }

        List<Stated> all() {
            List<Stated> all = new ArrayList<>(levels.stream()
                    .map(l -> new Stated(Kind.LEVEL, "", "level " + l.what(), l.by())).toList());
            all.addAll(others);
            return all;
        }
    }

    /** What the combinations showed, gathered as they run, and the findings it comes to. */
    private static final class Survey {
        final MaturityModel model;
        /** The pack's nouns, for the findings' words. */
        final Pack.Words words;
        final Set<String> fallbacks;
        final String lowest;
        final Set<String> fired = new HashSet<>();
        final Tally gaps = new Tally();
        final Tally conflicts = new Tally();
        final Map<String, RuleRef> conflictRules = new TreeMap<>();
        final Tally unadvised = new Tally();
        final Set<String> reached = new HashSet<>();
        final Map<FiringOrder, Tally> orderDependent = new EnumMap<>(FiringOrder.class);
        final Map<FiringOrder, Map<String, RuleRef>> orderRules = new EnumMap<>(FiringOrder.class);
        /** For each level, the dimensions that got a specific recommendation (or action) while blocking at it. */
        final Map<String, Set<String>> recommendedAt = new HashMap<>();
        final Map<String, Set<String>> actedAt = new HashMap<>();
        /** For each dimension and level it blocks at, the first combination that showed it. */
        final Map<String, Map<String, FirstSeen>> blocksAt = new HashMap<>();
        final CheckCombinations combinations;

        Survey(MaturityModel model, Set<String> fallbacks, CheckCombinations combinations) {
            this.model = model;
            this.words = model.pack().words();
            this.fallbacks = fallbacks;
            this.combinations = combinations;
            this.lowest = model.levels().steps().get(0).name();
        }

        void add(CheckCombinations.Run run, Concluded concluded) {
            List<Stated> levels = concluded.levels();
            if (levels.isEmpty()) {
                gaps.add(run, c -> CheckFinding.Example.of(combinations.settings(c), concluded.words()));
                return;
            }
            levels.forEach(l -> reached.add(l.what()));
            if (levels.size() > 1) {
                List<String> byRule = levels.stream()
                        .map(l -> "level " + l.what() + " (by \"" + l.by().name() + "\")").toList();
                conflicts.add(run, c -> CheckFinding.Example.of(combinations.settings(c), byRule));
                levels.forEach(l -> conflictRules.putIfAbsent(l.by().name(), l.by()));
                return;
            }
            String level = levels.get(0).what();
            boolean recommended = false;
            for (Stated s : concluded.others()) {
                recommended |= s.kind() == Kind.RECOMMENDATION;
                if (s.kind() == Kind.BLOCKER) {
                    Map<String, FirstSeen> atLevel = blocksAt.computeIfAbsent(s.dimension(), k -> new HashMap<>());
                    FirstSeen seen = atLevel.get(level);
                    if (seen == null || run.combination() < seen.combination()) {
                        atLevel.put(level, new FirstSeen(run.combination(),
                                CheckFinding.Example.of(combinations.settings(run.combination()), concluded.words())));
                    }
                }
                boolean specific = !fallbacks.contains(s.by().name());
                if (specific && s.kind() == Kind.RECOMMENDATION) {
                    recommendedAt.computeIfAbsent(level, k -> new HashSet<>()).add(s.dimension());
                } else if (specific && s.kind() == Kind.ACTION) {
                    actedAt.computeIfAbsent(level, k -> new HashSet<>()).add(s.dimension());
                }
            }
            if (level.equals(lowest) && !recommended) {
                unadvised.add(run, c -> CheckFinding.Example.of(combinations.settings(c), concluded.words()));
            }
        }

        void orderDependent(CheckCombinations.Run run, FiringOrder order, Concluded written, Concluded otherwise) {
            List<String> before = new ArrayList<>(written.words());
            List<String> after = new ArrayList<>(otherwise.words());
            List<String> lost = minus(before, after);
            List<String> gained = minus(after, before);
            Map<String, RuleRef> rules = orderRules.computeIfAbsent(order, k -> new TreeMap<>());
            for (Stated s : written.all()) {
                if (lost.contains(s.what())) {
                    rules.putIfAbsent(s.by().name(), s.by());
                }
            }
            for (Stated s : otherwise.all()) {
                if (gained.contains(s.what())) {
                    rules.putIfAbsent(s.by().name(), s.by());
                }
            }
            orderDependent.computeIfAbsent(order, k -> new Tally())
                    .add(run, c -> new CheckFinding.Example(combinations.settings(c), before, order.description(), after));
        }

        private static List<String> minus(List<String> from, List<String> take) {
            List<String> rest = new ArrayList<>(from);
            take.forEach(rest::remove);
            return rest;
        }

        List<CheckFinding> findings(long total) {
            List<CheckFinding> findings = new ArrayList<>();
            String of = " of " + count(total) + " combinations ";
            if (gaps.count > 0) {
                findings.add(new CheckFinding("gap", "", count(gaps.count) + of + "get no maturity level: no rule"
                        + " concludes one for them.", List.of(), gaps.examples(),
                        "Add a rule, or widen the conditions of a ceiling rule, so that every combination gets a level."));
            }
            if (conflicts.count > 0) {
                findings.add(new CheckFinding("conflict", "", count(conflicts.count) + of + "get more than one"
                        + " maturity level.", List.copyOf(conflictRules.values()), conflicts.examples(),
                        "Make the level rules exclusive, so that one level holds per " + words.element() + " (e.g. guard the rule"
                        + " with 'not ElementLevel(...)', or conclude it with insertLogical from the lowest ceiling)."));
            }
            if (unadvised.count > 0) {
                findings.add(new CheckFinding("no-recommendation", "", count(unadvised.count) + of + "end at `"
                        + lowest + "` with no recommendation.", List.of(), unadvised.examples(),
                        "Add a recommendation rule for the " + words.dimensions() + " that block them: every " + lowest
                        + " " + words.element() + " needs at least one recommendation."));
            }
            orderDependent.forEach((order, tally) -> findings.add(new CheckFinding("order-dependence", "",
                    count(tally.count) + of + "conclude differently when the rules fire in another order ("
                    + order.description() + "). A rule that concludes with plain `insert` and depends on a `not` or"
                    + " on another rule's conclusion can fire before the facts it depends on exist; salience only"
                    + " hides that.", List.copyOf(orderRules.get(order).values()), tally.examples(),
                    "Use insertLogical, so that a conclusion is withdrawn when its conditions stop holding, and"
                    + " write each rule's conditions so that it holds whatever fires first.")));
            for (String level : model.levels().names()) {
                if (!reached.contains(level)) {
                    findings.add(new CheckFinding("unreached-level", "", "No combination of " + (combinations.hasReliances() ? "reliance and status" : "status")
                            + " reaches `" + level + "`: no rule concludes it for any of the " + count(total)
                            + " combinations.", List.of(), List.of(), "Check the rules that name `" + level
                            + "` (the ceiling rules), or remove the level from the maturity model."));
                }
            }
            for (String dimension : inOrderSeen()) {
                List<Map.Entry<String, FirstSeen>> levels = new ArrayList<>(blocksAt.get(dimension).entrySet());
                // As first seen in the combinations; one combination blocks a dimension at one level at most,
                // so the level's rank only orders what a rule set with two blockers of a dimension shows.
                levels.sort(Comparator.<Map.Entry<String, FirstSeen>>comparingLong(e -> e.getValue().combination())
                        .thenComparing(e -> model.levels().rankOf(e.getKey()).orElse(Integer.MAX_VALUE)));
                List<String> noRecommendation = new ArrayList<>();
                List<String> noAction = new ArrayList<>();
                CheckFinding.Example example = null;
                for (Map.Entry<String, FirstSeen> at : levels) {
                    String level = at.getKey();
                    boolean missing = false;
                    if (recommendedAt.containsKey(level) && !recommendedAt.get(level).contains(dimension)) {
                        noRecommendation.add(level);
                        missing = true;
                    }
                    if (actedAt.containsKey(level) && !actedAt.get(level).contains(dimension)) {
                        noAction.add(level);
                        missing = true;
                    }
                    if (missing && example == null) {
                        example = at.getValue().example();
                    }
                }
                if (example != null) {
                    String label = model.dimension(dimension).map(d -> d.name()).orElse(dimension);
                    List<String> lacks = new ArrayList<>();
                    if (!noRecommendation.isEmpty()) {
                        lacks.add("no recommendation rule for it (other blocking " + words.dimensions() + " get one at "
                                + String.join(", ", noRecommendation) + "), so such " + words.elements()
                                + " get only the catch-all text");
                    }
                    if (!noAction.isEmpty()) {
                        lacks.add("no practical-action rule for it (other blocking " + words.dimensions() + " get one at "
                                + String.join(", ", noAction) + "), so such " + words.elements() + " get no practical action");
                    }
                    findings.add(new CheckFinding("unadvised-dimension", "", label + " can hold "
                            + Pack.Words.withArticle(words.element()) + " back,"
                            + " but the rules never advise on it: " + String.join("; and ", lacks) + ".", List.of(),
                            List.of(example), "Add a rule for " + label + " (`dimension == \"" + dimension
                            + "\"`) beside the other " + words.dimensions() + "' rules (recommendations, practical actions)."));
                }
            }
            return findings;
        }

        /**
         * The dimensions that block some combination, in the order the combinations first show them; two that
         * first block in the same combination in the model's order.
         */
        private List<String> inOrderSeen() {
            List<String> dimensions = new ArrayList<>(blocksAt.keySet());
            List<String> modelOrder = model.dimensionIds();
            dimensions.sort(Comparator.<String>comparingLong(d -> blocksAt.get(d).values().stream()
                            .mapToLong(FirstSeen::combination).min().orElse(Long.MAX_VALUE))
                    .thenComparingInt(d -> modelOrder.indexOf(d) < 0 ? Integer.MAX_VALUE : modelOrder.indexOf(d))
                    .thenComparing(d -> d));
            return dimensions;
        }
    }

    /** The model's label of each dimension ("Political endorsement"), for conclusions in words. */
    private record Labels(MaturityModel model) {
        String of(String dimension) {
            return model.dimension(dimension).map(Dimension::name).orElse(dimension);
        }
    }

    /** {@code 50,625}: counts as a reader reads them. */
    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** The first combination that showed something, and how it showed it. */
    private record FirstSeen(long combination, CheckFinding.Example example) {}

    /**
     * How many combinations showed a problem, and the lowest-numbered few of them as examples: a run stands for
     * every combination of its groups, which all conclude the same, so it counts for all of them and offers its
     * lowest-numbered ones as examples.
     */
    private static final class Tally {
        long count;
        private final TreeMap<Long, CheckFinding.Example> first = new TreeMap<>();

        void add(CheckCombinations.Run run, java.util.function.LongFunction<CheckFinding.Example> example) {
            count += run.weight();
            for (long c : run.first(EXAMPLES)) {
                if (first.size() < EXAMPLES || c < first.lastKey()) {
                    first.put(c, example.apply(c));
                    if (first.size() > EXAMPLES) {
                        first.pollLastEntry();
                    }
                }
            }
        }

        List<CheckFinding.Example> examples() {
            return List.copyOf(first.values());
        }
    }
}
