package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Level;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleRef;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A built set of rules. {@link #evaluate} inserts the knowledge as facts, runs the rules to rest within
 * the limits given, and returns what they concluded with the trace of how. Safe to share between threads:
 * each evaluation has a session of its own.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final Map<String, RuleRef> rules;
    private final List<SourceFile> sourceFiles;
    private final RuleConditions conditions;
    /** The maturity model whose scales the rules' words were last found on: checked once per model. */
    private volatile MaturityModel checkedModel;
    private final RuleFailure failures;

    RuleBase(KieBase kieBase, Map<String, RuleBaseCompiler.RuleLocation> locations, List<SourceFile> sourceFiles,
            RuleConditions conditions) {
        this.kieBase = kieBase;
        this.sourceFiles = List.copyOf(sourceFiles);
        this.conditions = conditions;
        Map<String, RuleRef> refs = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleBaseCompiler.RuleLocation at =
                        locations.getOrDefault(rule.getName(), new RuleBaseCompiler.RuleLocation("", 0));
                refs.put(rule.getName(), new RuleRef(rule.getName(), at.file(), at.line(), metadata(rule)));
            }
        }
        this.rules = Map.copyOf(refs);
        this.failures = new RuleFailure(kieBase, this.rules);
    }

    /** What the rules of every run in progress are doing now: which rule to name when a command overruns. */
    public static RuleActivity activityNow() {
        return FiringWatch.now();
    }

    /** The rule files this rule base was built from, with the SHA-256 of each. */
    public List<SourceFile> sourceFiles() {
        return sourceFiles;
    }

    /** Every rule of the rule base, in file and line order. */
    public List<RuleRef> rules() {
        return rules.values().stream()
                .sorted(Comparator.comparing(RuleRef::file).thenComparingInt(RuleRef::line))
                .toList();
    }

    /**
     * The fallback rules: those that conclude a fact only when no such fact exists yet (a {@code not X(...)}
     * condition on a type X their action creates). They fill in for the specific rules, so on a complete rule
     * base they may never fire, by design.
     */
    public java.util.Set<String> fallbackRules() {
        java.util.Set<String> fallbacks = new java.util.HashSet<>();
        for (RuleConditions.RuleShape shape : conditions.all()) {
            boolean fallback = shape.conditions().stream()
                    .anyMatch(c -> c.kind().equals("not") && shape.concludes().contains(c.objectType()));
            if (fallback) {
                fallbacks.add(shape.name());
            }
        }
        return fallbacks;
    }

    /**
     * Which rules read the elements' assessments one at a time, and, for any rule that reads them in another
     * way, why it does not (in plain words, with the rule's name and place).
     */
    public AssessmentRules assessmentRules() {
        java.util.Set<String> oneAtATime = new java.util.HashSet<>();
        List<String> joins = new ArrayList<>();
        for (RuleRef rule : rules()) {
            AssessmentRules.Use use = conditions.assessmentUses().getOrDefault(rule.name(), AssessmentRules.Use.NONE);
            if (use.joinsBecause().isPresent()) {
                joins.add("rule \"" + rule.name() + "\" (" + rule.location() + ") " + use.joinsBecause().get());
            } else if (use.reads()) {
                oneAtATime.add(rule.name());
            }
        }
        return new AssessmentRules(oneAtATime, joins);
    }

    /**
     * Whether every rule concludes by truth maintenance alone (insertLogical, no order-tying attribute), and, for
     * each rule that does not, why (in plain words, with the rule's name and place), in file and line order.
     */
    public TruthMaintenance truthMaintenance() {
        List<String> exceptions = new ArrayList<>();
        for (RuleRef rule : rules()) {
            String why = conditions.truthExceptions().get(rule.name());
            if (why != null) {
                exceptions.add("rule \"" + rule.name() + "\" (" + rule.location() + ") " + why);
            }
        }
        return new TruthMaintenance(exceptions);
    }

    /** The rules' conditions as the parser read them when the rule base was built. */
    RuleConditions conditions() {
        return conditions;
    }

    /**
     * Checks that every word the rules compare with a field of a knowledge scale (status, reliance, level,
     * dimension, element id) is on that scale of this knowledge: the seam every command passes once its
     * knowledge is loaded (the rules are built at the same time, so the check cannot be part of the build).
     *
     * @throws RuleBuildException listing every word off its scale, at the word, with the nearest word
     */
    public void checkVocabulary(Knowledge knowledge) throws RuleBuildException {
        List<RuleProblem> problems = VocabularyCheck.problems(conditions.scaledWords(), knowledge, true);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        checkedModel = knowledge.model();
    }

    /**
     * The guard that makes the vocabulary check impossible to skip: a run on a maturity model the words were
     * not checked against checks the scales first (not element ids: runs on synthetic or batched elements
     * pass through here). A word off its scale then fails the run, never moves a level silently.
     */
    private void requireCheckedVocabulary(Knowledge knowledge) {
        MaturityModel model = knowledge.model();
        if (model == checkedModel) {
            return;
        }
        List<RuleProblem> problems = VocabularyCheck.problems(conditions.scaledWords(), knowledge, false);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rules ran without checkVocabulary, and their words are not on the"
                    + " knowledge's scales", new RuleBuildException(problems));
        }
        checkedModel = model;
    }

    /** Runs the rules on the knowledge and records every event of the run (see {@link TraceDetail#ALL_EVENTS}). */
    public Outcome evaluate(Knowledge knowledge, RunLimits limits) throws RuleRuntimeException {
        return evaluate(knowledge, limits, TraceDetail.ALL_EVENTS);
    }

    /**
     * Runs the rules on the knowledge, recording the trace in the detail asked for. Firings and conclusions
     * are recorded in full at every detail: the report depends on them.
     */
    public Outcome evaluate(Knowledge knowledge, RunLimits limits, TraceDetail detail) throws RuleRuntimeException {
        requireCheckedVocabulary(knowledge);
        KieSession session = kieBase.newKieSession();
        TraceRecorder recorder = new TraceRecorder(rules, detail);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        try {
            fireToRest(session, knowledge, limits, () -> "; " + busiest(recorder));
            return new Outcome(recorder.conclusions(), recorder.events());
        } finally {
            session.dispose();
        }
    }

    /**
     * Runs the rules on the knowledge without recording a trace, and returns the facts the rules concluded
     * (inserted by a rule and still in working memory at rest), in the order they were concluded. For many runs
     * (benchmarks, sampling): no listener, and the caller gets only what the rules concluded. The same
     * limits hold as for {@link #evaluate}. Safe to call from several threads at once.
     */
    public List<Object> conclude(Knowledge knowledge, RunLimits limits) throws RuleRuntimeException {
        requireCheckedVocabulary(knowledge);
        KieSession session = kieBase.newKieSession();
        // Facts inserted by a rule, collected as they come: measured faster than reading working memory back
        // with getObjects() at rest (BENCHMARKS.md). A concluded fact a rule deletes again is dropped.
        Map<FactHandle, Object> concluded = new LinkedHashMap<>();
        session.addEventListener(new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    concluded.put(event.getFactHandle(), event.getObject());
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                concluded.computeIfPresent(event.getFactHandle(), (handle, old) -> event.getObject());
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                concluded.remove(event.getFactHandle());
            }
        });
        try {
            fireToRest(session, knowledge, limits, () -> "");
            return new ArrayList<>(concluded.values());
        } finally {
            session.dispose();
        }
    }

    /**
     * Inserts the knowledge and fires the rules until they come to rest, within the limits: a watchdog halts
     * the session when time runs out, and a run that reaches the firing limit (per element, times the number
     * of elements, so that it grows with the knowledge) with rules still to fire is a runaway. {@code details}
     * adds to either message (which rules fired most, where that is known). A rule whose action or condition
     * throws (a stack overflow and lack of memory too) is named with its place.
     */
    private void fireToRest(KieSession session, Knowledge knowledge, RunLimits limits,
            Supplier<String> details) throws RuleRuntimeException {
        try (FiringWatch watch = FiringWatch.open(rules)) {
            session.addEventListener(watch);
            try {
                fireWithinLimits(session, knowledge, limits, details);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw failures.describe(e, watch.current());
            }
        }
    }

    private static void fireWithinLimits(KieSession session, Knowledge knowledge, RunLimits limits,
            Supplier<String> details) throws RuleRuntimeException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        try {
            insertFacts(session, knowledge);
            int elements = knowledge.elements().size();
            int maxFirings = limits.maxFiringsFor(elements);
            int fired = session.fireAllRules(maxFirings);
            if (timedOut.get()) {
                throw new RuleRuntimeException("the rules did not come to rest within "
                        + readable(limits.maxTime()) + details.get());
            }
            if (fired >= maxFirings && session.fireAllRules(1) > 0) {
                throw new RuleRuntimeException("the rules fired more than " + limits.maxFiringsPerElement()
                        + " times per element (" + maxFirings + " in all for " + elements
                        + (elements == 1 ? " element" : " elements") + ") without coming to rest" + details.get());
            }
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void insertFacts(KieSession session, Knowledge knowledge) {
        Scale levels = knowledge.model().levels();
        for (int rank = 0; rank < levels.steps().size(); rank++) {
            Scale.Step step = levels.steps().get(rank);
            session.insert(new Level(step.name(), rank, step.meaning()));
        }
        knowledge.elements().forEach(session::insert);
        knowledge.assessments().forEach(session::insert);
        knowledge.elements().forEach(e -> e.recommendationTexts().forEach(session::insert));
    }

    /** Names the rules that fired most: the ones to look at in a rule set that does not stop. */
    private static String busiest(TraceRecorder recorder) {
        String top = recorder.firingsPerRule().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" fired " + e.getValue() + " times")
                .collect(Collectors.joining(", "));
        return "the rules that fired most: " + top
                + ". A rule that changes or inserts a fact its own conditions match re-fires for ever;"
                + " guard it with a condition that its action makes false.";
    }

    private static String readable(java.time.Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Map<String, String> metadata(Rule rule) {
        Map<String, String> values = new HashMap<>();
        rule.getMetaData().forEach((key, value) -> values.put(key, unquote(String.valueOf(value))));
        return values;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rule-run-watchdog");
        thread.setDaemon(true);
        return thread;
    });
}
