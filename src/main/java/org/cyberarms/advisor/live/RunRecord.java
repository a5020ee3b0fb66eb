package org.cyberarms.advisor.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cyberarms.advisor.diff.DiffDocument;
import org.cyberarms.advisor.diff.InputPlaces;
import org.cyberarms.advisor.diff.RunComparison;
import org.cyberarms.advisor.diff.RunDifference;
import org.cyberarms.advisor.diff.RunSnapshot;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Sha256;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceFormatException;
import org.cyberarms.advisor.trace.TraceJsonLines;

/**
 * One run of the rules as a later run is compared with it ({@code advisor diff}'s way): what it read and
 * concluded, its input files by place (the scenario files too, so that a saved scenario shows), and the
 * model's dimension labels.
 */
public record RunRecord(RunSnapshot run, Map<String, String> files, Map<String, String> labels) {

    public RunRecord {
        files = Map.copyOf(files);
        labels = Map.copyOf(labels);
    }

    /** The run of {@code outcome}, made on {@code knowledge} (read from {@code knowledgeDir}) with {@code ruleFiles}. */
    public static RunRecord of(Knowledge knowledge, List<SourceFile> ruleFiles, Outcome outcome, Path knowledgeDir,
            Path rulesDir) {
        List<SourceFile> read = new ArrayList<>(knowledge.files());
        read.addAll(scenarioFiles(knowledgeDir));
        read.addAll(ruleFiles);
        Map<String, String> labels = new LinkedHashMap<>();
        knowledge.model().dimensions().forEach(d -> labels.put(d.id(), d.name()));
        try {
            return new RunRecord(RunSnapshot.of(new TraceJsonLines().eventLines(outcome.events())),
                    InputPlaces.hashes(read, knowledgeDir, rulesDir), labels);
        } catch (TraceFormatException e) {
            throw new IllegalStateException("a run made now reads back as its trace", e);
        }
    }

    /** What changed from this run to {@code later}, in plain words; {@code from} and {@code to} name the two. */
    public LiveChange changeTo(RunRecord later, String from, String to) {
        RunDifference difference = RunComparison.compare(run, later.run(), InputPlaces.changes(files, later.files()));
        Map<String, String> both = new LinkedHashMap<>(later.labels());
        labels.forEach(both::putIfAbsent);
        return LiveChange.of(DiffDocument.summary(difference),
                DiffDocument.of(new DiffDocument.Sides(from, to), difference, both));
    }

    /** The scenario files beside the knowledge, each with its SHA-256. */
    private static List<SourceFile> scenarioFiles(Path knowledgeDir) {
        Path folder = knowledgeDir.resolve(ScenarioLoader.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    files.add(new SourceFile(file.toString(), Sha256.of(file)));
                } catch (UncheckedIOException gone) {
                    // deleted while listed: its deletion is an event, and the next reload sees it gone
                }
            }
        } catch (IOException e) {
            // unlistable now: the scenario problems say so, and the next event reads it again
        }
        return files;
    }
}
