package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.cli.ExitCode;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCheckTest {

    private static final Path CHECK = Path.of("src/test/resources/check");
    private static final Path PLANTED = CHECK.resolve("planted-defects");
    private static final Path ORDER_INDEPENDENT = CHECK.resolve("order-independent");
    private static CommandRun planted;

    @TempDir
    Path tmp;

    @BeforeAll
    static void checkThePlantedDefects() {
        planted = CommandRun.of("check", "--rules", PLANTED.toString());
    }

    @Test
    void checkPassesOnTheBundledRules() {
        CommandRun run = CommandRun.of("check");

        assertThat(run.words()).startsWith("RULE CHECK ========== No findings: the rules pass every check.")
                .contains("50,625 combinations");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void checkFindsAPlantedGapWithAConcreteCombination() {
        assertThat(planted.exitCode()).isEqualTo(7);
        assertThat(planted.words()).contains("(gap) 1 of 50,625 combinations get no maturity level: no rule concludes"
                + " one for them. For example (reliance/status on each dimension): - Political endorsement critical/weak,"
                + " Attribution critical/weak, Compliance critical/weak, Verification critical/weak",
                "What to change: Add a rule, or widen the conditions of a ceiling rule, so that every combination gets"
                        + " a level.");
    }

    @Test
    void checkFindsAPlantedConflictWithTheTwoLevels() {
        assertThat(planted.words()).containsPattern("\\(conflict\\) [\\d,]+ of 50,625 combinations get more than one"
                + " maturity level\\. .* concluded: level \\w+ \\(by \"Level is the lowest ceiling\"\\) ×[2-9]");
    }

    @Test
    void checkFindsAPlantedDeadRuleAtItsFileAndLine() {
        int line = lineOf(PLANTED.resolve("constraints.drl"), "rule \"Critical dimension excellent: no limit\"");
        assertThat(planted.words()).contains("A rule that never fires (dead-rule) at " + PLANTED.resolve("constraints.drl")
                + ":" + line + " Rule \"Critical dimension excellent: no limit\" fires on none of the 50,625 combinations",
                "./advisor explain E01 --rule \"Critical dimension excellent: no limit\" --rules " + PLANTED);
        assertThat(planted.out()).doesNotContain("Rule \"Any other blocking dimension");
    }

    @Test
    void checkReportsBuildProblemsInSeveralFilesAsFileLineColumn() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("maturity.drl"), "not Ceiling( elementId == $id, levelRank < $rank )", "not Ceiling( elementId == $id, levelRank < $rank ");
        edit(rules.resolve("caveats.drl"), "origin == \"reconstruction\"", "colour == \"reconstruction\"");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).containsPattern("\\(build\\) at " + java.util.regex.Pattern.quote(rules.resolve("caveats.drl").toString()) + ":\\d+:\\d+ ")
                .containsPattern("\\(build\\) at " + java.util.regex.Pattern.quote(rules.resolve("maturity.drl").toString()) + ":\\d+:\\d+ ")
                .contains("do not build, so nothing else was checked");
    }

    @Test
    void checkFindsARuleWithoutRationale() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("caveats.drl"),
                "    @rationale(\"A score that changed between rounds of scoring was not settled at the first attempt; the latest round decides, but the movement is worth knowing.\")\n",
                "");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).contains("(no-rationale) at ", "Rule \"A status that moved between rounds\" has no @rationale");
    }

    @Test
    void anOrderIndependentRuleSetPassesTheCheck() {
        CommandRun run = CommandRun.of("check", "--rules", ORDER_INDEPENDENT.toString());

        assertThat(run.words()).contains("50,625 combinations", "No findings: the rules pass every check.");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void rulesWhoseConclusionsHangOnFiringOrderAreReportedWithTheRulesInvolved() {
        Path rules = CHECK.resolve("order-dependent");
        int line = lineOf(rules.resolve("maturity.drl"), "rule \"Level is the lowest ceiling\"");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words())
                .containsPattern("\\(order-dependence\\) [\\d,]+ of 50,625 combinations conclude differently when the"
                        + " rules fire in another order \\(salience ignored, rules and facts in reverse order\\)")
                .contains("\"Level is the lowest ceiling\" " + rules.resolve("maturity.drl") + ":" + line)
                .containsPattern("as written: level \\w+[^-]*- salience ignored, rules and facts in reverse order: level \\w+")
                .contains("Use insertLogical, so that a conclusion is withdrawn when its"
                        + " conditions stop holding");
    }

    @Test
    void aRuleSetThatIsRightOnlyThanksToSalienceIsReported() {
        CommandRun run = CommandRun.of("check", "--rules", CHECK.resolve("salience-ordered").toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.out()).contains("(order-dependence)", "\"Level is the lowest ceiling\"");
    }

    @Test
    void aLevelThatNoCombinationReachesIsNamed() {
        Path rules = copy(ORDER_INDEPENDENT, tmp.resolve("rules"));
        edit(rules.resolve("constraints.drl"), "status == \"weak\" )\n    $l : Level( name == \"possible\" )",
                "status == \"weak\" )\n    $l : Level( name == \"unlikely\" )");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).contains("(unreached-level) No combination of reliance and status reaches `possible`");
        assertThat(run.out()).doesNotContain("reaches `unlikely`", "reaches `likely`", "reaches `feasible`");
    }

    @Test
    void aDimensionThatHoldsElementsBackButThatNoRuleAdvisesOnIsReported() {
        Path fixture = CHECK.resolve("unadvised-dimension");

        CommandRun run = CommandRun.of("check", "--knowledge", fixture.resolve("knowledge").toString(),
                "--rules", fixture.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.words()).contains("(unadvised-dimension) Technical capacity can hold an element back,"
                + " but the rules never advise on it: no recommendation rule for it (other blocking dimensions get"
                + " one at unlikely), so such elements get only the catch-all text; and no practical-action rule for"
                + " it (other blocking dimensions get one at unlikely, possible), so such elements get no practical"
                + " action.");
        assertThat(run.out()).doesNotContain("Attribution can hold", "Political endorsement can hold");
    }

    @Test
    void theFindingsAreTheSameForEveryBatchSize() throws Exception {
        // Against the default batch (500): one combination per session, 7, and the largest the command line
        // takes (1,000), on the bundled and the planted rules.
        for (List<String> check : List.of(List.of("check"), List.of("check", "--rules", PLANTED.toString()))) {
            CommandRun byDefault = check.size() == 1 ? CommandRun.of("check") : planted;
            for (String batch : List.of("1", "7", "1000")) {
                List<String> args = new ArrayList<>(check);
                args.addAll(List.of("--batch", batch));
                CommandRun batched = CommandRun.of(args.toArray(String[]::new));

                assertThat(batched.out()).as("%s with batches of %s", check, batch).isEqualTo(byDefault.out());
                assertThat(batched.exitCode()).isEqualTo(byDefault.exitCode())
                        .isEqualTo(check.size() == 1 ? ExitCode.OK : ExitCode.FINDINGS);
            }
        }
        // Every combination in one session: affordable on the three-dimension fixture's 3,375 combinations.
        Path unadvised = CHECK.resolve("unadvised-dimension");
        Knowledge knowledge = new KnowledgeLoader().load(unadvised.resolve("knowledge"));
        CheckResult byDefault = new RuleBaseCheck(RuleBaseCheck.DEFAULT_BATCH).check(unadvised.resolve("rules"), knowledge);
        for (int batch : new int[] {1, 7, 3_375}) {
            assertThat(new RuleBaseCheck(batch).check(unadvised.resolve("rules"), knowledge).findings())
                    .as("unadvised-dimension with batches of %d", batch)
                    .isNotEmpty()
                    .containsExactlyElementsOf(byDefault.findings());
        }
    }

    @Test
    void aBatchOutsideItsRangeIsAUsageErrorBeforeAnythingRuns() {
        for (String batch : List.of("1001", "0", "-3")) {
            CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CommandRun.of("check", "--batch", batch));

            assertThat(run.exitCode()).as(batch).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(batch).contains("--batch must be from 1 to 1,000, not " + batch)
                    .doesNotContain("Exception", "\tat ");
            assertThat(run.out()).as(batch).isEmpty();
        }
    }
}
