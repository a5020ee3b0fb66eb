package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.ScaledKnowledge;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large valid knowledge (thousands of elements copied from the bundled ones by {@link ScaledKnowledge}) is
 * read, run and reported like the bundled knowledge, with the same answers for each copy and within the
 * default limits. How long it takes is measured by {@code bench/scale.sh}, not here: these tests check what
 * a slow or quadratic build gets wrong (a size cap, a total firing limit), never a time.
 */
class LargeKnowledgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aReportOverFiveThousandElementsGivesEachTheConclusionsOfTheBundledElementItCopies() throws Exception {
        assertEveryCopyAnswersAsItsOriginal(5_000, "/elements", "id", "report", "--format", "json");
    }

    @Test
    void sensitivityOverFiveHundredElementsRaisesNoFiringLimitAlarmAndAnswersAsForTheBundledOnes() throws Exception {
        assertEveryCopyAnswersAsItsOriginal(500, "/answer/elements", "elementId", "sensitivity", "--format", "json");
    }

    @Test
    void theFiringLimitIsPerElementSoWhatTheBundledKnowledgeNeedsPerElementSufficesForAnySize() throws Exception {
        RuleBase rules = new RuleBaseCompiler().compile(BUNDLED_RULES);
        Knowledge bundled = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        int firingsPerElement = rules.evaluate(bundled, RunLimits.DEFAULT).firings().size() / bundled.elements().size();
        // Twice the bundled average: room for copies of the elements that fire more than the average.
        RunLimits limits = new RunLimits(2 * firingsPerElement, Duration.ofMinutes(5));
        Path knowledge = tmp.resolve("knowledge");
        ScaledKnowledge.write(BUNDLED_KNOWLEDGE, 500, knowledge);
        Knowledge large = new KnowledgeLoader().load(knowledge);

        assertThat(rules.evaluate(bundled, limits).levelOf("E03")).isPresent();
        assertThat(rules.evaluate(large, limits, TraceDetail.FIRINGS_AND_FACTS).levelOf("E0500")).isPresent();
    }

    /**
     * Runs a command with JSON output on the bundled knowledge and on {@code count} copies of its elements,
     * with the default limits, and checks that the large run succeeds and that the entry of each copy (in the
     * array at {@code pointer}) equals the entry of the element it copies, but for id and name.
     */
    private void assertEveryCopyAnswersAsItsOriginal(int count, String pointer, String idField, String... command)
            throws Exception {
        Path knowledge = tmp.resolve("knowledge");
        List<ScaledKnowledge.Copy> copies = ScaledKnowledge.write(BUNDLED_KNOWLEDGE, count, knowledge);

        CommandRun bundled = CommandRun.of(command);
        CommandRun large = CommandRun.of(withKnowledge(command, knowledge));

        assertThat(large.err()).isEmpty();
        assertThat(large.exitCode()).isEqualTo(ExitCode.OK);
        Map<String, JsonNode> bundledById = byId(JSON.readTree(bundled.out()).at(pointer), idField);
        Map<String, JsonNode> largeById = byId(JSON.readTree(large.out()).at(pointer), idField);
        assertThat(largeById).hasSize(count);
        for (ScaledKnowledge.Copy copy : copies) {
            assertThat(withoutNames(largeById.get(copy.id())))
                    .as("%s for %s, a copy of %s", command[0], copy.id(), copy.copyOf())
                    .isEqualTo(withoutNames(bundledById.get(copy.copyOf())));
        }
    }

    private static String[] withKnowledge(String[] command, Path knowledge) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 2);
        args[command.length] = "--knowledge";
        args[command.length + 1] = knowledge.toString();
        return args;
    }

    /** The entries of a JSON array by the text of one field. */
    private static Map<String, JsonNode> byId(JsonNode array, String idField) {
        Map<String, JsonNode> byId = new HashMap<>();
        array.forEach(entry -> byId.put(entry.get(idField).asText(), entry));
        return byId;
    }

    /** The entry without its id and name: what a copy must share with the element it copies. */
    private static JsonNode withoutNames(JsonNode entry) {
        ObjectNode copy = entry.deepCopy();
        copy.remove(List.of("id", "elementId", "name"));
        return copy;
    }
}
