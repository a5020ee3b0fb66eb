package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.model.Sha256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The what-if commands end to end on the bundled knowledge, rules and scenarios. */
class WhatIfCommandsTest {

    private static Map<String, String> before;

    @BeforeAll
    static void digestTheBaseline() throws IOException {
        before = digests();
    }

    @AfterAll
    static void theBaselineFilesAreByteForByteUnchangedAfterEveryCommand() throws IOException {
        assertThat(digests()).isEqualTo(before);
    }

    private static Map<String, String> digests() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path dir : new Path[] {Fixtures.BUNDLED_KNOWLEDGE, Fixtures.BUNDLED_RULES}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> digests.put(f.toString(), Sha256.of(f)));
            }
        }
        return digests;
    }

    @Test
    void whatifShowsTheMatrixAndTheDirectionOfChange() {
        CommandRun run = CommandRun.of("whatif", "attribution-mechanism", "declarations-only-verification");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("E15 Compliance, consultation and +possible +↑ likely\\* +possible\n")
                .contains("E04 Prohibition of development").contains("↑ possible*")
                .contains("disappears: Create an international attribution");
    }

    @Test
    void whatifInJsonNamesItsSchemaAndTheScenariosApplied() throws Exception {
        CommandRun run = CommandRun.of("whatif", "coalition-pathway", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("advisor-whatif/1");
        assertThat(json.at("/answer/scenarios/0/applied").toString())
                .isEqualTo("[\"declarations-only-verification\",\"coalition-pathway\"]");
    }

    @Test
    void aWhatifOfSeveralScenariosSaysWhichScenarioMakesEachChangeItsBannerLists() throws Exception {
        CommandRun text = CommandRun.of("whatif", "attribution-mechanism", "coalition-pathway");
        CommandRun json = CommandRun.of("whatif", "attribution-mechanism", "coalition-pathway", "--format", "json");
        CommandRun one = CommandRun.of("whatif", "coalition-pathway", "--format", "json");

        // Each is compared with the assessment on its own: the banner must not read as if both applied together.
        assertThat(text.out()).contains("  - E03 Attribution status: none -> substantial (in attribution-mechanism)\n",
                "  - E03 Political endorsement status: weak -> partial (in coalition-pathway)\n");
        var changes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).at("/scenario/changes");
        assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.get("scenarios").isArray()).isTrue());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(one.out()).at("/scenario/changes"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.get("scenarios").isNull()).isTrue());
    }

    /** The golden files the report tests keep are what the commands print, byte for byte. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whatif.json | whatif attribution-mechanism great-power-endorsement declarations-only-verification coalition-pathway --format json",
        "path.json | path --target likely --format json",
        "sensitivity.json | sensitivity --format json",
        "uncertainty.json | uncertainty --samples 200 --seed 7 --format json"
    })
    void jsonAnswersAreTheGoldenFiles(String golden, String command) throws IOException {
        CommandRun run = CommandRun.of(command.split(" "));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden", golden)));
    }

    @Test
    void whatifInHtmlWritesOnePageWithTheMatrixToTheFileNamed(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("whatif.html");
        CommandRun run = CommandRun.of("whatif", "attribution-mechanism", "great-power-endorsement",
                "--format", "html", "--out", page.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<section id=\"matrix\">\n<h2>")
                .contains("<h2>Scenario great-power-endorsement</h2>").contains("↑ likely");
    }

    @Test
    void whatifInMarkdownHasATable() {
        CommandRun run = CommandRun.of("whatif", "great-power-endorsement", "--format", "markdown");

        assertThat(run.out()).contains("\n# What if").contains("| element | assessment | great-power-endorsement |");
    }

    @Test
    void reportWithSetAppliesTheChangeAndStampsNoScenarioFile() {
        CommandRun run = CommandRun.of("report", "--set", "E03.political_endorsement=partial",
                "--set", "E03.attribution=partial", "--set", "E03.verification=partial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("E03 General prohibition of use").contains("What-if scenario `--set");
    }

    @Test
    void thePathFoundAgreesWithRunningTheReportOnThatChange() {
        CommandRun path = CommandRun.of("path", "E03", "--target", "likely");
        assertThat(path.out()).contains("./advisor report --set E03.political_endorsement=partial --set"
                + " E03.attribution=partial --set E03.verification=partial\n");

        CommandRun report = CommandRun.of("report", "--format", "json", "--set", "E03.political_endorsement=partial",
                "--set", "E03.attribution=partial", "--set", "E03.verification=partial");
        String e03 = report.out().substring(report.out().indexOf("\"id\": \"E03\""));
        assertThat(e03.substring(0, e03.indexOf("\"id\": \"E04\""))).contains("\"name\": \"likely\"");
    }

    @Test
    void reportWithAScenarioStampsTheScenarioFile() {
        CommandRun run = CommandRun.of("report", "--format", "json", "--scenario", "attribution-mechanism");

        assertThat(run.out()).contains("knowledge/scenarios/attribution-mechanism.yaml")
                .contains(Sha256.of(Path.of("knowledge/scenarios/attribution-mechanism.yaml")));
    }

    @Test
    void aMisspeltSetArgumentExitsWith3AndSuggests() {
        CommandRun run = CommandRun.of("report", "--set", "E03.atribution=substantial");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains("--set E03.atribution=substantial: `atribution` is not a dimension")
                .contains("Did you mean `attribution`?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLockedDimensionThatCapsTheElementIsExplained() {
        CommandRun run = CommandRun.of("path", "E03", "--target", "likely", "--lock", "attribution");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("No change reaches likely").contains("Attribution is locked at none");
    }

    @Test
    void aMisspeltTargetIsAUsageErrorWithASuggestion() {
        CommandRun run = CommandRun.of("path", "--target", "likley");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Did you mean `likely`?");
    }

    @Test
    void sensitivityNamesBindingConstraintsAndTippingPoints() {
        CommandRun run = CommandRun.of("sensitivity");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("E03 General prohibition of use: unlikely")
                .contains("Binding constraint: Attribution, Verification.")
                .contains("E15: Attribution weak -> partial moves it up to likely");
    }
}
