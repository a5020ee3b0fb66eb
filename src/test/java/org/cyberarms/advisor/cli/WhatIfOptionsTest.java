package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;

/**
 * The what-if options where an analyst expects them: whatif takes --set and --against parent; explain and
 * uncertainty take --scenario and --set.
 */
class WhatIfOptionsTest {

    private static final String NO_OWN_EFFECT = "src/test/resources/scenarios/combine/no-own-effect.yaml";

    @Test
    void whatifWithSetAloneComparesThatChangeWithTheAssessment() {
        CommandRun run = CommandRun.of("whatif", "--set", "E03.attribution=substantial",
                "--set", "E03.verification=substantial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Scenario --set E03.attribution=substantial --set E03.verification=substantial")
                .contains("E03 General prohibition of use: unlikely -> possible ↑");
    }

    @Test
    void whatifAppliesSetAfterEachScenarioNamedAfterBoth() {
        CommandRun run = CommandRun.of("whatif", "attribution-mechanism", "--set", "E03.verification=substantial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Scenario attribution-mechanism --set E03.verification=substantial")
                .contains("Applies, in order: attribution-mechanism -> attribution-mechanism --set"
                        + " E03.verification=substantial")
                .contains("E03 Verification status: none -> substantial");
    }

    @Test
    void whatifWithNeitherScenarioNorSetIsAUsageError() {
        CommandRun run = CommandRun.of("whatif");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("give one or more scenario names, or --set changes").hasLineCount(1);
    }

    @Test
    void againstParentComparesAScenarioWithWhatItExtendsAndShowsOnlyItsOwnChanges() {
        CommandRun againstParent = CommandRun.of("whatif", "coalition-pathway", "--against", "parent");
        CommandRun againstAssessment = CommandRun.of("whatif", "coalition-pathway");

        assertThat(againstParent.exitCode()).as(againstParent.err()).isEqualTo(ExitCode.OK);
        assertThat(againstParent.out()).contains("compared with declarations-only-verification, so only its own changes count")
                .contains("E03 Political endorsement status: weak -> partial").doesNotContain("Verification status:");
        // against the assessment, the changes of the scenario it extends (verification) show too
        assertThat(againstAssessment.out()).contains("Verification status:");
    }

    @Test
    void aScenarioWhoseOwnChangesChangeNothingSaysSoPlainly() {
        CommandRun run = CommandRun.of("whatif", NO_OWN_EFFECT, "--against", "parent");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("This scenario's changes change nothing: every"
                + " level, recommendation, practical action and rule firing is as in attribution-substantial.");
    }

    @Test
    void againstParentOnAScenarioThatExtendsNothingIsAUsageError() {
        CommandRun run = CommandRun.of("whatif", "attribution-mechanism", "--against", "parent");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("scenario attribution-mechanism extends no other scenario").hasLineCount(1);
    }

    @Test
    void explainTakesSetAndExplainsTheLevelInThatWhatIf() {
        CommandRun baseline = CommandRun.of("explain", "E03");
        CommandRun changed = CommandRun.of("explain", "E03", "--set", "E03.attribution=substantial",
                "--set", "E03.verification=substantial");

        assertThat(baseline.out()).contains("E03 is unlikely because").doesNotContain("WHAT-IF");
        assertThat(changed.exitCode()).as(changed.err()).isEqualTo(ExitCode.OK);
        assertThat(changed.out()).startsWith("WHAT-IF — not the assessment").contains("E03 is possible");
    }

    @Test
    void explainTakesAScenario() {
        CommandRun run = CommandRun.of("explain", "E16", "--scenario", "attribution-mechanism");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("WHAT-IF — not the assessment").contains("E16 is feasible");
    }

    @Test
    void uncertaintyTakesSetAndScenarioAndSamplesTheChangedKnowledge() {
        CommandRun baseline = CommandRun.of("uncertainty", "--samples", "200", "--format", "json");
        CommandRun changed = CommandRun.of("uncertainty", "--samples", "200", "--format", "json",
                "--scenario", "attribution-mechanism", "--set", "all.verification=strong");

        assertThat(changed.exitCode()).as(changed.err()).isEqualTo(ExitCode.OK);
        assertThat(changed.out()).startsWith("{").isNotEqualTo(baseline.out());
    }
}
