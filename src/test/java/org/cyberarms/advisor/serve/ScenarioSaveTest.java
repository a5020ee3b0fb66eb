package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.model.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving a what-if as a scenario: one new file in the scenarios folder, written whole, never over another. */
class ScenarioSaveTest {

    @TempDir
    Path tmp;

    private Path knowledge;
    private RunningWorkbench server;

    @BeforeEach
    void start() throws Exception {
        knowledge = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        server = RunningWorkbench.on(knowledge);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String save(String name, boolean overwrite, String... sets) throws Exception {
        return ApiSchemas.json(Map.of("name", name, "title", "Attribution and verification are weak for E03: a test",
                "rationale", "yes", "set", List.of(sets), "overwrite", overwrite));
    }

    @Test
    void aSavedWhatIfIsAScenarioFileThatGivesTheSameReport() throws Exception {
        String request = save("e03-weak", false, "E03.attribution=weak", "E03.verification=weak",
                "E03.compliance.reliance=helpful", "all.political_endorsement=partial");
        assertThat(ApiSchemas.problems(request, "serve-save-request.schema.json")).isEmpty();

        HttpResponse<String> response = server.post("/api/scenarios", request);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(ApiSchemas.problems(response.body(), "serve-saved.schema.json")).isEmpty();
        Path file = knowledge.resolve("scenarios/e03-weak.yaml");
        assertThat(file).exists();
        JsonNode written = new YAMLMapper().readTree(file.toFile());
        assertThat(ApiSchemas.problems(written.toString(), "../schemas/scenario.schema.json")).isEmpty();
        assertThat(written.get("rationale").asText()).isEqualTo("yes"); // quoted: YAML 1.1 would read a boolean
        String viaFile = CommandRun.of("report", "--format", "json", "--knowledge", knowledge.toString(),
                "--scenario", "e03-weak").out();
        String viaSets = server.post("/api/evaluate", ApiSchemas.json(Map.of("set", List.of("E03.attribution=weak",
                "E03.verification=weak", "E03.compliance.reliance=helpful", "all.political_endorsement=partial"))))
                .body();
        assertThat(ApiSchemas.tree(viaFile).get("elements")).isEqualTo(ApiSchemas.tree(viaSets).get("elements"));
        try (Stream<Path> left = Files.list(knowledge.resolve("scenarios"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void anExistingScenarioIsReplacedOnlyWhenTheRequestSaysOverwrite() throws Exception {
        Path file = knowledge.resolve("scenarios/attribution-mechanism.yaml");
        String before = Files.readString(file);

        HttpResponse<String> refused = server.post("/api/scenarios", save("attribution-mechanism", false,
                "E03.attribution=weak"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiSchemas.problems(refused.body(), "serve-error.schema.json")).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(before);

        HttpResponse<String> replaced = server.post("/api/scenarios", save("attribution-mechanism", true,
                "E03.attribution=weak"));

        assertThat(replaced.statusCode()).isEqualTo(201);
        assertThat(Files.readString(file)).contains("status: weak").doesNotContain("where_reliance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped", "..", "sub/name", "/tmp/abs", "Upper", "with space", "name.yaml",
            "-leading", "", "%2e%2e", "a\\\\b", "ünï"})
    void aNameThatIsNotLowerCaseLettersDigitsAndHyphensIsRefusedAndNothingIsWritten(String name) throws Exception {
        Map<String, String> before = contents(tmp);

        HttpResponse<String> response = server.post("/api/scenarios", save(name, true, "E03.attribution=weak"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiSchemas.tree(response.body()).get("error").asText()).contains("lower-case letters");
        assertThat(contents(tmp)).isEqualTo(before);
    }

    @Test
    void aNameOfSixtyFiveCharactersIsRefused() throws Exception {
        assertThat(server.post("/api/scenarios", save("a".repeat(65), false, "E03.attribution=weak")).statusCode())
                .isEqualTo(400);
        assertThat(server.post("/api/scenarios", save("a".repeat(64), false, "E03.attribution=weak")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aMisspeltChangeIsRefusedWithTheSetMessageAndNothingIsWritten() throws Exception {
        Map<String, String> before = contents(tmp);

        HttpResponse<String> response = server.post("/api/scenarios", save("typo", false, "E03.atribution=weak"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Did you mean `attribution`?");
        assertThat(contents(tmp)).isEqualTo(before);
    }

    /** Every API call, saving included: the knowledge and rule files are byte for byte as they were. */
    @Test
    void theServerNeverWritesAKnowledgeOrRuleFile() throws Exception {
        Map<String, String> knowledgeBefore = contents(knowledge);
        Map<String, String> rulesBefore = contents(Fixtures.BUNDLED_RULES);

        server.get("/api/report");
        server.post("/api/evaluate", "{\"set\": [\"all.attribution=strong\"], \"scenario\": \"coalition-pathway\"}");
        server.get("/api/explain/E03?set=E03.attribution=weak");
        server.get("/api/path/E03?target=feasible");
        server.get("/api/scenarios");
        server.get("/api/scenarios/coalition-pathway");
        server.post("/api/scenarios", save("elements", false, "E03.attribution=weak"));
        server.post("/api/scenarios", save("maturity-model", true, "E03.attribution=weak"));

        Map<String, String> knowledgeAfter = contents(knowledge);
        knowledgeAfter.remove("scenarios/elements.yaml");
        knowledgeAfter.remove("scenarios/maturity-model.yaml");
        assertThat(knowledgeAfter).isEqualTo(knowledgeBefore);
        assertThat(contents(Fixtures.BUNDLED_RULES)).isEqualTo(rulesBefore);
    }

    /** Every file under {@code dir}, by relative path, with the SHA-256 of its bytes. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Sha256.of(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
