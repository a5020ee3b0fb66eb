package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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
}
