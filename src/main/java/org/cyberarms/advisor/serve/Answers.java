package org.cyberarms.advisor.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport;
import org.cyberarms.advisor.report.ReportDocument;
import org.cyberarms.advisor.report.WhatItWouldTakeSearch;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

/**
 * The answers the API gives, each exactly what the command of the same name prints with {@code --format
 * json}: built as the same documents and printed by the same JSON backend.
 */
final class Answers {

    /** Searches kept per rule base version: a few per element state an analyst tries, each a few KB. */
    private static final int SEARCHES_KEPT = 4096;

    private final Path knowledgeDir;
    private final RunLimits limits;
    private final String advisorVersion;
    private final AtomicReference<VersionedMemo> memo = new AtomicReference<>(new VersionedMemo(-1, null));

    /** The what-it-would-take searches of one version of the inputs. */
    private record VersionedMemo(long version, WhatItWouldTakeSearch.Memo memo) {}

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
        ScenarioOverlay.Applied applied = ScenarioOverlay.overlay(loaded.knowledge(), knowledgeDir,
                scenario.map(List::of).orElse(List.of()), sets);
        Knowledge knowledge = applied.knowledge();
        Evaluator<RuleRuntimeException> rules = k -> loaded.rules().evaluate(k, limits, TraceDetail.FIRINGS_AND_FACTS);
        Outcome outcome = rules.evaluate(knowledge);
        FeasibilityReport report = FeasibilityReport.of(knowledge, outcome, stamp(loaded, knowledge),
                WhatItWouldTakeSearch.of(knowledge, outcome, rules, memoFor(loaded)));
        return Backend.of(Format.JSON).render(ReportDocument.of(report,
                ReportDocument.Options.assessment().withWhatIf(applied.whatIf())));
    }

    /** The searches of this version of the inputs; a reload starts afresh, since its rules may differ. */
    private WhatItWouldTakeSearch.Memo memoFor(Loaded loaded) {
        VersionedMemo kept = memo.updateAndGet(old -> old.version() < loaded.version()
                ? new VersionedMemo(loaded.version(), new WhatItWouldTakeSearch.Memo(SEARCHES_KEPT)) : old);
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
