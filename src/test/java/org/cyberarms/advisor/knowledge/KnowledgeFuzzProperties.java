package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioLoader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile and broken knowledge files, generated: the bundled files mutated line by line and token by token,
 * and files of random YAML-ish text. Whatever the file, loading ends in a clean load or a
 * {@link KnowledgeException} whose every problem names the file and a line and column (0 and 0 only for a
 * problem with the whole file), never in another exception. Tries per property are fixed so CI time is
 * bounded; ROBUSTNESS.md lists them.
 */
class KnowledgeFuzzProperties {

    private static final Path BUNDLED = Path.of("knowledge");
    private static final String ELEMENTS = "elements.yaml";
    private static final String MODEL = "maturity-model.yaml";

    private static final String SCENARIO = "attribution-mechanism.yaml";

    private static List<String> elementsLines;
    private static List<String> modelLines;
    private static List<String> scenarioLines;
    private static Knowledge bundled;
    private static Path dir;

    @BeforeContainer
    static void readBundled() throws IOException {
        elementsLines = Files.readAllLines(BUNDLED.resolve(ELEMENTS));
        modelLines = Files.readAllLines(BUNDLED.resolve(MODEL));
        scenarioLines = Files.readAllLines(BUNDLED.resolve("scenarios").resolve(SCENARIO));
        try {
            bundled = new KnowledgeLoader().load(BUNDLED);
        } catch (KnowledgeException e) {
            throw new IllegalStateException("the bundled knowledge must load", e);
        }
        dir = Files.createTempDirectory("advisor-fuzz");
    }

    @AfterContainer
    static void removeTemp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 1500, seed = "20261126") // fixed seeds: CI reruns the same cases
    void mutatedElementsFileLoadsOrIsRefusedWithLocatedProblems(@ForAll("elementsMutations") List<Mutation> mutations) {
        checkLoad(apply(elementsLines, mutations), String.join("\n", modelLines));
    }

    @Property(tries = 700, seed = "20261127")
    void mutatedModelFileLoadsOrIsRefusedWithLocatedProblems(@ForAll("modelMutations") List<Mutation> mutations) {
        checkLoad(String.join("\n", elementsLines), apply(modelLines, mutations));
    }

    @Property(tries = 500, seed = "20261128")
    void randomTextIsRefusedWithLocatedProblems(@ForAll("yamlishText") String elements, @ForAll("yamlishText") String model) {
        checkLoad(elements, model);
    }

    @Property(tries = 600, seed = "20261129")
    void mutatedScenarioFileLoadsOrIsRefusedWithLocatedProblems(@ForAll("scenarioMutations") List<Mutation> mutations) {
        write(SCENARIO, apply(scenarioLines, mutations));
        try {
            ScenarioLoader.besideKnowledge(BUNDLED).load(List.of(dir.resolve(SCENARIO).toString()), bundled);
        } catch (KnowledgeException e) {
            assertLocated(e);
        }
    }

    // --- the check -------------------------------------------------------------------------------------

    private static void checkLoad(String elements, String model) {
        write(ELEMENTS, elements);
        write(MODEL, model);
        try {
            new KnowledgeLoader().load(dir);
        } catch (KnowledgeException e) {
            assertLocated(e);
        }
        // Any other exception fails the property, and jqwik shrinks the file to a small example.
    }

    private static void assertLocated(KnowledgeException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).startsWith(dir.toString());
            assertThat(p.message()).isNotBlank();
            if (p.line() == 0) {
                assertThat(p.column()).as("a whole-file problem has no column: %s", p.describe()).isZero();
            } else {
                assertThat(p.line()).as(p.describe()).isPositive();
                assertThat(p.column()).as("column of %s", p.describe()).isPositive();
            }
        });
    }

    private static void write(String name, String text) {
        try {
            // getBytes replaces a lone surrogate (which generators make) with "?" instead of failing.
            Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- generators ------------------------------------------------------------------------------------

    /** One edit of a file's lines; positions are taken modulo the current number of lines. */
    sealed interface Mutation permits DeleteLine, DuplicateLine, SwapLines, Indent, ReplaceToken, Truncate {
        void applyTo(List<String> lines);
    }

    record DeleteLine(int at) implements Mutation {
        public void applyTo(List<String> lines) {
            if (!lines.isEmpty()) {
                lines.remove(Math.floorMod(at, lines.size()));
            }
        }
    }

    record DuplicateLine(int at) implements Mutation {
        public void applyTo(List<String> lines) {
            if (!lines.isEmpty()) {
                int i = Math.floorMod(at, lines.size());
                lines.add(i, lines.get(i));
            }
        }
    }

    record SwapLines(int a, int b) implements Mutation {
        public void applyTo(List<String> lines) {
            if (!lines.isEmpty()) {
                java.util.Collections.swap(lines, Math.floorMod(a, lines.size()), Math.floorMod(b, lines.size()));
            }
        }
    }

    /** Adds (positive) or removes (negative) leading spaces, or puts a tab in front (0). */
    record Indent(int at, int by) implements Mutation {
        public void applyTo(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int i = Math.floorMod(at, lines.size());
            String line = lines.get(i);
            if (by == 0) {
                lines.set(i, "\t" + line);
            } else if (by > 0) {
                lines.set(i, " ".repeat(by) + line);
            } else {
                int strip = 0;
                while (strip < -by && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                lines.set(i, line.substring(strip));
            }
        }
    }

    /** Replaces the n-th whitespace-separated token of a line with another text. */
    record ReplaceToken(int at, int token, String with) implements Mutation {
        public void applyTo(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int i = Math.floorMod(at, lines.size());
            String[] tokens = lines.get(i).split(" ", -1);
            tokens[Math.floorMod(token, tokens.length)] = with;
            lines.set(i, String.join(" ", tokens));
        }
    }

    /** Cuts the file at a share (per mille) of its characters, possibly inside a line or a character pair. */
    record Truncate(int perMille) implements Mutation {
        public void applyTo(List<String> lines) {
            String text = String.join("\n", lines);
            String cut = text.substring(0, (int) ((long) text.length() * perMille / 1000));
            lines.clear();
            lines.addAll(List.of(cut.split("\n", -1)));
        }
    }

    @Provide
    Arbitrary<List<Mutation>> elementsMutations() {
        return mutations();
    }

    @Provide
    Arbitrary<List<Mutation>> modelMutations() {
        return mutations();
    }

    @Provide
    Arbitrary<List<Mutation>> scenarioMutations() {
        return mutations();
    }

    private static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                at.map(DeleteLine::new),
                at.map(DuplicateLine::new),
                Combinators.combine(at, at).as(SwapLines::new),
                Combinators.combine(at, Arbitraries.integers().between(-8, 8)).as(Indent::new),
                Combinators.combine(at, Arbitraries.integers().between(0, 12), replacement()).as(ReplaceToken::new),
                Arbitraries.integers().between(0, 999).map(Truncate::new));
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    /** What a token becomes: random text (YAML punctuation and unicode included), numbers, YAML keywords. */
    private static Arbitrary<String> replacement() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars(":-[]{}#&*!|>'\"%@`,? ").ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0100', '\uFFFD').ofMaxLength(6),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("", "~", "null", "true", "no", "- ", ": ", "[", "]", "{", "}", "&a", "*a", "!!binary",
                        "!!python/object", "---", "...", "<<: *a", "\"", "'", "E01", "critical", "none", "strong"));
    }

    @Provide
    Arbitrary<String> yamlishText() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefE0123456789 :-[]{},#&*!|>'\"\t").ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("elements:", "  - id: E01", "    dimensions:", "provenance:", "  origin: source",
                        "levels:", "  - name: a", "    meaning: b", "statuses: []", "dimensions: {}"));
        return line.list().ofMaxSize(30).map(lines -> String.join("\n", lines));
    }

    private static String apply(List<String> original, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(original);
        mutations.forEach(m -> m.applyTo(lines));
        return String.join("\n", lines);
    }
}
