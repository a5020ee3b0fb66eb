package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.document.WhatIf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An answer computed under a what-if cannot be taken for the assessment: whatever the command and format, it
 * opens with the banner, the scenario's name and every change, and marks the values the what-if set.
 */
class WhatIfAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommandRun run(String command) {
        CommandRun run = CommandRun.of(command.split(" "));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    private static String firstTenLines(String out) {
        return String.join("\n", out.lines().limit(10).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whatif declarations-only-verification                                       | declarations-only-verification | E04 Verification reliance: critical -> helpful",
        "path E03 --target likely --scenario declarations-only-verification          | declarations-only-verification | E04 Verification reliance: critical -> helpful",
        "path E03 --target likely --set E03.verification=weak                        | --set                          | E03 Verification status: none -> weak",
        "sensitivity --scenario declarations-only-verification                       | declarations-only-verification | E04 Verification reliance: critical -> helpful",
        "sensitivity --set E03.verification=weak --set E03.attribution.reliance=helpful | --set                       | E03 Attribution reliance: critical -> helpful",
    })
    void textAndMarkdownOpenWithTheBannerTheScenarioAndEveryChangeInTheFirstTenLines(String command, String name,
            String change) {
        for (String format : List.of("text", "markdown")) {
            String opening = firstTenLines(run(command.strip() + " --format " + format).out());

            assertThat(opening).as(format).startsWith(format.equals("text") ? WhatIf.HEADLINE : "> **" + WhatIf.HEADLINE)
                    .contains(name.strip(), change.strip());
        }
    }

    @Test
    void theWhatIfHtmlPageShowsTheBannerBeforeItsTitle() {
        String html = run("whatif attribution-mechanism great-power-endorsement --format html").out();

        assertThat(html.indexOf("whatif-banner")).isPositive().isLessThan(html.indexOf("<h1>"));
        assertThat(html.substring(0, html.indexOf("<h1>"))).contains(WhatIf.HEADLINE,
                "attribution-mechanism, great-power-endorsement", "E03 Attribution status: none -&gt; substantial");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whatif attribution-mechanism --format json                                  | attribution-mechanism | E03 | attribution",
        "path E03 --target likely --set E03.verification=weak --format json          | --set                 | E03 | verification",
        "sensitivity --scenario declarations-only-verification --format json         | declarations-only-verification | E09 | verification",
    })
    void jsonCarriesATopLevelScenarioObjectRightAfterItsSchema(String command, String name, String element,
            String dimension) throws Exception {
        JsonNode json = JSON.readTree(run(command.strip()).out());

        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(0, 2)).containsExactly("schema", "scenario");
        assertThat(json.at("/scenario/notice").asText()).isEqualTo(WhatIf.HEADLINE);
        assertThat(json.at("/scenario/name").asText()).isEqualTo(name.strip());
        assertThat(json.at("/scenario/changes")).anySatisfy(c -> {
            assertThat(c.get("element").asText()).isEqualTo(element.strip());
            assertThat(c.get("dimension").asText()).isEqualTo(dimension.strip());
        });
    }

    @Test
    void theAssessmentCarriesNoBannerAndNoScenarioObject() throws Exception {
        assertThat(run("sensitivity").out()).doesNotContain("WHAT-IF");
        assertThat(JSON.readTree(run("path --target likely --format json").out()).has("scenario")).isFalse();
    }

    @Test
    void aValueTheWhatIfSetIsMarkedWhereTheAnswerShowsIt() {
        String sensitivity = run("sensitivity --set E03.attribution=partial").out();
        String e03 = sensitivity.substring(sensitivity.indexOf("E03 General prohibition of use"));
        assertThat(e03.substring(0, e03.indexOf("E04 "))).containsPattern("Attribution +critical +partial\\* ");

        String path = run("path E03 --target likely --set E03.verification=weak").out();
        assertThat(path).contains("Verification: weak* -> partial (1 step)");

        String whatIf = run("whatif declarations-only-verification").out();
        assertThat(whatIf).contains("  - E09 Verification status: none -> partial*").contains("↑ possible*");
    }

    @Test
    void checkItCommandsArePasteableOnOneLineAsReadmeRunsThem() {
        String path = run("path E03 --target likely --scenario attribution-mechanism").out();

        assertThat(path.lines().filter(l -> l.contains("advisor report")).toList()).isNotEmpty().allSatisfy(line ->
                assertThat(line.strip()).startsWith("./advisor report --scenario attribution-mechanism --set E03.")
                        .endsWith("=partial"));
    }

    @Test
    void theReportsWhatItWouldTakeChecksTheChangeUnderTheSameWhatIf() {
        String report = run("report --scenario attribution-mechanism").out();

        assertThat(report.lines().filter(l -> l.strip().startsWith("./advisor report")).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.strip()).startsWith("./advisor report --scenario attribution-mechanism --set "));
    }

    @Test
    void anElementAlreadyAboveTheTargetIsSaidInAPlainSentence() {
        String path = run("path E11 --target likely").out();

        assertThat(path).contains("E11 is already feasible, above likely: nothing to change.")
                .doesNotContain("feasible -> likely");
    }

    @Test
    void aRuleThatNoLongerFiresOnNoElementsFactsDoesNotEndInOn() {
        String markdown = run("whatif attribution-mechanism --format markdown").out();

        assertThat(markdown).contains("no longer fires: **Attribution blocks several elements");
        assertThat(markdown.lines().filter(l -> l.contains("fires:"))).allSatisfy(l -> assertThat(l).doesNotEndWith(" on"));
    }

    @Test
    void theMatrixFitsAHundredColumnsAndBreaksAScenarioNameOnlyAfterAHyphen() {
        String text = run("whatif attribution-mechanism great-power-endorsement declarations-only-verification"
                + " coalition-pathway").out();

        assertThat(text.lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(100));
        assertThat(text).doesNotContain("endorsemen\n").containsPattern("great-power- +declarations-")
                .containsPattern("\n +mechanism +endorsement +only- +pathway\n");
    }

    /** E02's attribution moved weak -> partial -> partial in the assessment; an assumed status has no rounds. */
    @Test
    void anAssumedStatusIsNotReportedAsAStatusThatMovedBetweenRounds() {
        String moved = "Status moved between rounds";
        int before = count(run("report").out(), moved);

        String report = run("report --set E02.attribution=substantial").out();

        assertThat(count(report, moved)).isEqualTo(before - 1);
        assertThat(report).doesNotContain("weak -> partial -> substantial");
    }

    /** The report takes its banner from the same what-if when the report's Document is merged in. */
    @ParameterizedTest
    @CsvSource({"text", "markdown"})
    void aReportMadeWithAScenarioOrSetOpensWithTheBanner(String format) {
        String opening = firstTenLines(run("report --scenario attribution-mechanism --set E03.verification=partial"
                + " --format " + format).out());

        assertThat(opening).contains(WhatIf.HEADLINE, "attribution-mechanism + --set",
                "E03 Verification status: none -> partial");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
