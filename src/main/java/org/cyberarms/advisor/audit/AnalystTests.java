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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * Runs analysts' expectation files (YAML, format in {@code docs/analyst-tests.md}) against the real rules:
 * each case gives facts (a knowledge folder, optionally with some elements' statuses changed) and expects
 * levels, blocking dimensions, recommendations, practical actions, caveats, or that named rules fire or do not
 * fire. Every expectation is exact, so a file can pin the whole outcome: an edit to the rules that changes any
 * conclusion it names fails.
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

    record Expect(Map<String, String> levels, Map<String, List<String>> blockers,
            RecommendationsExpected recommendations, List<JsonNode> actions, Map<String, List<CaveatExpected>> caveats,
            List<String> fires, @JsonProperty("does_not_fire") List<String> doesNotFire) {}

    record RecommendationExpected(String element, String dimension) {}

    /**
     * Per element named, the dimensions of exactly its recommendations (an empty list: none). Written either as
     * a map {@code {E03: [attribution, verification], E11: []}} or, as before, a list of {element, dimension}.
     */
    @JsonDeserialize(using = RecommendationsExpected.Reader.class)
    record RecommendationsExpected(Map<String, List<String>> byElement) {

        static final class Reader extends StdDeserializer<RecommendationsExpected> {
            Reader() {
                super(RecommendationsExpected.class);
            }

            @Override
            public RecommendationsExpected deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Map<String, List<String>> byElement = new TreeMap<>();
                if (p.isExpectedStartArrayToken()) {
                    List<RecommendationExpected> pairs = ctxt.readValue(p,
                            ctxt.getTypeFactory().constructCollectionType(List.class, RecommendationExpected.class));
                    pairs.forEach(r -> byElement.computeIfAbsent(r.element(), k -> new ArrayList<>()).add(r.dimension()));
                } else if (p.isExpectedStartObjectToken()) {
                    Map<String, List<String>> map = ctxt.readValue(p, ctxt.getTypeFactory()
                            .constructMapType(Map.class, ctxt.getTypeFactory().constructType(String.class),
                                    ctxt.getTypeFactory().constructCollectionType(List.class, String.class)));
                    map.forEach((element, dimensions) -> byElement.put(element, orNone(dimensions)));
                } else {
                    return ctxt.reportInputMismatch(this, "'recommendations' is a map of element to dimensions"
                            + " ({ID: [DIMENSION], OTHER-ID: []}) or a list of {element, dimension}");
                }
                return new RecommendationsExpected(byElement);
            }
        }
    }

    /** A caveat expected: its kind, and its dimension unless it is about the whole element (then empty). */
    @JsonDeserialize(using = CaveatExpected.Reader.class)
    record CaveatExpected(String kind, String dimension) {

        static CaveatExpected of(Caveat caveat) {
            return new CaveatExpected(caveat.kind(), caveat.dimension());
        }

        @Override
        public String toString() {
            return dimension.isEmpty() ? kind : kind + " (" + dimension + ")";
        }

        /** {@code reconstructed}, or {@code {moved: verification}}: a kind alone, or a kind with its dimension. */
        static final class Reader extends StdDeserializer<CaveatExpected> {
            Reader() {
                super(CaveatExpected.class);
            }

            @Override
            public CaveatExpected deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonLocation at = p.currentTokenLocation();
                JsonNode node = ctxt.readTree(p);
                if (node.isTextual()) {
                    return new CaveatExpected(node.asText(), "");
                }
                if (node.isObject() && node.size() == 1 && node.elements().next().isTextual()) {
                    var entry = node.fields().next();
                    return new CaveatExpected(entry.getKey(), entry.getValue().asText());
                }
                throw new JsonMappingException(p, "a caveat is its kind (reconstructed) or its kind and dimension"
                        + " ({moved: DIMENSION})", at);
            }
        }
    }

    /**
     * One case's verdict; passed when there is no difference.
     *
     * @param file        the expectation file
     * @param line        the line of the case's {@code name:} in it (0 when it cannot be found)
     * @param knowledge   the knowledge folder the case ran on
     * @param changes     the case's {@code given} changes as {@code --set} values ({@code E09.verification=weak})
     * @param elements    the elements the case names, in its order (given first, then expected)
     */
    public record CaseResult(String file, int line, String name, Path knowledge, List<String> changes,
            List<String> elements, List<Difference> differences) {
        public CaseResult {
            changes = List.copyOf(changes);
            elements = List.copyOf(elements);
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }

        /** {@code rules/tests/what-if.yaml:12}: where to open the case. */
        public String where() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    /**
     * One way the rules' outcome differs from what a case expects.
     *
     * @param element the element it is about, or empty (practical actions, a rule)
     * @param text    what differs, in words: expected and got
     * @param rule    the rule it is about, when the case named one that exists (to explain it)
     */
    public record Difference(String element, String text, Optional<String> rule) {
        static Difference about(String element, String text) {
            return new Difference(element, text, Optional.empty());
        }

        static Difference general(String text) {
            return new Difference("", text, Optional.empty());
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static final String KEYS = "cases, name, given{knowledge, elements}, expect{levels, blockers,"
            + " recommendations, actions, caveats, fires, does_not_fire}";

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
            List<String> lines = lines(file.getKey());
            for (Case c : file.getValue().cases()) {
                List<Difference> differences = new ArrayList<>();
                Path folder = folderOf(c);
                run(c, folder, differences);
                results.add(new CaseResult(file.getKey().toString(), lineOfCase(lines, c.name()), c.name(), folder,
                        setValues(c), elementsNamed(c), differences));
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
                        + "'; the keys are: " + KEYS);
            } catch (JsonMappingException e) {
                var at = e.getLocation();
                problems.add(path + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": "
                        + wrongShape(e) + " (keys: " + KEYS + ")");
            } catch (IOException e) {
                problems.add(path + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnalystTestFormatException(problems);
        }
        return files;
    }

    /**
     * A value of the wrong shape, in words: Jackson's own message names Java types ("Cannot deserialize value of
     * type `java.util.LinkedHashMap`..."), which mean nothing to an analyst. Messages this class writes itself
     * (a plain {@link JsonMappingException}) are already in words and are kept.
     */
    private static String wrongShape(JsonMappingException e) {
        if (e.getClass() == JsonMappingException.class) {
            return e.getOriginalMessage().lines().findFirst().orElse("");
        }
        List<String> keys = new ArrayList<>();
        String inCase = "";
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                keys.add(step.getFieldName());
            } else if (step.getIndex() >= 0 && keys.equals(List.of("cases"))) {
                inCase = " (in case " + (step.getIndex() + 1) + ", under `%s`)";
                keys.clear();
            }
        }
        if (keys.isEmpty()) {
            return "this value does not have the shape the file takes; see docs/analyst-tests.md for an example";
        }
        String key = keys.get(keys.size() - 1);
        String parent = keys.size() > 1 ? keys.get(keys.size() - 2) : "the case";
        return "`" + key + "`" + (inCase.isEmpty() ? "" : String.format(inCase, parent))
                + " does not have the shape this key takes; see docs/analyst-tests.md for an example of each key";
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

    private Path folderOf(Case c) {
        return c.given() != null && c.given().knowledge() != null ? Path.of(c.given().knowledge()) : defaultKnowledge;
    }

    private static List<String> elementsNamed(Case c) {
        Set<String> named = new java.util.LinkedHashSet<>();
        if (c.given() != null && c.given().elements() != null) {
            named.addAll(c.given().elements().keySet());
        }
        Expect e = c.expect();
        Stream.of(e.levels(), e.blockers(), e.caveats(),
                e.recommendations() == null ? null : e.recommendations().byElement())
                .filter(java.util.Objects::nonNull).forEach(m -> named.addAll(m.keySet()));
        return List.copyOf(named);
    }

    /** The case's {@code given} changes as {@code advisor report --set} takes them. */
    private static List<String> setValues(Case c) {
        List<String> values = new ArrayList<>();
        if (c.given() == null || c.given().elements() == null) {
            return values;
        }
        c.given().elements().forEach((element, dimensions) -> dimensions.forEach((dimension, value) -> {
            if (value.isTextual()) {
                values.add(element + "." + dimension + "=" + value.asText());
            } else {
                if (value.hasNonNull("status")) {
                    values.add(element + "." + dimension + "=" + value.get("status").asText());
                }
                if (value.hasNonNull("reliance")) {
                    values.add(element + "." + dimension + ".reliance=" + value.get("reliance").asText());
                }
            }
        }));
        return values;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // read once already; a case is then named by its file only
        }
    }

    /** The line of {@code name: <the case's name>}, so that a failed case can be opened where it is. */
    private static int lineOfCase(List<String> lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("-")) {
                line = line.substring(1).strip();
            }
            if (line.startsWith("name:") && unquoted(line.substring("name:".length()).strip()).equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private void run(Case c, Path folder, List<Difference> differences)
            throws KnowledgeException, RuleBuildException, RuleRuntimeException {
        Knowledge knowledge = loaded.get(folder);
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(folder);
            rules.checkVocabulary(knowledge); // the rules' words against each knowledge folder a case names
            loaded.put(folder, knowledge);
        }
        if (c.given() != null && c.given().elements() != null) {
            Optional<Knowledge> changed = override(knowledge, c.given().elements(), differences);
            if (changed.isEmpty()) {
                return;
            }
            knowledge = changed.get();
        }
        Outcome outcome = rules.evaluate(knowledge, RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS);
        Expect expect = c.expect();
        Knowledge facts = knowledge;
        Set<String> unknown = new TreeSet<>();
        for (Map<String, ?> perElement : Stream.of(expect.levels(), expect.blockers(), expect.caveats(),
                expect.recommendations() == null ? null : expect.recommendations().byElement())
                .filter(java.util.Objects::nonNull).toList()) {
            perElement.keySet().stream().filter(id -> facts.element(id).isEmpty()).forEach(unknown::add);
        }
        List<String> ids = facts.elements().stream().map(e -> e.id()).toList();
        unknown.forEach(id -> differences.add(Difference.general(id + ": no such element in the knowledge."
                + Suggestions.didYouMean(id, ids).map(h -> " " + h).orElse(""))));
        Labels labels = new Labels(facts);
        if (expect.levels() != null) {
            expect.levels().forEach((element, level) -> {
                if (unknown.contains(element)) {
                    return;
                }
                List<Conclusion<ElementLevel>> got = outcome.all(ElementLevel.class).stream()
                        .filter(l -> l.fact().elementId().equals(element)).toList();
                if (got.isEmpty()) {
                    differences.add(Difference.about(element, "level of " + element + ": expected " + level
                            + ", got none (no rule concluded a level)"));
                } else if (got.size() > 1 || !got.get(0).fact().level().equals(level)) {
                    differences.add(Difference.about(element, "level of " + element + ": expected " + level + ", got "
                            + got.stream().map(l -> l.fact().level() + " (by \"" + l.firedBy().rule().name() + "\", "
                                    + l.firedBy().rule().location() + ")")
                            .collect(Collectors.joining(" and "))));
                }
            });
        }
        if (expect.blockers() != null) {
            compareEach("blocking dimensions of", labels.all(expect.blockers()), unknown,
                    element -> outcome.blockersOf(element).stream().map(b -> labels.of(b.fact().dimension())).toList(),
                    differences);
        }
        if (expect.recommendations() != null) {
            compareEach("recommendations for", labels.all(expect.recommendations().byElement()), unknown,
                    element -> outcome.recommendationsFor(element).stream().map(r -> labels.of(r.fact().dimension()))
                            .toList(), differences);
        }
        if (expect.caveats() != null) {
            compareEach("caveats of", labels.caveats(expect.caveats()), unknown,
                    element -> outcome.caveatsOf(element).stream()
                            .map(cv -> labels.of(CaveatExpected.of(cv.fact()))).toList(), differences);
        }
        if (expect.actions() != null) {
            compareActions(expect.actions(), outcome, labels, differences);
        }
        Set<String> fired = outcome.standingFirings().stream().map(f -> f.rule().name()).collect(Collectors.toSet());
        Set<String> known = rules.rules().stream().map(r -> r.name()).collect(Collectors.toSet());
        if (expect.fires() != null) {
            for (String rule : expect.fires()) {
                if (!known.contains(rule)) {
                    differences.add(noSuchRule(rule, known));
                } else if (!fired.contains(rule)) {
                    differences.add(new Difference("", "rule \"" + rule + "\": expected to fire, did not",
                            Optional.of(rule)));
                }
            }
        }
        if (expect.doesNotFire() != null) {
            for (String rule : expect.doesNotFire()) {
                if (!known.contains(rule)) {
                    differences.add(noSuchRule(rule, known));
                } else if (fired.contains(rule)) {
                    long times = outcome.standingFirings().stream().map(TraceEvent.RuleFired::rule)
                            .filter(r -> r.name().equals(rule)).count();
                    differences.add(new Difference("", "rule \"" + rule + "\": expected not to fire, fired " + times
                            + " time(s)", Optional.of(rule)));
                }
            }
        }
    }

    private static Difference noSuchRule(String rule, Set<String> known) {
        return Difference.general("rule \"" + rule + "\" does not exist in the rule files (renamed or removed?)."
                + Suggestions.didYouMean(rule, known).map(h -> " " + h).orElse(""));
    }

    /** The model's dimension labels ("Political endorsement") for what a difference says about dimensions. */
    private record Labels(Knowledge knowledge) {
        String of(String dimension) {
            return knowledge.model().dimension(dimension).map(d -> d.name()).orElse(dimension);
        }

        CaveatExpected of(CaveatExpected caveat) {
            return caveat.dimension().isEmpty() ? caveat : new CaveatExpected(caveat.kind(), of(caveat.dimension()));
        }

        Map<String, List<String>> all(Map<String, List<String>> byElement) {
            Map<String, List<String>> labelled = new TreeMap<>();
            byElement.forEach((element, dimensions) -> labelled.put(element,
                    orNone(dimensions).stream().map(this::of).toList()));
            return labelled;
        }

        Map<String, List<CaveatExpected>> caveats(Map<String, List<CaveatExpected>> byElement) {
            Map<String, List<CaveatExpected>> labelled = new TreeMap<>();
            byElement.forEach((element, caveats) -> labelled.put(element,
                    orNone(caveats).stream().map(this::of).toList()));
            return labelled;
        }
    }

    /**
     * Per element named, exactly the expected conclusions, counted: a conclusion the rules made twice (say two
     * recommendations for one dimension) differs from one.
     */
    private static <T> void compareEach(String what, Map<String, List<T>> expected, Set<String> unknown,
            Function<String, List<T>> concluded, List<Difference> differences) {
        expected.forEach((element, values) -> {
            if (unknown.contains(element)) {
                return;
            }
            List<String> want = sorted(orNone(values));
            List<String> got = sorted(concluded.apply(element));
            if (!want.equals(got)) {
                differences.add(Difference.about(element, what + " " + element + ": expected " + listed(want) + "; got "
                        + listed(got)));
            }
        });
    }

    /**
     * Exactly these practical actions: as many per dimension as expected (a duplicate action fails), and, where
     * the expectation names them, each with exactly these elements.
     */
    private static void compareActions(List<JsonNode> actions, Outcome outcome, Labels labels,
            List<Difference> differences) {
        List<String> wantDimensions = new ArrayList<>();
        Map<String, List<String>> wantElements = new TreeMap<>();
        for (JsonNode a : actions) {
            String dimension = a.isTextual() ? a.asText() : a.path("dimension").asText();
            dimension = labels.of(dimension);
            wantDimensions.add(dimension);
            if (a.has("elements")) {
                Set<String> elements = new TreeSet<>();
                a.path("elements").forEach(e -> elements.add(e.asText()));
                wantElements.computeIfAbsent(dimension, k -> new ArrayList<>()).add(elements.toString());
            }
        }
        List<String> gotDimensions = new ArrayList<>();
        Map<String, List<String>> gotElements = new TreeMap<>();
        outcome.practicalActions().stream().map(Conclusion::fact).forEach(p -> {
            gotDimensions.add(labels.of(p.dimension()));
            gotElements.computeIfAbsent(labels.of(p.dimension()), k -> new ArrayList<>()).add(new TreeSet<>(p.elementIds()).toString());
        });
        if (!sorted(wantDimensions).equals(sorted(gotDimensions))) {
            differences.add(Difference.general("practical actions: expected for " + listed(sorted(wantDimensions))
                    + "; got for " + listed(sorted(gotDimensions))));
            return;
        }
        wantElements.forEach((dimension, elements) -> {
            List<String> got = sorted(gotElements.getOrDefault(dimension, List.of()));
            if (!sorted(elements).equals(got)) {
                differences.add(Difference.general("practical action for " + dimension + ": expected elements "
                        + String.join(" and ", sorted(elements)) + "; got " + String.join(" and ", got)));
            }
        });
    }

    private static <T> List<T> orNone(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> sorted(List<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    /** "none", or the values in order, a repeated one as often as it occurs. */
    private static String listed(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    /** The knowledge with some elements' latest-round status (and reliance) replaced. */
    private static Optional<Knowledge> override(Knowledge knowledge, Map<String, Map<String, JsonNode>> changes,
            List<Difference> problems) {
        List<Assessment> assessments = new ArrayList<>(knowledge.assessments());
        changes.forEach((element, dimensions) -> {
            if (knowledge.element(element).isEmpty()) {
                problems.add(Difference.general("given: no element " + element + " in the knowledge."
                        + Suggestions.didYouMean(element, knowledge.elements().stream().map(e -> e.id()).toList())
                                .map(h -> " " + h).orElse("")));
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
                    problems.add(Difference.general("given: element " + element + " has no dimension `" + dimension
                            + "`; the dimensions are " + String.join(", ", knowledge.model().dimensionIds()) + "."
                            + Suggestions.didYouMean(dimension, knowledge.model().dimensionIds()).map(h -> " " + h)
                                    .orElse("")));
                    return;
                }
                Assessment a = assessments.get(index);
                String status = value.isTextual() ? value.asText() : value.path("status").asText(a.status());
                String reliance = value.isObject() ? value.path("reliance").asText(a.reliance()) : a.reliance();
                Optional<Integer> rank = knowledge.model().statuses().rankOf(status);
                if (!knowledge.model().hasReliances() && !reliance.isEmpty()) {
                    problems.add(Difference.general("given: " + element + " " + dimension + ": this pack has no"
                            + " reliance scale; give the status only (" + dimension + ": STATUS)."));
                    return;
                }
                boolean relianceKnown = !knowledge.model().hasReliances() || knowledge.model().reliances().contains(reliance);
                if (rank.isEmpty() || !relianceKnown) {
                    problems.add(Difference.general("given: " + element + " " + dimension + ": the status must be one of "
                            + String.join(", ", knowledge.model().statuses().names())
                            + (knowledge.model().hasReliances() ? " and the reliance one of "
                                    + String.join(", ", knowledge.model().reliances().names()) : "") + "."));
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
