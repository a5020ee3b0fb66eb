package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One fixture folder per kind of mistake, each a copy of {@code knowledge/valid} with one defect; every
 * problem must name the file, line and column of the offending key or value, in words an analyst reads.
 */
class InvalidKnowledgeTest {

    private static final String CASES = "src/test/resources/knowledge/";

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() {
        assertThat(problemsOf("unknown-key")).containsExactly(new KnowledgeProblem(
                elements("unknown-key"), 12, 5,
                "unknown key `descripton` in element E01; expected one of: id, name, description, drawn_from,"
                        + " dimensions, origin, recommendations",
                Optional.of("Did you mean `description`?")));
    }

    @Test
    void unknownDimensionKeyIsReportedAtTheKeyWithASuggestion() {
        List<KnowledgeProblem> problems = problemsOf("unknown-dimension");

        assertThat(problems).containsExactly(new KnowledgeProblem(
                elements("unknown-dimension"), 37, 7,
                "unknown key `verifcation` in element E02's dimensions; expected one of: political_endorsement,"
                        + " attribution, compliance, verification",
                Optional.of("Did you mean `verification`?")));
        assertThat(problems.get(0).describe()).isEqualTo(elements("unknown-dimension") + ":37:7: unknown key"
                + " `verifcation` in element E02's dimensions; expected one of: political_endorsement, attribution,"
                + " compliance, verification. Did you mean `verification`?");
    }

    @Test
    void dimensionTheModelDoesNotDefineIsReportedWithWhereDimensionsAreDefined() {
        assertThat(problemsOf("unrelated-dimension")).containsExactly(new KnowledgeProblem(
                elements("unrelated-dimension"), 19, 7,
                "unknown key `economics` in element E01's dimensions; expected one of: political_endorsement,"
                        + " attribution, compliance, verification",
                Optional.of("The dimensions are defined in " + model("unrelated-dimension"))));
    }

    @Test
    void listWhereTextIsExpectedIsReportedAtTheValue() {
        assertThat(problemsOf("list-instead-of-text")).containsExactly(new KnowledgeProblem(
                elements("list-instead-of-text"), 11, 11,
                "`name` in element E01 should be text, not a list", Optional.empty()));
    }

    @Test
    void numberAsANameIsReportedWithAdviceToQuoteIt() {
        assertThat(problemsOf("number-as-name")).containsExactly(new KnowledgeProblem(
                model("number-as-name"), 12, 11,
                "`name` of level 2 of `levels` should be text, not a number (42)",
                Optional.of("If it is meant as text, put it in quotes: \"42\"")));
    }

    @Test
    void statusNotOnTheScaleIsReportedAtTheStatusWithASuggestion() {
        assertThat(problemsOf("status-not-on-scale")).containsExactly(new KnowledgeProblem(
                elements("status-not-on-scale"), 15, 66,
                "the status in round 2 of `rounds` in element E01's dimension `political_endorsement` is `parital`,"
                        + " which is not on the status scale (none, weak, partial, substantial, strong)",
                Optional.of("Did you mean `partial`?")));
    }

    @Test
    void relianceNotOnTheScaleIsReportedAtTheRelianceWithASuggestion() {
        assertThat(problemsOf("reliance-not-on-scale")).containsExactly(new KnowledgeProblem(
                elements("reliance-not-on-scale"), 32, 19,
                "the reliance of element E02's dimension `attribution` is `crucial`, which is not on the reliance"
                        + " scale (not-needed, helpful, critical)",
                Optional.of("Did you mean `critical`?")));
    }

    @Test
    void levelNamedTwiceIsReportedAtTheSecondNamingTheFirstLine() {
        assertThat(problemsOf("duplicate-level")).containsExactly(new KnowledgeProblem(
                model("duplicate-level"), 14, 11,
                "level `likely` is listed twice in `levels`; the first is on line 12",
                Optional.of("Each name may appear only once")));
    }

    @Test
    void duplicateElementIdIsReportedAtTheSecondNamingTheFirstLine() {
        assertThat(problemsOf("duplicate-element-id")).containsExactly(new KnowledgeProblem(
                elements("duplicate-element-id"), 19, 9,
                "element id `E01` is used twice; the first is on line 10",
                Optional.of("Give this element the next free id")));
    }

    @Test
    void missingDimensionIsReportedAtTheDimensionsKeyNamingIt() {
        assertThat(problemsOf("missing-dimension")).containsExactly(new KnowledgeProblem(
                elements("missing-dimension"), 23, 5,
                "missing key `verification` in element E02's dimensions",
                Optional.of("Every element is assessed on each dimension of " + model("missing-dimension"))));
    }

    @Test
    void wrongNumberOfRoundsSaysHowManyWereFound() {
        assertThat(problemsOf("two-rounds")).containsExactly(new KnowledgeProblem(
                elements("two-rounds"), 16, 61,
                "`rounds` in element E01's dimension `attribution` has 2 statuses; expected exactly 3, one per round"
                        + " of scoring",
                Optional.of("This pack has 3 rounds (`rounds` in " + model("two-rounds") + " line 58)")));
    }

    @Test
    void panelWithWrongNumberOfRoundsSaysHowManyWereFound() {
        assertThat(problemsOf("panel-with-two-rounds")).containsExactly(new KnowledgeProblem(
                elements("panel-with-two-rounds"), 28, 11,
                "`panel` in element E02's dimension `political_endorsement` has 2 rounds; expected exactly 3 lists"
                        + " of panellists' scores, one per round of scoring",
                Optional.of("This pack has 3 rounds (`rounds` in " + model("panel-with-two-rounds") + " line 58)")));
    }

    @Test
    void emptyPanelRoundIsReportedAtTheEmptyList() {
        assertThat(problemsOf("panel-with-empty-round")).containsExactly(new KnowledgeProblem(
                elements("panel-with-empty-round"), 29, 13,
                "round 2 of `panel` in element E02's dimension `political_endorsement` is empty; it needs each"
                        + " panellist's score",
                Optional.of("List the scores, or leave out `panel` if no panel scored")));
    }

    @Test
    void missingRequiredKeyIsNamedAtItsMapping() {
        assertThat(problemsOf("missing-required-key")).containsExactly(new KnowledgeProblem(
                elements("missing-required-key"), 10, 5,
                "missing key `description` in element E01", Optional.empty()));
    }

    @Test
    void elementIdThatIsNotEFollowedByDigitsIsReportedWithARepair() {
        assertThat(problemsOf("malformed-element-id")).containsExactly(new KnowledgeProblem(
                elements("malformed-element-id"), 19, 9,
                "element id `e2` should be `E` followed by digits, like `E07`", Optional.of("Did you mean `E2`?")));
    }

    @Test
    void emptyFileIsReported() {
        assertThat(problemsOf("empty-file")).containsExactly(new KnowledgeProblem(
                elements("empty-file"), 1, 1, "the file is empty (or holds only comments)", Optional.empty()));
    }

    @Test
    void yamlSyntaxErrorIsReportedWhereTheParserFoundIt() {
        assertThat(problemsOf("not-yaml")).containsExactly(new KnowledgeProblem(
                elements("not-yaml"), 20, 33, "not valid YAML: mapping values are not allowed here",
                Optional.of("If a value contains `: `, put the whole value in quotes")));
    }

    @Test
    void tabIndentationIsReportedInPlainWords() {
        assertThat(problemsOf("tab-indentation")).containsExactly(new KnowledgeProblem(
                elements("tab-indentation"), 20, 1,
                "not valid YAML: found character 'tab' that cannot start any token. (Do not use tab for indentation)",
                Optional.of("Indent with spaces, not tabs")));
    }

    @Test
    void proseInsteadOfAMappingIsReportedAsTheWrongShape() {
        assertThat(problemsOf("prose-instead-of-yaml")).containsExactly(new KnowledgeProblem(
                elements("prose-instead-of-yaml"), 1, 1,
                "the elements file should be a mapping of `key: value` lines, not text", Optional.empty()));
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheFirstBadByte() {
        assertThat(problemsOf("not-utf8")).containsExactly(new KnowledgeProblem(
                elements("not-utf8"), 4, 35, "the file is not UTF-8 text", Optional.of("Save it as UTF-8 in your editor")));
    }

    @Test
    void missingFileIsReportedWithoutALocation() {
        List<KnowledgeProblem> problems = problemsOf("missing-file");

        assertThat(problems).containsExactly(new KnowledgeProblem(
                elements("missing-file"), 0, 0, "file not found", Optional.empty()));
        assertThat(problems.get(0).describe()).isEqualTo(elements("missing-file") + ": file not found");
    }

    @Test
    void missingFolderIsReportedAsSuch() {
        assertThat(problemsOf("no-such-folder")).containsExactly(new KnowledgeProblem(
                CASES + "no-such-folder", 0, 0, "knowledge folder not found", Optional.empty()));
    }

    @Test
    void anchorsAndAliasesAreRefusedWhereTheyAreWritten() {
        assertThat(problemsOf("alias")).containsExactly(
                new KnowledgeProblem(elements("alias"), 15, 30,
                        "YAML anchor `&endorsed` is not allowed in knowledge files",
                        Optional.of("Write the value out in full where it is used")),
                new KnowledgeProblem(elements("alias"), 24, 30,
                        "YAML alias `*endorsed` is not allowed in knowledge files",
                        Optional.of("Write the value out in full where it is used")));
    }

    @Test
    void keyWrittenTwiceIsReportedAtTheRepeatNamingTheFirstLine() {
        assertThat(problemsOf("duplicate-key")).containsExactly(new KnowledgeProblem(
                elements("duplicate-key"), 13, 5,
                "key `name` appears twice in element E01; the first is on line 11",
                Optional.of("Keep only one of them")));
    }

    @Test
    void defectsInBothFilesAreReportedTogetherInFileAndLineOrder() {
        KnowledgeException thrown = catchThrowableOfType(KnowledgeException.class,
                () -> new KnowledgeLoader().load(Path.of(CASES + "several-defects")));

        assertThat(thrown.problems()).extracting(KnowledgeProblem::describe).containsExactly(
                elements("several-defects") + ":15:66: the status in round 2 of `rounds` in element E01's dimension"
                        + " `political_endorsement` is `parital`, which is not on the status scale"
                        + " (none, weak, partial, substantial, strong). Did you mean `partial`?",
                elements("several-defects") + ":19:9: element id `E01` is used twice; the first is on line 10."
                        + " Give this element the next free id",
                elements("several-defects") + ":23:5: missing key `verification` in element E01 (line 19)'s"
                        + " dimensions. Every element is assessed on each dimension of " + model("several-defects"),
                model("several-defects") + ":14:11: level `likely` is listed twice in `levels`; the first is on"
                        + " line 12. Each name may appear only once",
                model("several-defects") + ":23:11: `name` of dimension 2 of `dimensions` should be text, not a list");
        assertThat(thrown.getMessage()).startsWith("5 problem(s) in the knowledge files:");
    }

    @Test
    void aMisspeltDimensionInAnElementsOwnRecommendationsIsReportedAtItsKeyWithASuggestion() {
        assertThat(problemsOf("misspelt-recommendation-dimension")).containsExactly(
                new KnowledgeProblem(elements("misspelt-recommendation-dimension"), 23, 7,
                        "unknown key `verifcation` in `recommendations` of element E01; expected one of:"
                                + " political_endorsement, attribution, compliance, verification",
                        Optional.of("Did you mean `verification`?")),
                new KnowledgeProblem(elements("misspelt-recommendation-dimension"), 26, 7,
                        "missing key `title` in the recommendation for `compliance` in `recommendations` of"
                                + " element E01", Optional.empty()));
    }

    @Test
    void aChangeDateNotWrittenYearMonthDayIsReportedAtTheDate() {
        assertThat(problemsOf("date-not-iso")).containsExactly(new KnowledgeProblem(
                model("date-not-iso"), 7, 13,
                "`date` in change 1 in the provenance is `26 Nov 2026`; it should be a date written as"
                        + " YYYY-MM-DD, for example 2026-11-26",
                Optional.empty()));
    }

    private static List<KnowledgeProblem> problemsOf(String fixture) {
        KnowledgeException thrown = catchThrowableOfType(KnowledgeException.class,
                () -> new KnowledgeLoader().load(Path.of(CASES + fixture)));
        assertThat(thrown).as("loading %s should fail", fixture).isNotNull();
        return thrown.problems();
    }

    private static String elements(String fixture) {
        return Path.of(CASES + fixture).resolve("elements.yaml").toString();
    }

    private static String model(String fixture) {
        return Path.of(CASES + fixture).resolve("maturity-model.yaml").toString();
    }
}
