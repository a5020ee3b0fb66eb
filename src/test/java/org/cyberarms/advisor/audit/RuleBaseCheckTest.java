package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCheckTest {

    private static final Path PLANTED = Path.of("src/test/resources/check/planted-defects");
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

        assertThat(run.out()).contains("50,625 combinations", "OK: no problem found.");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void checkFindsAPlantedGapWithAConcreteCombination() {
        assertThat(planted.exitCode()).isEqualTo(7);
        assertThat(planted.out()).contains("gap: 1 of 50625 combinations get no maturity level; no rule concludes one for, e.g.: "
                + "political_endorsement critical/weak, attribution critical/weak, compliance critical/weak, verification critical/weak");
    }

    @Test
    void checkFindsAPlantedConflictWithTheTwoLevels() {
        assertThat(planted.out()).containsPattern("conflict: \\d+ of 50625 combinations get more than one maturity level, e.g.: "
                + ".* -> (\\w+) \\(by \"Level is the lowest ceiling\"\\) and \\1 \\(by \"Level is the lowest ceiling\"\\)");
    }

    @Test
    void checkFindsAPlantedDeadRuleAtItsFileAndLine() {
        int line = lineOf(PLANTED.resolve("constraints.drl"), "rule \"Critical dimension excellent: no limit\"");
        assertThat(planted.out()).contains(PLANTED.resolve("constraints.drl") + ":" + line
                + ": dead-rule: rule \"Critical dimension excellent: no limit\" fires on none of the 50625 combinations");
        assertThat(planted.out()).doesNotContain("Any other blocking dimension");
    }

    @Test
    void checkReportsBuildProblemsInSeveralFilesAsFileLineColumn() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("maturity.drl"), "not Ceiling( elementId == $id, levelRank < $rank )", "not Ceiling( elementId == $id, levelRank < $rank ");
        edit(rules.resolve("caveats.drl"), "origin == \"reconstruction\"", "colour == \"reconstruction\"");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(rules.resolve("caveats.drl").toString()) + ":\\d+:\\d+: build: ")
                .containsPattern(java.util.regex.Pattern.quote(rules.resolve("maturity.drl").toString()) + ":\\d+:\\d+: build: ");
    }

    @Test
    void checkFindsARuleWithoutRationale() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("caveats.drl"),
                "    @rationale(\"A score that changed between rounds of scoring was not settled at the first attempt; the latest round decides, but the movement is worth knowing.\")\n",
                "");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(7);
        assertThat(run.out()).contains("no-rationale: rule \"A status that moved between rounds\" has no @rationale");
    }
}
