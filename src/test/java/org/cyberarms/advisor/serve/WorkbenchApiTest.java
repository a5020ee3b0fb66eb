package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API answers exactly what the command of the same name prints with --format json. */
class WorkbenchApiTest {

    private static RunningWorkbench server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningWorkbench.onTheBundledKnowledge();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The time a report was made is the one thing two runs of the same inputs differ in. */
    static String withoutTime(String json) {
        return json.replaceAll("\"generatedAt\": \"[^\"]*\"", "\"generatedAt\": \"…\"");
    }

    @Test
    void theReportIsExactlyWhatReportFormatJsonPrints() throws Exception {
        HttpResponse<String> response = server.get("/api/report");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Replies.JSON);
        assertThat(withoutTime(response.body()))
                .isEqualTo(withoutTime(CommandRun.of("report", "--format", "json").out()));
    }

    @Test
    void evaluateIsTheReportWithTheWhatIfAsReportSetPrintsIt() throws Exception {
        String body = evaluatesAsTheCommandLine("{\"set\": [\"E03.attribution=weak\", \"E03.verification=weak\"]}",
                "--set", "E03.attribution=weak", "--set", "E03.verification=weak");

        assertThat(body).contains("\"notice\": \"WHAT-IF — not the assessment\"");
    }

    @Test
    void evaluateWithAScenarioAndChangesAppliesTheScenarioFirstAsTheCommandLineDoes() throws Exception {
        evaluatesAsTheCommandLine("{\"scenario\": \"attribution-mechanism\", \"set\": [\"E03.verification=weak\"]}",
                "--scenario", "attribution-mechanism", "--set", "E03.verification=weak");
    }

    /** POSTs the what-if and checks the answer is what `report --format json` with those options prints. */
    private static String evaluatesAsTheCommandLine(String json, String... options) throws Exception {
        HttpResponse<String> response = server.post("/api/evaluate", json);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("report", "--format", "json"));
        command.addAll(java.util.List.of(options));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(withoutTime(response.body()))
                .isEqualTo(withoutTime(CommandRun.of(command.toArray(String[]::new)).out()));
        return response.body();
    }

    @Test
    void aMisspeltDimensionInSetIsAPlainErrorWithTheSetCommandsHint() throws Exception {
        HttpResponse<String> response = server.post("/api/evaluate", "{\"set\": [\"E03.atribution=weak\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\": \"The what-if has 1 problem.\"")
                .contains("Did you mean `attribution`?");
    }

    @Test
    void thePageAndItsStylesheetsComeFromTheJar() throws Exception {
        assertThat(server.get("/").body()).startsWith("<!DOCTYPE html>");
        assertThat(server.get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(server.get("/app.css").statusCode()).isEqualTo(200);
        assertThat(server.get("/style.css").body()).isNotBlank();
    }

    @Test
    void theReportAndAWhatIfSatisfyTheReportSchema() throws Exception {
        assertThat(ApiSchemas.problems(server.get("/api/report").body(), "report.schema.json")).isEmpty();
        assertThat(ApiSchemas.problems(server.post("/api/evaluate", "{\"set\": [\"E03.attribution=weak\"]}").body(),
                "report.schema.json")).isEmpty();
    }

    @Test
    void explainIsExplainFormatJsonWithTheElementsRuleTraceAdded() throws Exception {
        HttpResponse<String> response = server.get("/api/explain/e03?set=E03.attribution=weak");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = ApiSchemas.tree(response.body());
        assertThat(ApiSchemas.problems(response.body(), "explain.schema.json")).isEmpty();
        ((ObjectNode) answer).remove("trace");
        assertThat(answer).isEqualTo(ApiSchemas.tree(CommandRun.of("explain", "E03", "--format", "json",
                "--set", "E03.attribution=weak").out()));
        List<String> trace = new ArrayList<>();
        ApiSchemas.tree(response.body()).get("trace").forEach(line -> trace.add(line.asText()));
        assertThat(trace).anyMatch(line -> line.matches("#\\d+ fired “Level is the lowest ceiling” \\(rules/maturity.drl:\\d+\\)"))
                .anyMatch(line -> line.startsWith("    $a: E03 Verification: reliance critical, status none"))
                .noneMatch(line -> line.contains("E04"));
    }

    @Test
    void pathIsPathFormatJson() throws Exception {
        HttpResponse<String> response = server.get("/api/path/E03?target=likely");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiSchemas.problems(response.body(), "path.schema.json")).isEmpty();
        assertThat(response.body()).isEqualTo(CommandRun.of("path", "E03", "--target", "likely", "--format", "json").out());
    }

    @Test
    void aMistypedElementOrLevelIsAPlainErrorWithTheClosestWord() throws Exception {
        HttpResponse<String> noElement = server.get("/api/explain/E99");
        HttpResponse<String> noLevel = server.get("/api/path/E03?target=likly");

        assertThat(noElement.statusCode()).isEqualTo(404);
        assertThat(ApiSchemas.tree(noElement.body()).get("error").asText())
                .isEqualTo("There is no element `E99`. Did you mean `E09`?");
        assertThat(noLevel.statusCode()).isEqualTo(400);
        assertThat(ApiSchemas.tree(noLevel.body()).get("error").asText())
                .isEqualTo("`likly` is not a level. Did you mean `likely`?");
        assertThat(ApiSchemas.problems(noElement.body(), "serve-error.schema.json")).isEmpty();
    }

    @Test
    void scenariosAreListedByNameWithWhatTheySuppose() throws Exception {
        HttpResponse<String> response = server.get("/api/scenarios");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiSchemas.problems(response.body(), "serve-scenarios.schema.json")).isEmpty();
        assertThat(ApiSchemas.tree(response.body()).get("scenarios").findValuesAsText("name")).containsExactly(
                "attribution-mechanism", "coalition-pathway", "declarations-only-verification",
                "great-power-endorsement");
        assertThat(response.body()).contains("\"title\": \"An international attribution mechanism exists");
    }

    /** The page loads a scenario as --set changes: evaluating them must give the scenario's own levels. */
    @Test
    void aScenarioReadsAsTheSetChangesThatGiveTheSameLevels() throws Exception {
        HttpResponse<String> response = server.get("/api/scenarios/attribution-mechanism");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiSchemas.problems(response.body(), "serve-scenario.schema.json")).isEmpty();
        JsonNode scenario = ApiSchemas.tree(response.body());
        List<String> sets = new ArrayList<>();
        scenario.get("set").forEach(set -> sets.add(set.asText()));
        assertThat(sets).contains("E03.attribution=substantial", "E04.attribution=partial");
        String asSets = server.post("/api/evaluate", ApiSchemas.json(java.util.Map.of("set", sets))).body();
        String asScenario = server.post("/api/evaluate", "{\"scenario\": \"attribution-mechanism\"}").body();
        assertThat(levels(asSets)).isEqualTo(levels(asScenario));
    }

    private static JsonNode levels(String report) throws Exception {
        return ApiSchemas.tree(report).get("summary").get("levels");
    }

    @Test
    void anUnknownScenarioIsNotFoundAndANameThatCouldBeAPathIsRefused() throws Exception {
        assertThat(server.get("/api/scenarios/no-such-scenario").statusCode()).isEqualTo(404);
        assertThat(server.post("/api/evaluate", "{\"scenario\": \"../knowledge/scenarios/coalition-pathway\"}")
                .statusCode()).isEqualTo(400);
        assertThat(server.get("/api/explain/E03?scenario=/etc/passwd").statusCode()).isEqualTo(400);
    }
}
