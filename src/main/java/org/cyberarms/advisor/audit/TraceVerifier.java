package org.cyberarms.advisor.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.cyberarms.advisor.model.Sha256;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.RunInputs;
import org.cyberarms.advisor.trace.TraceJsonLines;

/**
 * Reruns the run a trace recorded, with the inputs its header names, and compares every event line of the
 * rerun with the recorded one (so both the outcome and the order of firings must match), and every input
 * file's SHA-256 with the recorded hash.
 */
public final class TraceVerifier {

    public Verification verify(RecordedTrace trace)
            throws KnowledgeException, RuleBuildException, RuleRuntimeException {
        RunInputs in = trace.header().inputs();
        Path knowledgeDir = Path.of(in.knowledgeDir());
        Knowledge loaded = new KnowledgeLoader().load(knowledgeDir);
        Knowledge knowledge = ScenarioOverlay.applyNamed(loaded, knowledgeDir, in.scenarios(), in.sets());
        RuleBase rules = new RuleBaseCompiler().compile(Path.of(in.rulesDir()));
        rules.checkVocabulary(loaded);
        Outcome outcome = rules.evaluate(knowledge, new RunLimits(in.maxFirings(), Duration.ofSeconds(in.maxSeconds())));
        List<SourceFile> current = new ArrayList<>(knowledge.files());
        current.addAll(rules.sourceFiles());
        return compare(trace, new TraceJsonLines().eventLines(outcome.events()), current);
    }

    static Verification compare(RecordedTrace trace, List<String> rerun, List<SourceFile> currentFiles) {
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
        return new Verification(n, at, was, now, changes(trace.header().stamp().inputs(), currentFiles));
    }

    private static List<InputChange> changes(List<SourceFile> recorded, List<SourceFile> current) {
        Map<String, String> then = new LinkedHashMap<>();
        recorded.forEach(f -> then.put(f.path(), f.sha256()));
        Map<String, String> now = new LinkedHashMap<>();
        current.forEach(f -> now.put(f.path(), f.sha256()));
        List<InputChange> changes = new ArrayList<>();
        then.forEach((path, sha) -> {
            String currentSha = now.getOrDefault(path, currentHash(path));
            if (!sha.equals(currentSha)) {
                changes.add(new InputChange(path, sha, currentSha));
            }
        });
        now.forEach((path, sha) -> {
            if (!then.containsKey(path)) {
                changes.add(new InputChange(path, "", sha));
            }
        });
        return changes;
    }

    /** A recorded file the rerun did not read (e.g. a rule file removed): hash it if it is still there. */
    private static String currentHash(String path) {
        Path file = Path.of(path);
        return Files.isRegularFile(file) ? Sha256.of(file) : "";
    }

    /** Convenience for callers holding a path. */
    public Verification verify(Path traceFile) throws IOException, org.cyberarms.advisor.trace.TraceFormatException,
            KnowledgeException, RuleBuildException, RuleRuntimeException {
        return verify(new TraceJsonLines().read(traceFile));
    }
}
