package org.cyberarms.advisor.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.files.InputFile;
import org.cyberarms.advisor.files.UnreadableFileException;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * Runs analysts' expectation files (YAML, format in {@code docs/analyst-tests.md}) against the real rules:
 * each case gives facts (a knowledge folder, optionally with some elements' statuses changed) and expects
 * levels, recommendations, practical actions, or that named rules fire or do not fire.
 */
public final class AnalystTests {

    /** One expectation file: a list of cases. */
    record TestFile(List<Case> cases) {}

    record Case(String name, Given given, Expect expect) {}

    /**
     * @param knowledge a knowledge folder; empty for the one the command was given
     * @param elements  per element, per dimension: a status (the latest round's), or {status, reliance}
     */
    record Given(String knowledge, Map<String, Map<String, JsonNode>> elements) {}

    record Expect(Map<String, String> levels, List<RecommendationExpected> recommendations, List<JsonNode> actions,
            List<String> fires, @JsonProperty("does_not_fire") List<String> doesNotFire) {}

    record RecommendationExpected(String element, String dimension) {}

    /** One case's verdict; passed when there is no difference. */
    public record CaseResult(String file, String name, List<String> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Expectation files are short and written by hand; the limit only keeps a stray huge file out. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final RuleBase rules;
    private final Path defaultKnowledge;
    private final Map<Path, Knowledge> loaded = new HashMap<>();

    public AnalystTests(RuleBase rules, Path defaultKnowledge) {
        this.rules = rules;
        this.defaultKnowledge = defaultKnowledge;
    }

    /** Every case of every {@code *.yaml}/{@code *.yml} file under {@code dir}, in file order. */
    public List<CaseResult> run(Path dir)
            throws AnalystTestFormatException, KnowledgeException, RuleBuildException, RuleRuntimeException {
        Map<Path, TestFile> files = read(dir);
        List<CaseResult> results = new ArrayList<>();
        for (Map.Entry<Path, TestFile> file : files.entrySet()) {
            for (Case c : file.getValue().cases()) {
                results.add(new CaseResult(file.getKey().toString(), c.name(), run(c)));
            }
        }
        return results;
    }

    private static Map<Path, TestFile> read(Path dir) throws AnalystTestFormatException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new AnalystTestFormatException(List.of(dir + ": cannot read this folder (" + e.getMessage() + ")"));
        }
        if (paths.isEmpty()) {
            throw new AnalystTestFormatException(List.of(dir + ": no expectation files (*.yaml) found"));
        }
        Map<Path, TestFile> files = new java.util.LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            byte[] bytes;
            try {
                // A FIFO or device named *.yaml is refused before it is opened; size is checked before reading.
                bytes = InputFile.readBytes(path, MAX_BYTES, MAX_BYTES / (1024 * 1024) + " MB");
            } catch (UnreadableFileException e) {
                problems.add(path + ": " + e.reason());
                continue;
            }
            try {
                TestFile file = YAML.readValue(bytes, TestFile.class);
                if (file == null || file.cases() == null || file.cases().isEmpty()) {
                    problems.add(path + ":1:1: no 'cases:' list");
                    continue;
                }
                for (int i = 0; i < file.cases().size(); i++) {
                    Case c = file.cases().get(i);
                    if (c == null || c.name() == null || c.expect() == null) {
                        problems.add(path + ": case " + (i + 1) + " needs a 'name' and an 'expect'");
                    }
                }
                files.put(path, file);
            } catch (UnrecognizedPropertyException e) {
                problems.add(keyLocation(path, bytes, e.getPropertyName()) + ": unknown key '" + e.getPropertyName()
                        + "'; the keys are: cases, name, given{knowledge, elements}, expect{levels, recommendations,"
                        + " actions, fires, does_not_fire}");
            } catch (JsonMappingException e) {
                var at = e.getLocation();
                problems.add(path + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": "
                        + e.getOriginalMessage().lines().findFirst().orElse("")
                        + " (keys: cases, name, given{knowledge, elements}, expect{levels, recommendations, actions,"
                        + " fires, does_not_fire})");
            } catch (IOException e) {
                problems.add(path + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnalystTestFormatException(problems);
        }
        return files;
    }

    /** Jackson places an unknown key of a record at the end of its mapping: find the key itself. */
    private static String keyLocation(Path path, byte[] bytes, String key) {
        List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        java.util.regex.Pattern at = java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?)" + java.util.regex.Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = at.matcher(lines.get(i));
            if (m.find()) {
                return path + ":" + (i + 1) + ":" + (m.group(1).length() + 1);
            }
        }
        return path.toString();
    }

    private List<String> run(Case c) throws KnowledgeException, RuleBuildException, RuleRuntimeException {
        List<String> differences = new ArrayList<>();
        Path folder = c.given() != null && c.given().knowledge() != null ? Path.of(c.given().knowledge()) : defaultKnowledge;
        Knowledge knowledge = loaded.get(folder);
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(folder);
            rules.checkVocabulary(knowledge); // the rules' words against each knowledge folder a case names
            loaded.put(folder, knowledge);
        }
        if (c.given() != null && c.given().elements() != null) {
            Optional<Knowledge> changed = override(knowledge, c.given().elements(), differences);
            if (changed.isEmpty()) {
                return differences;
            }
            knowledge = changed.get();
        }
        Outcome outcome = rules.evaluate(knowledge, RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS);
        Expect expect = c.expect();
        if (expect.levels() != null) {
            expect.levels().forEach((element, level) -> {
                List<Conclusion<ElementLevel>> got = outcome.all(ElementLevel.class).stream()
                        .filter(l -> l.fact().elementId().equals(element)).toList();
                if (got.isEmpty()) {
                    differences.add("level of " + element + ": expected " + level + ", got none (no rule concluded a level)");
                } else if (got.size() > 1 || !got.get(0).fact().level().equals(level)) {
                    differences.add("level of " + element + ": expected " + level + ", got " + got.stream()
                            .map(l -> l.fact().level() + " (by \"" + l.firedBy().rule().name() + "\", "
                                    + l.firedBy().rule().location() + ")")
                            .collect(Collectors.joining(" and ")));
                }
            });
        }
        if (expect.recommendations() != null) {
            Map<String, Set<String>> expected = new TreeMap<>();
            expect.recommendations().forEach(r -> expected.computeIfAbsent(r.element(), k -> new TreeSet<>()).add(r.dimension()));
            expected.forEach((element, dimensions) -> {
                Set<String> got = outcome.recommendationsFor(element).stream().map(r -> r.fact().dimension())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!got.equals(dimensions)) {
                    differences.add("recommendations for " + element + ": expected for " + dimensions + ", got for " + got);
                }
            });
        }
        if (expect.actions() != null) {
            Map<String, Set<String>> expected = new TreeMap<>();
            for (JsonNode a : expect.actions()) {
                String dimension = a.isTextual() ? a.asText() : a.path("dimension").asText();
                Set<String> elements = new TreeSet<>();
                a.path("elements").forEach(e -> elements.add(e.asText()));
                expected.put(dimension, a.has("elements") ? elements : null);
            }
            Map<String, Set<String>> got = new TreeMap<>();
            outcome.practicalActions().stream().map(Conclusion::fact)
                    .forEach(p -> got.put(p.dimension(), new TreeSet<>(p.elementIds())));
            if (!expected.keySet().equals(got.keySet())) {
                differences.add("practical actions: expected for " + expected.keySet() + ", got for " + got.keySet());
            }
            expected.forEach((dimension, elements) -> {
                if (elements != null && got.containsKey(dimension) && !elements.equals(got.get(dimension))) {
                    differences.add("practical action for " + dimension + ": expected elements " + elements
                            + ", got " + got.get(dimension));
                }
            });
        }
        Set<String> fired = outcome.standingFirings().stream().map(f -> f.rule().name()).collect(Collectors.toSet());
        Set<String> known = rules.rules().stream().map(r -> r.name()).collect(Collectors.toSet());
        if (expect.fires() != null) {
            for (String rule : expect.fires()) {
                if (!known.contains(rule)) {
                    differences.add("rule \"" + rule + "\" does not exist in the rule files (renamed or removed?)");
                } else if (!fired.contains(rule)) {
                    differences.add("rule \"" + rule + "\": expected to fire, did not (try 'advisor explain ELEMENT --rule')");
                }
            }
        }
        if (expect.doesNotFire() != null) {
            for (String rule : expect.doesNotFire()) {
                if (!known.contains(rule)) {
                    differences.add("rule \"" + rule + "\" does not exist in the rule files (renamed or removed?)");
                } else if (fired.contains(rule)) {
                    long times = outcome.standingFirings().stream().map(TraceEvent.RuleFired::rule)
                            .filter(r -> r.name().equals(rule)).count();
                    differences.add("rule \"" + rule + "\": expected not to fire, fired " + times + " time(s)");
                }
            }
        }
        return differences;
    }

    /** The knowledge with some elements' latest-round status (and reliance) replaced. */
    private static Optional<Knowledge> override(Knowledge knowledge, Map<String, Map<String, JsonNode>> changes,
            List<String> problems) {
        List<Assessment> assessments = new ArrayList<>(knowledge.assessments());
        changes.forEach((element, dimensions) -> {
            if (knowledge.element(element).isEmpty()) {
                problems.add("given: no element " + element + " in the knowledge");
                return;
            }
            dimensions.forEach((dimension, value) -> {
                int index = -1;
                for (int i = 0; i < assessments.size(); i++) {
                    if (assessments.get(i).elementId().equals(element) && assessments.get(i).dimension().equals(dimension)) {
                        index = i;
                    }
                }
                if (index < 0) {
                    problems.add("given: element " + element + " has no dimension '" + dimension + "'; dimensions are "
                            + knowledge.model().dimensionIds());
                    return;
                }
                Assessment a = assessments.get(index);
                String status = value.isTextual() ? value.asText() : value.path("status").asText(a.status());
                String reliance = value.isObject() ? value.path("reliance").asText(a.reliance()) : a.reliance();
                Optional<Integer> rank = knowledge.model().statuses().rankOf(status);
                if (rank.isEmpty() || !knowledge.model().reliances().contains(reliance)) {
                    problems.add("given: " + element + " " + dimension + ": status must be one of "
                            + knowledge.model().statuses().names() + " and reliance one of "
                            + knowledge.model().reliances().names());
                    return;
                }
                List<String> rounds = new ArrayList<>(a.rounds());
                List<Integer> ranks = new ArrayList<>(a.statusRanks());
                rounds.set(rounds.size() - 1, status);
                ranks.set(ranks.size() - 1, rank.get());
                assessments.set(index, new Assessment(a.elementId(), a.dimension(), reliance, rounds, ranks, a.panel(),
                        a.panelRanks()));
            });
        });
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Knowledge(knowledge.model(), knowledge.elements(), assessments, knowledge.provenance(),
                knowledge.files()));
    }
}
