package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.cli.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The answers of {@code advisor check} and {@code advisor test}, as text and as JSON, kept as golden files
 * (docs/golden-files.md) and checked against their published schemas ({@code docs/check.schema.json},
 * {@code docs/test.schema.json}). Each runs on a fixture with findings, so that the files show what an analyst
 * reads when something is wrong: the three-dimension rules of {@code check/unadvised-dimension} (3,375
 * combinations, quick) and the planted wrong expectation of {@code analyst-tests/wrong-expectation}.
 */
class CheckAndTestGoldenFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path UNADVISED = Path.of("src/test/resources/check/unadvised-dimension");

    private static CommandRun checkText;
    private static CommandRun checkJson;
    private static CommandRun testText;
    private static CommandRun testJson;

    @BeforeAll
    static void runBoth() {
        checkText = check("text");
        checkJson = check("json");
        testText = test("text");
        testJson = test("json");
    }

    static CommandRun check(String format) {
        return CommandRun.of("check", "--knowledge", UNADVISED.resolve("knowledge").toString(),
                "--rules", UNADVISED.resolve("rules").toString(), "--format", format);
    }

    static CommandRun test(String format) {
        return CommandRun.of("test", "src/test/resources/analyst-tests/wrong-expectation", "--format", format);
    }

    private static CommandRun run(String kind, String format) {
        return switch (kind + "." + format) {
            case "check.txt" -> checkText;
            case "check.json" -> checkJson;
            case "test.txt" -> testText;
            case "test.json" -> testJson;
            default -> throw new IllegalArgumentException(kind + "." + format);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"check.txt", "check.json", "test.txt", "test.json"})
    void theAnswerMatchesItsGoldenFileAndExitsSeven(String name) throws Exception {
        CommandRun run = run(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        ReportGoldenFilesTest.assertMatchesGoldenFile(run.out(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "test"})
    void theJsonConformsToItsPublishedSchemaInTheOrderItLists(String kind) throws Exception {
        JsonNode schema = JSON.readTree(Path.of("docs/" + kind + ".schema.json").toFile());
        JsonNode answer = JSON.readTree(run(kind, "json").out());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(answer.fieldNames().next()).isEqualTo("schema");
        assertThat(answer.get("schema").asText()).isEqualTo("advisor-" + kind + "/1");
        assertThat(JsonSchemaSubset.problems(schema, answer)).isEmpty();
        assertThat(WhatIfGoldenFilesTest.keyOrderProblems(schema, schema, answer, "$")).isEmpty();
        List<String> undescribed = new ArrayList<>();
        WhatIfGoldenFilesTest.undescribedProperties(schema, "$", undescribed);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void theTextOpensWithTheVerdictAndNamesDimensionsByTheirLabels() {
        assertThat(checkText.out().lines().skip(3).findFirst()).hasValue(
                "1 finding: unadvised-dimension. Fix it before using these rules.");
        assertThat(checkText.words()).contains("Technical capacity critical/none").doesNotContain("technical_capacity critical");
        assertThat(testText.out().lines().skip(3).findFirst().orElseThrow()).startsWith("1 of 2 cases failed, 1 passed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html"})
    void markdownAndHtmlTellTheSameVerdict(String format) {
        assertThat(check(format).out()).contains("1 finding: unadvised-dimension.", "Technical capacity critical/none");
        assertThat(test(format).out()).contains("1 of 2 cases failed", "./advisor explain E03");
    }

    @Test
    void noAnswerShowsJavaRecordText() {
        for (CommandRun run : List.of(checkText, checkJson, testText, testJson)) {
            assertThat(run.out()).doesNotContain("CheckFinding[", "Setting[", "Example[", "Difference[", "CaseResult[",
                    "RuleRef[", "Optional[");
        }
    }

    @Test
    void csvIsRefusedWhenTheCommandLineIsParsed() {
        for (String command : List.of("check", "test")) {
            CommandRun run = CommandRun.of(command, "--format", "csv");

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(command).contains("--format").doesNotContain("Exception");
            assertThat(run.out()).as(command).isEmpty();
        }
    }
}
