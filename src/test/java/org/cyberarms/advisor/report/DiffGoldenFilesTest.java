package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@code advisor diff} of two fixed knowledge folders on the bundled rules must print exactly its golden files
 * ({@code diff.txt}, {@code diff.md}, {@code diff.html}, {@code diff.json}), and the JSON must conform to
 * {@code docs/diff.schema.json}. It lives beside the report's golden-file test to share its comparison and
 * schema check.
 *
 * <p>{@code src/test/resources/diff/knowledge-before} is the bundled knowledge; {@code knowledge-after} differs
 * in two statuses: E16's attribution weak -> partial (E16 rises to feasible) and E03's attribution none -> weak
 * (E03 stays unlikely but loses its attribution recommendation and the attribution practical action). After an
 * intended change, regenerate and review (docs/golden-files.md):
 * <pre>
 *   mvn -B -o -q test -Dtest=DiffGoldenFilesTest -Dgolden.update=true
 *   git diff src/test/resources/golden/
 * </pre>
 */
class DiffGoldenFilesTest {

    static final String BEFORE = "src/test/resources/diff/knowledge-before";
    static final String AFTER = "src/test/resources/diff/knowledge-after";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String diff(String format) {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE, "--knowledge-to", AFTER, "--format", format);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @ParameterizedTest
    @CsvSource({"text, diff.txt", "markdown, diff.md", "html, diff.html", "json, diff.json"})
    void eachFormatMatchesItsGoldenFile(String format, String golden) throws Exception {
        ReportGoldenFilesTest.assertMatchesGoldenFile(diff(format), golden);
    }

    @Test
    void jsonConformsToItsPublishedSchema() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("docs/diff.schema.json").toFile());
        JsonNode answer = JSON.readTree(diff("json"));

        assertThat(answer.get("schema")).isEqualTo(schema.at("/properties/schema/const"));
        assertThat(JsonSchemaSubset.problems(schema, answer)).isEmpty();
    }
}
