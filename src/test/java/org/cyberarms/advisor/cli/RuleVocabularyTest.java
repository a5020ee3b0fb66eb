package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A word a rule compares with a field of a knowledge scale (status, reliance, level, dimension, element id)
 * that is not on the scale is a rule build error, in every command that runs the rules, placed at the word
 * with the scale's words and the nearest one. Without the check, such a rule silently never matches and
 * levels move with exit code 0.
 */
class RuleVocabularyTest {

    @TempDir
    Path tmp;

    /** Every command that builds and runs the rules, over the rules folder {@code rules}. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("report", List.of("report")),
                Arguments.of("whatif", List.of("whatif", "attribution-mechanism")),
                Arguments.of("path", List.of("path", "--target", "likely")),
                Arguments.of("sensitivity", List.of("sensitivity")),
                Arguments.of("uncertainty", List.of("uncertainty", "--samples", "20")),
                Arguments.of("explain", List.of("explain", "E03")),
                Arguments.of("test", List.of("test", BUNDLED_RULES.resolve("tests").toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aMisspeltStatusInARuleIsABuildErrorAtTheLiteral(String command, List<String> args) {
        Path file = tmp.resolve("rules").resolve("constraints.drl");

        String err = buildErrorOf(args, file,
                "status in (\"substantial\", \"strong\")", "status in (\"substantial\", \"stong\")");

        assertThat(err).contains(at(file, "\"stong\"") + ": \"stong\" is not a status",
                "The statuses of the maturity model are: none, weak, partial, substantial, strong ("
                        + BUNDLED_KNOWLEDGE.resolve("maturity-model.yaml") + ").",
                "Did you mean `strong`?");
    }

    @Test
    void aMisspeltStatusIsABuildFindingOfCheck() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("constraints.drl");
        edit(file, "status in (\"substantial\", \"strong\")", "status in (\"substantial\", \"stong\")");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.words()).contains("(build) at " + at(file, "\"stong\"") + " \"stong\" is not a status",
                "Did you mean `strong`?");
    }

    @Test
    void aMisspeltStatusIsABuildErrorWhenATraceIsVerified() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path trace = tmp.resolve("run.jsonl");
        assertThat(CommandRun.of("report", "--rules", rules.toString(), "--trace", trace.toString(),
                "--out", tmp.resolve("report.txt").toString()).exitCode()).isZero();
        Path file = rules.resolve("constraints.drl");
        edit(file, "status in (\"substantial\", \"strong\")", "status in (\"substantial\", \"stong\")");

        CommandRun run = CommandRun.of("audit", "verify", "--rules", rules.toString(), trace.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains(at(file, "\"stong\"") + ": \"stong\" is not a status");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aMisspeltLevelNameIsABuildErrorAtTheLiteral(String command, List<String> args) {
        Path file = tmp.resolve("rules").resolve("constraints.drl");

        String err = buildErrorOf(args, file, "Level( name == \"possible\" )", "Level( name == \"posible\" )");

        assertThat(err).contains(at(file, "\"posible\"") + ": \"posible\" is not a level",
                "The levels of the maturity model are: unlikely, possible, likely, feasible ("
                        + BUNDLED_KNOWLEDGE.resolve("maturity-model.yaml") + ").",
                "Did you mean `possible`?");
    }

    @Test
    void aRelianceOffItsScaleIsABuildErrorAtTheLiteral() {
        Path file = tmp.resolve("rules").resolve("constraints.drl");

        String err = buildErrorOf(List.of("report"), file, "reliance == \"not-needed\"", "reliance == \"not_needed\"");

        assertThat(err).contains(at(file, "\"not_needed\"") + ": \"not_needed\" is not a reliance",
                "The reliances of the maturity model are: not-needed, helpful, critical ("
                        + BUNDLED_KNOWLEDGE.resolve("maturity-model.yaml") + ").",
                "Did you mean `not-needed`?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aLevelRenamedInTheMaturityModelThatTheRulesStillNameIsABuildError(String command, List<String> args) {
        Path knowledge = copy(BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        edit(knowledge.resolve("maturity-model.yaml"), "- name: possible", "- name: plausible");
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("constraints.drl");

        CommandRun run = run(args, rules, knowledge);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains(at(file, "\"possible\"") + ": \"possible\" is not a level",
                "The levels of the maturity model are: unlikely, plausible, likely, feasible ("
                        + knowledge.resolve("maturity-model.yaml") + ").");
    }

    @Test
    void aMisspeltDimensionIsABuildErrorAtTheLiteralEvenInsideAnAccumulate() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path recommendations = rules.resolve("recommendations.drl");
        Path actions = rules.resolve("actions.drl");
        edit(recommendations, "dimension == \"verification\"", "dimension == \"verfication\"");
        edit(actions, "Blocker( dimension == \"attribution\"", "Blocker( dimension == \"atribution\"");

        CommandRun run = run(List.of("report"), rules, BUNDLED_KNOWLEDGE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains("the rule files have 2 problems",
                at(recommendations, "\"verfication\"") + ": \"verfication\" is not a dimension",
                "Did you mean `verification`?",
                at(actions, "\"atribution\"") + ": \"atribution\" is not a dimension",
                "Did you mean `attribution`?",
                "The dimensions of the maturity model are: political_endorsement, attribution, compliance,"
                        + " verification (" + BUNDLED_KNOWLEDGE.resolve("maturity-model.yaml") + ").");
    }

    @Test
    void anElementIdThatTheKnowledgeDoesNotHaveIsABuildErrorAtTheLiteral() {
        Path file = tmp.resolve("rules").resolve("caveats.drl");

        String err = buildErrorOf(List.of("report"), file, "Element( $id : id, origin == \"reconstruction\" )",
                "Element( $id : id, id != \"E99\", origin == \"reconstruction\" )");

        assertThat(err).contains(at(file, "\"E99\"") + ": \"E99\" is not an element id",
                "(" + BUNDLED_KNOWLEDGE.resolve("elements.yaml") + ").",
                "Did you mean `E09`?");
    }

    @Test
    void aWordOnTheLeftOfTheComparisonIsCheckedToo() {
        Path file = tmp.resolve("rules").resolve("constraints.drl");

        String err = buildErrorOf(List.of("report"), file,
                "reliance == \"critical\", status == \"weak\"", "reliance == \"critical\", \"wek\" == status");

        assertThat(err).contains(at(file, "\"wek\"") + ": \"wek\" is not a status", "Did you mean `weak`?");
    }

    @Test
    void theBundledRulesUseOnlyWordsOfTheBundledKnowledge() throws Exception {
        RuleBase rules = new RuleBaseCompiler().compile(BUNDLED_RULES);

        rules.checkVocabulary(new KnowledgeLoader().load(BUNDLED_KNOWLEDGE));
    }

    /** The guard inside the engine: a run that skipped the check still refuses a word off its scale. */
    @Test
    void runningRulesWithoutTheCheckStillRefusesAWordOffItsScale() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("constraints.drl"), "status == \"partial\"", "status == \"partail\"");
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);
        var knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);

        assertThatThrownBy(() -> ruleBase.evaluate(knowledge, RunLimits.DEFAULT))
                .hasCauseInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e.getCause()).problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).contains("Did you mean `partial`?")));
        assertThatThrownBy(() -> ruleBase.conclude(knowledge, RunLimits.DEFAULT))
                .hasCauseInstanceOf(RuleBuildException.class);
    }

    /**
     * Runs a command on a copy of the bundled rules with one edit in {@code file} (under {@code tmp/rules}),
     * expects a rule build error with nothing on stdout, and returns what it printed on stderr.
     */
    private String buildErrorOf(List<String> args, Path file, String from, String to) {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(file, from, to);

        CommandRun run = run(args, rules, BUNDLED_KNOWLEDGE);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.out()).isEmpty();
        return run.err();
    }

    private static CommandRun run(List<String> args, Path rules, Path knowledge) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--rules", rules.toString(), "--knowledge", knowledge.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    /** {@code file:line:column} of the first occurrence of {@code text}, as problems print it. */
    private static String at(Path file, String text) {
        int line = lineOf(file, text);
        try {
            int column = Files.readAllLines(file).get(line - 1).indexOf(text) + 1;
            return file + ":" + line + ":" + column;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
