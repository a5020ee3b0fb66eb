package org.cyberarms.advisor.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.Explainer;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.Explanation;
import org.cyberarms.advisor.report.ExplanationDocument;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.PathDocument;
import org.cyberarms.advisor.report.ReportDocument;
import org.cyberarms.advisor.report.WhatItWouldTakeSearch;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.cyberarms.advisor.trace.FactSentences;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.TraceEvent;
import org.cyberarms.advisor.trace.TraceJsonLines;
import org.cyberarms.advisor.trace.RunStamp;

/**
 * The answers the API gives, each exactly what the command of the same name prints with {@code --format
 * json}: built as the same documents and printed by the same JSON backend.
 */
final class Answers {

    /** {@code path}'s default bounds, so that {@code /api/path} answers as the command does without options. */
    private static final int PATH_STEPS = 8;
    private static final int PATH_ALTERNATIVES = 3;

    /** Searches kept per rule base version: a few per element state an analyst tries, each a few KB. */
    private static final int SEARCHES_KEPT = 4096;

    private final Path knowledgeDir;
    private final RunLimits limits;
    private final String advisorVersion;
    private final AtomicReference<VersionedMemo> memo =
            new AtomicReference<>(new VersionedMemo(-1, null, "", null));

    /**
     * The what-it-would-take searches of one version of the inputs, with what they were found under: the rule
     * base (the very object: live reload keeps it when only knowledge changed) and the model file's digest.
     */
    private record VersionedMemo(long version, Object rules, String model, WhatItWouldTakeSearch.Memo memo) {

        /** A search depends on the element's facts (the memo's key), the model and the rules, nothing else. */
        boolean foundUnder(Loaded loaded) {
            return rules == loaded.rules() && model.equals(modelDigest(loaded));
        }
    }

    private static String modelDigest(Loaded loaded) {
        return loaded.knowledge().files().stream().filter(f -> f.path().endsWith("maturity-model.yaml"))
                .map(org.cyberarms.advisor.model.SourceFile::sha256).findFirst().orElse("");
    }

    Answers(Path knowledgeDir, RunLimits limits, String advisorVersion) {
        this.knowledgeDir = knowledgeDir;
        this.limits = limits;
        this.advisorVersion = advisorVersion;
    }

    /**
     * {@code report --format json [--scenario NAME] [--set ...]}: the report of the knowledge with the
     * scenario and then the changes applied; the assessment itself when both are absent.
     */
    String report(Loaded loaded, Optional<String> scenario, List<String> sets)
            throws KnowledgeException, RuleRuntimeException {
        ScenarioOverlay.Applied applied = overlay(loaded, scenario, sets);
        Knowledge knowledge = applied.knowledge();
        Evaluator<RuleRuntimeException> rules = evaluator(loaded);
        Outcome outcome = rules.evaluate(knowledge);
        FeasibilityReport report = FeasibilityReport.of(knowledge, outcome, stamp(loaded, knowledge),
                WhatItWouldTakeSearch.of(knowledge, outcome, rules, memoFor(loaded)));
        return Backend.of(Format.JSON).render(ReportDocument.forPrograms(report, applied.whatIf()));
    }

    /**
     * {@code explain ID --format json [--scenario NAME] [--set ...]}, with one more key, {@code trace}: the rule
     * firings on the element, in order, each as a line followed by its facts as indented sentences.
     */
    String explain(Loaded loaded, String typedId, Optional<String> scenario, List<String> sets)
            throws KnowledgeException, RuleRuntimeException, ApiError.Refusal {
        ScenarioOverlay.Applied applied = overlay(loaded, scenario, sets);
        Knowledge knowledge = applied.knowledge();
        String id = Names.resolve(typedId, knowledge.elements().stream().map(Element::id).toList(), "element");
        Evaluator<RuleRuntimeException> rules = evaluator(loaded);
        Outcome outcome = rules.evaluate(knowledge);
        Explainer explainer = new Explainer(loaded.rules());
        Explanation explanation = Explanation.of(knowledge, outcome, id, explainer.whyNot(knowledge, outcome, id),
                Optional.empty(), rules);
        Document document = ExplanationDocument.of(explanation, false).withWhatIf(applied.whatIf());
        ObjectNode data = (ObjectNode) document.data().orElseThrow().deepCopy();
        ArrayNode trace = data.putArray("trace");
        traceLines(knowledge, outcome, id).forEach(trace::add);
        return Backend.of(Format.JSON).render(document.withData(data));
    }

    /** The element's rule firings as {@code advisor trace --element ID} words them: one line each, facts beneath. */
    private static List<String> traceLines(Knowledge knowledge, Outcome outcome, String id) {
        List<String> lines = new ArrayList<>();
        List<TraceEvent> firings = new ArrayList<>(outcome.firings());
        for (RecordedEvent event : new TraceJsonLines().recorded(firings, FactSentences.of(knowledge.model()))) {
            if (event.elementIds().contains(id)) {
                lines.add("#" + event.sequence() + " fired “" + event.rule().orElse("") + "”"
                        + event.ruleLocation().map(l -> " (" + l + ")").orElse(""));
                event.facts().forEach(fact -> lines.add("    " + fact));
            }
        }
        return lines;
    }

    /**
     * {@code path ID --target LEVEL --format json [--scenario NAME] [--set ...]}: the smallest changes that raise
     * the element to the level, with the command line's default bounds (8 steps, 3 alternatives).
     */
    String path(Loaded loaded, String typedId, String typedTarget, Optional<String> scenario, List<String> sets)
            throws KnowledgeException, RuleRuntimeException, ApiError.Refusal {
        ScenarioOverlay.Applied applied = overlay(loaded, scenario, sets);
        Knowledge knowledge = applied.knowledge();
        String id = Names.resolve(typedId, knowledge.elements().stream().map(Element::id).toList(), "element");
        String target = Names.exactly(typedTarget, knowledge.model().levels().names(), "level");
        PathSearch search = new PathSearch(knowledge, new PathSearch.Options(target, List.of(), PATH_STEPS,
                PATH_ALTERNATIVES));
        PathResult result = search.search(id, evaluator(loaded));
        List<String> sameWhatIf = new ArrayList<>();
        scenario.ifPresent(name -> sameWhatIf.addAll(List.of("--scenario", name)));
        sets.forEach(set -> sameWhatIf.addAll(List.of("--set", set)));
        return Backend.of(Format.JSON).render(PathDocument.of(List.of(result), target, knowledge.model(),
                applied.whatIf(), sameWhatIf));
    }

    private ScenarioOverlay.Applied overlay(Loaded loaded, Optional<String> scenario, List<String> sets)
            throws KnowledgeException {
        return ScenarioOverlay.overlay(loaded.knowledge(), knowledgeDir, scenario.map(List::of).orElse(List.of()),
                sets);
    }

    private Evaluator<RuleRuntimeException> evaluator(Loaded loaded) {
        return k -> loaded.rules().evaluate(k, limits, TraceDetail.FIRINGS_AND_FACTS);
    }

    /**
     * The searches of this version of the inputs. A reload that kept the rule base and the model (an edit of the
     * elements alone) keeps the searches too, so the page's first report after such a save is not slowed by
     * searching every element afresh; any other reload starts afresh, since its rules or levels may differ.
     */
    private WhatItWouldTakeSearch.Memo memoFor(Loaded loaded) {
        VersionedMemo kept = memo.updateAndGet(old -> old.version() < loaded.version()
                ? new VersionedMemo(loaded.version(), loaded.rules(), modelDigest(loaded),
                        old.memo() != null && old.foundUnder(loaded) ? old.memo()
                                : new WhatItWouldTakeSearch.Memo(SEARCHES_KEPT))
                : old);
        // A request still answering from an older version (a reload came in meanwhile) searches on its own.
        return kept.version() == loaded.version() ? kept.memo() : new WhatItWouldTakeSearch.Memo(SEARCHES_KEPT);
    }

    /** As the command line stamps a run: version, time, and every knowledge, scenario and rule file read. */
    private RunStamp stamp(Loaded loaded, Knowledge knowledge) {
        List<SourceFile> files = new ArrayList<>(knowledge.files());
        files.addAll(loaded.rules().sourceFiles());
        return new RunStamp(advisorVersion, Instant.now().truncatedTo(ChronoUnit.SECONDS), files);
    }
}
