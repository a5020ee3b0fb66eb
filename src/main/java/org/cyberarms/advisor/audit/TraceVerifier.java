package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.diff.InputPlaces;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.RunInputs;
import org.cyberarms.advisor.trace.TraceJsonLines;

/**
 * Reruns the run a trace recorded and compares every event line of the rerun with the recorded one (so both
 * the outcome and the order of firings must match), and every input file's SHA-256 with the recorded hash.
 *
 * <p>The rerun reads the knowledge and rules folders the caller gives (the command line's), never a path
 * written in the trace: a trace is a file anyone can edit, and following its paths would let it choose
 * which rules run. Recorded and current files are matched by their place inside the knowledge or rules
 * folder, so a trace made with {@code --knowledge a} can be checked against a copy in {@code b}. The
 * recorded scenarios (names, looked up in the given knowledge folder), {@code --set} changes and limits
 * are values, not places, and are reused as recorded.
 */
public final class TraceVerifier {

    /** What to rerun on: the folders and the scenarios to apply (names or files the analyst gave). */
    public record Rerun(Path knowledgeDir, Path rulesDir, List<String> scenarios) {

        public Rerun {
            scenarios = List.copyOf(scenarios);
        }
    }

    public Verification verify(RecordedTrace trace, Rerun rerun)
            throws KnowledgeException, RuleBuildException, RuleRuntimeException {
        RunInputs in = trace.header().inputs();
        Knowledge loaded = new KnowledgeLoader().load(rerun.knowledgeDir());
        Knowledge knowledge = ScenarioOverlay.applyNamed(loaded, rerun.knowledgeDir(), rerun.scenarios(), in.sets());
        RuleBase rules = new RuleBaseCompiler().compile(rerun.rulesDir());
        rules.checkVocabulary(loaded);
        Outcome outcome = rules.evaluate(knowledge, new RunLimits(in.maxFirings(), Duration.ofSeconds(in.maxSeconds())));
        Map<String, SourceFile> current = new LinkedHashMap<>();
        knowledge.files().forEach(f -> current.put(InputPlaces.of(f.path(), rerun.knowledgeDir().toString(),
                rerun.rulesDir().toString()), f));
        rules.sourceFiles().forEach(f -> current.put(InputPlaces.of(f.path(), rerun.knowledgeDir().toString(),
                rerun.rulesDir().toString()), f));
        Map<String, SourceFile> recorded = new LinkedHashMap<>();
        trace.header().stamp().inputs().forEach(f -> recorded.put(InputPlaces.of(f.path(), in.knowledgeDir(), in.rulesDir()), f));
        Map<String, String> labels = new LinkedHashMap<>();
        loaded.model().dimensions().forEach(d -> labels.put(d.id(), d.name()));
        return compare(trace, new TraceJsonLines().eventLines(outcome.events()), changes(recorded, current), labels);
    }

    static Verification compare(RecordedTrace trace, List<String> rerun, List<InputChange> changes,
            Map<String, String> dimensionLabels) {
        List<RecordedEvent> recorded = trace.events();
        int n = Math.max(recorded.size(), rerun.size());
        Optional<Integer> at = Optional.empty();
        Optional<String> was = Optional.empty();
        Optional<String> now = Optional.empty();
        for (int i = 0; i < n; i++) {
            String a = i < recorded.size() ? recorded.get(i).line() : null;
            String b = i < rerun.size() ? rerun.get(i) : null;
            if (a == null || !a.equals(b)) {
                at = Optional.of(i + 1);
                was = Optional.ofNullable(a);
                now = Optional.ofNullable(b);
                break;
            }
        }
        return new Verification(n, at, was, now, changes, rerun, dimensionLabels);
    }

    /** Each input by place: changed, no longer read, or new; shown under the path the rerun read. */
    private static List<InputChange> changes(Map<String, SourceFile> recorded, Map<String, SourceFile> current) {
        List<InputChange> changes = new ArrayList<>();
        recorded.forEach((place, then) -> {
            SourceFile now = current.get(place);
            if (now == null) {
                changes.add(new InputChange(then.path(), then.sha256(), ""));
            } else if (!then.sha256().equals(now.sha256())) {
                changes.add(new InputChange(now.path(), then.sha256(), now.sha256()));
            }
        });
        current.forEach((place, now) -> {
            if (!recorded.containsKey(place)) {
                changes.add(new InputChange(now.path(), "", now.sha256()));
            }
        });
        return changes;
    }
}
