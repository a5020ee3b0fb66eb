package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalystTestsTest {

    @TempDir
    Path tmp;

    @Test
    void bundledExpectationsPassOnTheBundledRules() {
        CommandRun run = CommandRun.of("test");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.words()).startsWith("ANALYSTS' TESTS =============== All 8 cases passed:");
    }

    @Test
    void aWrongExpectationFailsWithTheDifferenceAndExitsSeven() {
        CommandRun run = CommandRun.of("test", "src/test/resources/analyst-tests/wrong-expectation");

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).startsWith("ANALYSTS' TESTS =============== 1 of 2 cases failed, 1 passed")
                .contains("Failed (1)", "E03 is likely (planted wrong expectation) Written at"
                        + " src/test/resources/analyst-tests/wrong-expectation/wrong.yaml:6.",
                "- level of E03: expected likely, got unlikely (by \"Level is the lowest ceiling\", rules/maturity.drl:26)",
                "Look further: ./advisor explain E03",
                "Passed (1) - E11 is feasible (right) — src/test/resources/analyst-tests/wrong-expectation/wrong.yaml:3");
    }

    @Test
    void ruleExpectationsAndWhatIfChangesAreChecked() throws Exception {
        Files.writeString(tmp.resolve("rules.yaml"), """
                cases:
                  - name: what-if lifts E09 but the fallback never fires
                    given:
                      elements:
                        E09: {verification: weak}
                    expect:
                      levels: {E09: possible}
                      fires: ["Any other blocking dimension: review it before adoption"]
                      does_not_fire: ["Level is the lowest ceiling", "Renamed rule"]
                """);

        CommandRun run = CommandRun.of("test", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).contains(
                "rule \"Any other blocking dimension: review it before adoption\": expected to fire, did not",
                "rule \"Level is the lowest ceiling\": expected not to fire, fired 33 time(s)",
                "rule \"Renamed rule\" does not exist in the rule files",
                "it assumes E09.verification=weak",
                "./advisor explain E09 --rule \"Any other blocking dimension: review it before adoption\" --set"
                        + " E09.verification=weak")
                .doesNotContain("level of E09");
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineWithoutRunningAnyCase() throws Exception {
        Files.writeString(tmp.resolve("typo.yaml"), """
                cases:
                  - name: typo
                    expect:
                      level: {E03: unlikely}
                """);

        CommandRun run = CommandRun.of("test", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(tmp.resolve("typo.yaml") + ":4:").contains("level");
    }

    @Test
    void blockingDimensionsArePinnedPerElementAndAnEmptyListMeansNone() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: right
                    expect:
                      blockers: {E03: [verification, attribution], E11: []}
                  - name: wrong
                    expect:
                      blockers: {E03: [verification], E11: [attribution]}
                """);

        assertThat(run.words()).contains("- right — " + tmp.resolve("cases.yaml") + ":2",
                "blocking dimensions of E03: expected Verification; got Attribution, Verification",
                "blocking dimensions of E11: expected Attribution; got none",
                "1 of 2 cases failed, 1 passed");
    }

    @Test
    void caveatsArePinnedByKindAndDimensionPerElement() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: right
                    expect:
                      caveats: {E15: [reconstructed, {contested: attribution}], E03: [reconstructed]}
                  - name: wrong
                    expect:
                      caveats: {E15: [reconstructed], E03: [reconstructed, {moved: verification}]}
                """);

        assertThat(run.words()).contains("- right — " + tmp.resolve("cases.yaml") + ":2",
                "caveats of E15: expected reconstructed; got contested (Attribution), reconstructed",
                "caveats of E03: expected moved (Verification), reconstructed; got reconstructed",
                "1 of 2 cases failed, 1 passed");
    }

    @Test
    void anEmptyListOfRecommendationsSaysTheElementGetsNone() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: right
                    expect:
                      recommendations: {E03: [attribution, verification], E11: [], E01: []}
                  - name: wrong
                    expect:
                      recommendations: {E01: [verification], E03: []}
                """);

        assertThat(run.words()).contains("- right — " + tmp.resolve("cases.yaml") + ":2",
                "recommendations for E01: expected Verification; got none",
                "recommendations for E03: expected none; got Attribution, Verification",
                "1 of 2 cases failed, 1 passed");
    }

    @Test
    void aRecommendationTheRulesMakeTwiceFailsAnExpectationOfOne() throws Exception {
        Path rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        Files.writeString(rules.resolve("second-opinion.drl"), """
                package advisor
                import org.cyberarms.advisor.model.ElementLevel
                import org.cyberarms.advisor.model.Recommendation
                rule "A second verification recommendation"
                when
                    ElementLevel( elementId == "E04", level == "unlikely" )
                then
                    insertLogical( new Recommendation( "E04", "verification", "Ask again", "A second opinion." ) );
                end
                """);
        Path cases = Files.createDirectories(tmp.resolve("cases"));
        Files.writeString(cases.resolve("cases.yaml"), """
                cases:
                  - name: one recommendation per blocking dimension
                    expect:
                      recommendations:
                        - {element: E04, dimension: verification}
                """);

        CommandRun run = CommandRun.of("test", cases.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(7);
        assertThat(run.words()).contains("recommendations for E04: expected Verification; got Verification, Verification");
    }

    @Test
    void aPracticalActionTheRulesMakeTwiceFailsTheExactListOfActions() throws Exception {
        // A swap the rule-mutation property makes, in the verification rule: every level but "likely" now bounds
        // the blockers it collects, so it concludes a second verification action.
        Path rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        Fixtures.edit(rules.resolve("actions.drl"), "Level( name == \"likely\", $likely : rank )",
                "Level( name != \"likely\", $likely : rank )");

        CommandRun run = CommandRun.of("test", "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(7);
        assertThat(run.words()).contains("practical actions: expected for Attribution, Verification; got for Attribution,"
                + " Verification, Verification");
    }

    @Test
    void anElementMissingFromTheKnowledgeIsSaidSoRatherThanExpectedToHaveNothing() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: a typo in an id
                    expect:
                      blockers: {E99: []}
                      recommendations: {E99: []}
                      caveats: {E99: []}
                """);

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).contains("E99: no such element in the knowledge.");
    }

    @Test
    void aCaveatWrittenWithTwoKeysIsAFormatErrorAtItsLine() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: caveat shape
                    expect:
                      caveats:
                        E15: [{kind: contested, dimension: attribution}]
                """);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(tmp.resolve("cases.yaml") + ":5:",
                "a caveat is its kind (reconstructed) or its kind and dimension ({moved: DIMENSION})")
                .doesNotContain("Exception", "org.cyberarms", "CaveatExpected");
    }

    @Test
    void aValueOfTheWrongShapeIsReportedAtItsLineInPlainWordsWithoutJavaTypeNames() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: wrong shape
                    expect:
                      blockers: E03
                      levels: [E03, unlikely]
                """);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(tmp.resolve("cases.yaml") + ":4:17:",
                        "`blockers` (in case 1, under `expect`) does not have the shape this key takes",
                        "docs/analyst-tests.md")
                .doesNotContain("java.", "Cannot deserialize", "LinkedHashMap", "Map<", "START_ARRAY", "record");
    }

    @Test
    void aMisspeltNewKeyIsReportedAtItsLineWithTheKeysThatExist() throws Exception {
        CommandRun run = runCases("""
                cases:
                  - name: typo
                    expect:
                      blocker: {E03: [verification]}
                """);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(tmp.resolve("cases.yaml") + ":4:7: unknown key 'blocker'",
                "expect{levels, blockers, recommendations, actions, caveats, fires, does_not_fire}");
    }

    private CommandRun runCases(String yaml) throws Exception {
        Files.writeString(tmp.resolve("cases.yaml"), yaml);
        return CommandRun.of("test", tmp.toString());
    }

    @Test
    void exitCodeSevenIsListedInHelp() {
        CommandRun run = CommandRun.of("check", "--help");

        assertThat(run.out()).containsPattern(" 7 +check or analyst tests found problems");
    }
}
