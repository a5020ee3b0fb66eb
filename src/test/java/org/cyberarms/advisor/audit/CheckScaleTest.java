package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.FiringOrder;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advisor check} runs one combination for each group of combinations the rules cannot tell apart, and
 * finds exactly what running every combination finds (counts, examples, rules named, in the same order), on
 * the bundled rules, on rules with a threshold per dimension, on rules with order-dependent, unreachable, dead
 * and missing parts, and on five dimensions. A rule that reads two dimensions together makes it run every
 * combination and say so. Fixtures: src/test/resources/check-scale/README.md.
 */
class CheckScaleTest {

    private static final Path SCALE = Path.of("src/test/resources/check-scale");
    private static final Path CHECK = Path.of("src/test/resources/check");
    private static final Path BUNDLED_KNOWLEDGE = Path.of("knowledge");

    @Test
    void theGroupedCheckFindsWhatEveryCombinationFindsOnTheBundledRules() throws Exception {
        CheckResult grouped = bothWaysAlike(Path.of("rules"), BUNDLED_KNOWLEDGE);

        // 4 groups of the 15 values per dimension, one per ceiling: every rule concludes with insertLogical and
        // none has salience, so values are grouped by what the rules conclude. Three rules give the `feasible`
        // ceiling; two of them fire only on values that are not run (the knowledge folder's elements fire them).
        assertThat(grouped.run()).isEqualTo(256);
        assertThat(grouped.byRulesBecause()).isEmpty();
        assertThat(grouped.combinations()).isEqualTo(50_625);
        assertThat(grouped.passed()).isTrue();
    }

    @Test
    void theGroupedCheckFindsWhatEveryCombinationFindsWithAThresholdPerDimension() throws Exception {
        CheckResult grouped = bothWaysAlike(SCALE.resolve("per-dimension-thresholds/rules"),
                SCALE.resolve("per-dimension-thresholds/knowledge"));

        // 3 groups of the 9 values for three dimensions, 4 for verification (its critical/partial has a ceiling of its own).
        // "Critical dimension partial: ceiling likely" fires only on values that are not run, nor on the knowledge
        // folder's elements: it is not reported dead because it fired when its values were probed alone.
        assertThat(grouped.run()).isEqualTo(108);
        assertThat(grouped.combinations()).isEqualTo(6_561);
        assertThat(grouped.findings()).extracting(CheckFinding::kind).containsExactly("unreached-level");
    }

    @Test
    void theGroupedCheckFindsWhatEveryCombinationFindsWhenTheConclusionsHangOnFiringOrder() throws Exception {
        CheckResult grouped = bothWaysAlike(CHECK.resolve("order-dependent"), BUNDLED_KNOWLEDGE);

        assertThat(grouped.run()).isLessThan(grouped.combinations());
        assertThat(grouped.findings()).extracting(CheckFinding::kind).contains("order-dependence");
        assertThat(grouped.findings().get(0).examples()).hasSize(3);
    }

    @Test
    void theGroupedCheckFindsWhatEveryCombinationFindsWithAPlantedGapConflictAndDeadRule() throws Exception {
        CheckResult grouped = bothWaysAlike(CHECK.resolve("planted-defects"), BUNDLED_KNOWLEDGE);

        assertThat(grouped.run()).isLessThan(grouped.combinations());
        assertThat(grouped.findings()).extracting(CheckFinding::kind)
                .contains("gap", "conflict", "order-dependence", "unreached-level", "dead-rule");
    }

    @Test
    void theGroupedCheckFindsWhatEveryCombinationFindsOnFiveDimensions() throws Exception {
        // The one five-dimension comparison: 759,375 combinations run one by one (about 80 s on a quiet machine).
        CheckResult grouped = bothWaysAlike(SCALE.resolve("five-dimensions/rules"), SCALE.resolve("five-dimensions/knowledge"));

        assertThat(grouped.combinations()).isEqualTo(759_375);
        assertThat(grouped.run()).isEqualTo(1_024); // 4^5: one group per ceiling
        assertThat(grouped.passed()).isTrue();
    }

    @Test
    void aRuleThatReadsTwoDimensionsTogetherMakesTheCheckRunEveryCombinationAndSaySo() throws Exception {
        Path rules = SCALE.resolve("joined-dimensions/rules");
        Path knowledge = SCALE.resolve("joined-dimensions/knowledge");
        CheckResult result = bothWaysAlike(rules, knowledge);

        assertThat(result.run()).isEqualTo(result.combinations()).isEqualTo(6_561);
        assertThat(result.exhaustiveBecause()).hasValueSatisfying(why -> assertThat(why).contains(
                "rule \"Strong attribution without verification: ceiling possible\" (" + rules.resolve("constraints.drl")
                        + ":81) reads several assessments of an element together"));
        CommandRun run = CommandRun.of("check", "--knowledge", knowledge.toString(), "--rules", rules.toString());
        assertThat(run.words()).contains("Every one of the 6,561 combinations was run, because rule \"Strong"
                + " attribution without verification: ceiling possible\"", "reads several assessments of an element"
                + " together, so what the rules conclude from one dimension may hang on another's value.");
    }

    @Test
    void everyWayOfReadingAssessmentsBesidesOneAtATimeIsNamedAsAReasonToRunEveryCombination(@TempDir Path tmp)
            throws Exception {
        Map<String, String> rules = Map.of(
                "inside not", "not Assessment( dimension == \"verification\", status == \"none\" )",
                "beside another fact", "$a : Assessment( status == \"none\" )\n    Element( id == $a.elementId() )",
                "through Object", "$o : Object( )",
                "by the element's id", "$a : Assessment( elementId == \"E01\", status == \"none\" )");
        Map<String, String> reasons = Map.of(
                "inside not", "reads an assessment beside a condition with not, exists, or, accumulate, from, forall or eval",
                "beside another fact", "reads an assessment together with Element facts",
                "through Object", "reads an assessment together with Object facts",
                "by the element's id", "tests the element's id of an assessment");
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            Path folder = withExtraRule(SCALE.resolve("per-dimension-thresholds/rules"), tmp, "Reads assessments " + rule.getKey(),
                    "when\n    " + rule.getValue() + "\nthen\n    insertLogical( new Caveat( \"E01\", \"\", \"test\", \"A test.\" ) );");
            RuleBase compiled = new RuleBaseCompiler().compile(folder);

            assertThat(compiled.assessmentRules().oneAtATimeOnly()).as(rule.getKey()).isFalse();
            assertThat(compiled.assessmentRules().joins()).as(rule.getKey()).singleElement().asString()
                    .startsWith("rule \"Reads assessments " + rule.getKey() + "\" (" + folder.resolve("extra.drl") + ":7) ")
                    .contains(reasons.get(rule.getKey()));
        }
        RuleBase bundled = new RuleBaseCompiler().compile(Path.of("rules"));
        assertThat(bundled.assessmentRules().joins()).isEmpty();
        assertThat(bundled.assessmentRules().oneAtATime()).hasSize(9); // 7 ceiling rules, 2 caveat rules
    }

    @Test
    void theAnswerSaysHowManyCombinationsWereRunForHowMany() {
        CommandRun run = CommandRun.of("check", "--knowledge", SCALE.resolve("per-dimension-thresholds/knowledge").toString(),
                "--rules", SCALE.resolve("per-dimension-thresholds/rules").toString());

        assertThat(run.words()).contains("6,561 combinations (4 dimensions × 3 reliances × 3 statuses)",
                "The rules read each assessment on its own and cannot tell some values of a dimension apart, so 108"
                        + " of them were run, one for each group of combinations that conclude alike; the findings"
                        + " count and show every combination.");
    }

    @Test
    void aPackWithoutAReliancesScaleIsCheckedOverItsStatusesAlone() throws Exception {
        Path knowledge = SCALE.resolve("no-reliance/knowledge");
        Path rules = SCALE.resolve("no-reliance/rules");
        CheckResult grouped = bothWaysAlike(rules, knowledge);

        assertThat(grouped.combinations()).isEqualTo(256); // 4 statuses ^ 4 dimensions
        assertThat(grouped.run()).isEqualTo(81); // substantial and strong are one group
        assertThat(grouped.findings()).extracting(CheckFinding::kind).containsExactly("gap", "unreached-level", "unreached-level");
        assertThat(grouped.findings().get(0).examples()).singleElement()
                .satisfies(e -> assertThat(e.combination()).allSatisfy(s -> assertThat(s.reliance()).isEmpty()));
        CommandRun run = CommandRun.of("check", "--knowledge", knowledge.toString(), "--rules", rules.toString());
        assertThat(run.words()).contains("with every combination of status: 256 combinations (4 dimensions × 4 statuses)",
                "For example (status on each dimension): - Political endorsement partial, Attribution partial,"
                        + " Compliance partial, Verification partial - concluded: nothing",
                "No combination of status reaches `possible`")
                .doesNotContain("/partial", "reliance/status", "reliance and status");
        assertThat(run.exitCode()).isEqualTo(7);
    }

    @Test
    void rulesThatLeanOnSalienceAreGroupedOnlyWhereTheSameRulesFireAndTheAnswerSaysWhy() throws Exception {
        Path rules = CHECK.resolve("salience-ordered");
        CheckResult grouped = bothWaysAlike(rules, BUNDLED_KNOWLEDGE);

        assertThat(grouped.byRulesBecause()).hasValueSatisfying(why -> assertThat(why)
                .startsWith("rule \"").contains(" has the attribute `salience`, which ties its firing to the order"));
        assertThat(grouped.run()).isGreaterThan(256).isLessThan(grouped.combinations());
        CommandRun run = CommandRun.of("check", "--rules", rules.toString());
        assertThat(run.words()).contains("Values were grouped only where the very same rules fire on them, because rule \"");
    }

    @Test
    void whenTheOrderOfFiringMattersDespiteInsertLogicalTheCheckGroupsAgainWhereTheSameRulesFire(@TempDir Path tmp)
            throws Exception {
        // insertLogical only, no salience, yet which blocker gets the note depends on which fires first.
        Path rules = Fixtures.copy(Path.of("rules"), tmp.resolve("rules"));
        Files.writeString(rules.resolve("first-blocker.drl"), """
                package advisor

                import org.cyberarms.advisor.model.Blocker
                import org.cyberarms.advisor.model.Caveat

                rule "The first blocking dimension gets a review note"
                    @rationale("Test: a note for one blocking dimension, whichever blocker comes first.")
                when
                    $b : Blocker( $id : elementId, $d : dimension )
                    not Caveat( elementId == $id, kind == "review", dimension != $d )
                then
                    insertLogical( new Caveat( $id, $d, "review", "Review this dimension first." ) );
                end
                """);
        assertThat(new RuleBaseCompiler().compile(rules).truthMaintenance().holds()).isTrue();

        CheckResult grouped = bothWaysAlike(rules, BUNDLED_KNOWLEDGE);

        assertThat(grouped.findings()).extracting(CheckFinding::kind).contains("order-dependence");
        assertThat(grouped.byRulesBecause()).contains("the runs grouped by what the rules conclude showed conclusions"
                + " that change with the firing order");
    }

    @Test
    void everyWayOfConcludingBesidesInsertLogicalIsNamedAsAReasonToGroupByTheRulesThatFire(@TempDir Path tmp)
            throws Exception {
        Map<String, String> rules = Map.of(
                "salience", "salience 5\nwhen\n    $a : Assessment( status == \"none\" )\nthen\n    insertLogical( new Caveat( \"E01\", \"\", \"test\", \"A test.\" ) );",
                "no-loop", "no-loop true\nwhen\n    $a : Assessment( status == \"none\" )\nthen\n    insertLogical( new Caveat( \"E01\", \"\", \"test\", \"A test.\" ) );",
                "plain insert", "when\n    $a : Assessment( status == \"none\" )\nthen\n    insert( new Caveat( \"E01\", \"\", \"test\", \"A test.\" ) );",
                "delete", "when\n    $c : Caveat( kind == \"test\" )\nthen\n    delete( $c );");
        Map<String, String> reasons = Map.of(
                "salience", "has the attribute `salience`, which ties its firing to the order of the agenda",
                "no-loop", "has the attribute `no-loop`, which ties its firing to the order of the agenda",
                "plain insert", "concludes with a plain `insert`, which stays when its conditions stop holding",
                "delete", "changes or removes facts in its action, or reaches into the engine");
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            Path folder = withExtraRule(Path.of("rules"), tmp, "Concludes by " + rule.getKey(), rule.getValue());
            RuleBase compiled = new RuleBaseCompiler().compile(folder);

            assertThat(compiled.truthMaintenance().exceptions()).as(rule.getKey()).singleElement().asString()
                    .isEqualTo("rule \"Concludes by " + rule.getKey() + "\" (" + folder.resolve("extra.drl") + ":7) "
                            + reasons.get(rule.getKey()));
        }
        assertThat(new RuleBaseCompiler().compile(Path.of("rules")).truthMaintenance().holds()).isTrue();
    }

    @Test
    void sixAndEightDimensionsNeedOnlyAFewGroupsOfValuesPerDimension() throws Exception {
        // Running them is for bench/check-scale.sh; here, how many runs the grouping leaves.
        assertThat(groupsOf("six-dimensions").runs()).isEqualTo(4_096); // 4^6 of 11,390,625
        assertThat(groupsOf("eight-dimensions").runs()).isEqualTo(65_536); // 4^8 of 2,562,890,625
    }

    /**
     * A copy of a rules folder (in {@code tmp}, named after the rule) with one more rule, at line 7 of
     * {@code extra.drl}: its name, a rationale, then {@code body} (attributes, conditions and action).
     */
    private static Path withExtraRule(Path rules, Path tmp, String name, String body) throws Exception {
        Path folder = Fixtures.copy(rules, tmp.resolve(name.replace(' ', '-').replace("'", "")));
        Files.writeString(folder.resolve("extra.drl"), "package advisor\n\nimport org.cyberarms.advisor.model.Assessment\n"
                + "import org.cyberarms.advisor.model.Element\nimport org.cyberarms.advisor.model.Caveat\n\n"
                + "rule \"" + name + "\"\n    @rationale(\"Test.\")\n    " + body + "\nend\n");
        return folder;
    }

    /** The grouped check and the check of every combination, with equal findings; returns the grouped one. */
    private static CheckResult bothWaysAlike(Path rules, Path knowledgeDir) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(knowledgeDir);
        CheckResult grouped = new RuleBaseCheck(RuleBaseCheck.DEFAULT_BATCH).check(rules, knowledge);
        CheckResult every = new RuleBaseCheck(RuleBaseCheck.DEFAULT_BATCH, true).check(rules, knowledge);

        assertThat(every.run()).isEqualTo(every.combinations());
        assertThat(grouped.findings()).as("findings of %s", rules).containsExactlyElementsOf(every.findings());
        assertThat(grouped.combinations()).isEqualTo(every.combinations());
        return grouped;
    }

    private static ValueClasses groupsOf(String fixture) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(SCALE.resolve(fixture).resolve("knowledge"));
        RuleBase rules = new RuleBaseCompiler().compile(SCALE.resolve(fixture).resolve("rules"));
        rules.checkVocabulary(knowledge);
        List<RuleBase> orders = List.of(rules, FiringOrder.REVERSED_WITHOUT_SALIENCE.compile(rules));
        return ValueClasses.probe(orders, rules.assessmentRules(), Optional.empty(), new CheckCombinations(knowledge.model()),
                knowledge, RunLimits.DEFAULT);
    }
}
