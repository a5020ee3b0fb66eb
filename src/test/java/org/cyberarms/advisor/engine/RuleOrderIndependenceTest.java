package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules conclude the same whatever order the engine fires them in: with every {@code salience}
 * line deleted, the rules of each file in reverse order and the files read in reverse order, every level,
 * ceiling, blocker, recommendation, practical action and caveat is the same, on the bundled knowledge and
 * under every shipped scenario, and the analysts' tests still pass.
 */
class RuleOrderIndependenceTest {

    @TempDir
    static Path temp;

    private static Path reordered;
    private static RuleBase bundled;
    private static RuleBase reorderedRules;

    @BeforeAll
    static void buildBothOrders() throws Exception {
        reordered = withoutSalienceInReverseOrder(BUNDLED_RULES, temp.resolve("rules"));
        bundled = new RuleBaseCompiler().compile(BUNDLED_RULES);
        reorderedRules = new RuleBaseCompiler().compile(reordered);
    }

    @Test
    void theReorderedCopyReallyHasNoSalienceAndAnotherOrder() throws IOException {
        try (Stream<Path> files = Files.list(reordered)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(Files.readString(file)).doesNotContainPattern("(?m)^\\s*salience");
            }
        }
        assertThat(reorderedRules.rules().get(0).name()).isNotEqualTo(bundled.rules().get(0).name());
    }

    @Test
    void conclusionsOnTheBundledKnowledgeDoNotDependOnFiringOrder() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);

        assertThat(conclusions(reorderedRules, knowledge)).isEqualTo(conclusions(bundled, knowledge));
        assertThat(reorderedRules.conclude(knowledge, RunLimits.DEFAULT).stream().map(String::valueOf).sorted().toList())
                .as("the lean path concludes what the traced path does")
                .isEqualTo(conclusions(reorderedRules, knowledge));
    }

    @Test
    void conclusionsUnderEveryShippedScenarioDoNotDependOnFiringOrder() throws Exception {
        Knowledge baseline = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        List<String> scenarios;
        try (Stream<Path> files = Files.list(BUNDLED_KNOWLEDGE.resolve("scenarios"))) {
            scenarios = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
        assertThat(scenarios).isNotEmpty();
        for (String scenario : scenarios) {
            Knowledge changed = ScenarioOverlay.applyNamed(baseline, BUNDLED_KNOWLEDGE, List.of(scenario), List.of());

            assertThat(conclusions(reorderedRules, changed)).as(scenario).isEqualTo(conclusions(bundled, changed));
        }
    }

    @Test
    void theAnalystsTestsPassWithTheReorderedRules() {
        CommandRun run = CommandRun.of("test", BUNDLED_RULES.resolve("tests").toString(),
                "--rules", reordered.toString());

        assertThat(run.words()).containsPattern("All \\d+ cases passed");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    /**
     * Every fact the rules concluded, as the report reads them, as text, sorted: equal lists mean equal
     * conclusions, duplicates included.
     */
    private static List<String> conclusions(RuleBase rules, Knowledge knowledge) throws RuleRuntimeException {
        return rules.evaluate(knowledge, RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS).conclusions().stream()
                .map(c -> String.valueOf(c.fact())).sorted().toList();
    }

    /**
     * Copies a rules folder with every {@code salience} line deleted, the rules of each file in reverse order,
     * and the files renamed so that they are read in reverse order.
     */
    private static Path withoutSalienceInReverseOrder(Path rules, Path target) throws IOException {
        Fixtures.copy(rules, target);
        List<Path> files;
        try (Stream<Path> list = Files.list(target)) {
            files = list.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String reversed = reverseRules(Files.readAllLines(file).stream()
                    .filter(line -> !line.matches("^\\s*salience.*"))
                    .toList());
            Files.delete(file);
            Files.writeString(target.resolve((files.size() - i) + "-" + file.getFileName()), reversed);
        }
        return target;
    }

    /** The file's header (package, imports, comments) as it is, then its rules, last first. */
    private static String reverseRules(List<String> lines) {
        List<String> header = new ArrayList<>();
        List<List<String>> rules = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("rule ")) {
                current = new ArrayList<>();
                rules.add(current);
            }
            (current == null ? header : current).add(line);
            if (line.strip().equals("end")) {
                current = null;
            }
        }
        Collections.reverse(rules);
        StringBuilder text = new StringBuilder(String.join("\n", header)).append('\n');
        rules.forEach(rule -> text.append(String.join("\n", rule)).append("\n\n"));
        return text.toString();
    }
}
