package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code advisor explain} reads as an answer: one plain sentence first, HOW and WHY NOT in prose, every
 * dimension that holds the element named by the model's label, the condition tables only on demand.
 */
class ExplanationDocumentTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(Path.of("docs/explain.schema.json").toAbsolutePath().toUri().toString()));

    private static Explanation e03;

    @BeforeAll
    static void explainE03() throws Exception {
        e03 = ReportFixtures.explanation(ReportFixtures.BUNDLED_KNOWLEDGE, "E03",
                Optional.of(ReportGoldenFilesTest.EXPLAINED_RULE));
    }

    @Test
    void e03OpensWithOnePlainSentenceOnWhatHoldsItAndWhatPossibleWouldTake() {
        Document document = ExplanationDocument.of(e03, false);

        assertThat(document.blocks().get(0)).isInstanceOfSatisfying(Block.Paragraph.class, p -> assertThat(
                p.text().plain()).isEqualTo("E03 is unlikely because Attribution and Verification have status none"
                        + " and its reliance on both is critical; to reach possible, both must be at least weak."));
        assertThat(Backend.of(Format.TEXT).render(document)).contains("E03 is unlikely because Attribution and"
                + " Verification have status none and its reliance on both is\ncritical; to reach possible, both must"
                + " be at least weak.");
    }

    @Test
    void markdownKeepsTheSpacesAroundTheLevelItEmphasises() {
        assertThat(Backend.of(Format.MARKDOWN).render(ExplanationDocument.of(e03, false)))
                .contains("E03 is **unlikely** because Attribution and Verification have status none")
                .contains("Its level is concluded by “Level is the lowest ceiling” (`rules/maturity.drl:26`): A");
    }

    @Test
    void howNamesEveryDimensionThatHoldsE03AtItsLevel() {
        Block.Section how = section(ExplanationDocument.of(e03, false), "how");

        List<String> held = how.blocks().stream().filter(Block.BulletList.class::isInstance)
                .flatMap(b -> ((Block.BulletList) b).items().stream()).map(i -> i.text().plain()).toList();
        assertThat(held).hasSize(2);
        assertThat(held.get(0)).startsWith("Attribution: reliance critical, status none in rounds 1–3, so ceiling"
                + " unlikely, by “Critical dimension absent: ceiling unlikely” (rules/constraints.drl:27)");
        assertThat(held.get(1)).startsWith("Verification: reliance critical, status none in rounds 1–3, so ceiling"
                + " unlikely, by “Critical dimension absent: ceiling unlikely” (rules/constraints.drl:27)");
        assertThat(ExplanationDocument.of(e03, false).data().orElseThrow().get("heldAtLevelBy"))
                .extracting(n -> n.get("dimension").asText()).containsExactly("attribution", "verification");
    }

    @Test
    void conditionTablesAndTheDerivationAppearOnlyWithDetail() {
        String plain = Backend.of(Format.TEXT).render(withoutRule(false));
        String detailed = Backend.of(Format.TEXT).render(withoutRule(true));

        assertThat(plain).doesNotContain("Derivation, from each conclusion", "condition by condition",
                "Condition", "passed");
        assertThat(detailed).contains("Derivation, from each conclusion down to the facts",
                "The rules that would allow possible or higher for Attribution, condition by condition")
                .containsPattern("status == \"weak\" +failed +status none");
    }

    @Test
    void htmlFoldsTheDetailInDetailsElementsThatOpenWithoutScript() throws Exception {
        String html = ReportFixtures.explanationPage(ReportFixtures.BUNDLED_KNOWLEDGE, "E03", Optional.empty());

        assertThat(html).contains("<details>\n<summary>Derivation, from each conclusion down to the facts",
                "<details>\n<summary>The rules that would allow possible or higher for Attribution, condition by"
                        + " condition</summary>\n<table>")
                .doesNotContainIgnoringCase("<script").doesNotContain("<details open");
    }

    @Test
    void theRulePageNeverSkipsAHeadingLevel() throws Exception {
        String html = ReportFixtures.explanationPage(ReportFixtures.BUNDLED_KNOWLEDGE, "E03",
                Optional.of(ReportGoldenFilesTest.EXPLAINED_RULE));

        List<Integer> levels = new ArrayList<>();
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        assertThat(levels).startsWith(1, 2).contains(3);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(html).contains("<h2>Rule “Critical dimension substantial or strong: no limit” checked against"
                + " E03</h2>");
    }

    @Test
    void dimensionsAreNamedByTheModelsLabelsExceptInJson() {
        Document detailed = ExplanationDocument.of(e03, true);

        for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.HTML)) {
            assertThat(Backend.of(format).render(detailed)).as(format.word()).contains("Political endorsement")
                    .doesNotContain("political_endorsement");
        }
        assertThat(Backend.of(Format.JSON).render(detailed)).contains("\"dimension\": \"political_endorsement\"");
    }

    @Test
    void jsonFollowsItsSchemaAndMatchesTheGoldenFile() throws Exception {
        // A generous time limit: the build machine may be busy, and this is about the answer, not the time
        CommandRun run = CommandRun.of("explain", "E03", "--rule", ReportGoldenFilesTest.EXPLAINED_RULE, "--format",
                "json", "--max-seconds", "600");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(run.out());
        assertThat(SCHEMA.validate(answer)).isEmpty();
        assertThat(answer.get("summary").asText()).startsWith("E03 is unlikely because");
        assertThat(answer.get("toNextLevel")).hasSize(2);
        ReportGoldenFilesTest.assertMatchesGoldenFile(run.out(), "explain-E03.json");
    }

    @Test
    void theSchemaRefusesAnAnswerMissingItsOpeningSentence() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(Backend.of(Format.JSON).render(withoutRule(false)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("summary");

        assertThat(SCHEMA.validate(answer)).isNotEmpty();
    }

    @Test
    void anElementAtTheTopLevelSaysSoAndHasNothingToExplainAway() throws Exception {
        Document e11 = ExplanationDocument.of(ReportFixtures.explanation(ReportFixtures.BUNDLED_KNOWLEDGE, "E11",
                Optional.empty()), true);

        assertThat(((Block.Paragraph) e11.blocks().get(0)).text().plain())
                .isEqualTo("E11 is feasible, the highest level: none of its dimensions holds it below.");
        assertThat(Backend.of(Format.TEXT).render(e11)).contains("It reached the highest level.")
                .doesNotContain("Why not feasible");
        assertThat(e11.data().orElseThrow().get("toNextLevel").isNull()).isTrue();
    }

    @Test
    void markupInAnElementNameShowsAsTextInItsExplanation() throws Exception {
        String html = ReportFixtures.explanationPage(HtmlReportRendererTest.SCRIPT_IN_NAME, "E01", Optional.empty());

        assertThat(html).contains("<title>Explanation of E01 " + ComparisonDocumentTest.ESCAPED_SCRIPT
                        + "</title>")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    }

    private static Document withoutRule(boolean detail) {
        return ExplanationDocument.of(new Explanation(e03.element(), e03.level(), e03.how(), e03.heldBy(),
                e03.ceilings(), e03.assessments(), e03.whyNot(), Optional.empty(), e03.toNextLevel(),
                e03.sentences()), detail);
    }

    private static Block.Section section(Document document, String anchor) {
        return document.blocks().stream().filter(Block.Section.class::isInstance).map(Block.Section.class::cast)
                .filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow();
    }
}
