package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.document.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code advisor report --format json}: the tree of docs/report.schema.json, printed by the one JSON printer. */
class ReportJsonTreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FeasibilityReport report;
    private static JsonNode tree;

    @BeforeAll
    static void renderTheBundledReport() throws Exception {
        report = ReportFixtures.bundledReport();
        tree = JSON.readTree(ReportGoldenFilesTest.render(Format.JSON, report));
    }

    @Test
    void jsonNamesItsSchemaFirst() {
        assertThat(tree.fieldNames().next()).isEqualTo("schema");
        assertThat(tree.get("schema").asText()).isEqualTo("advisor-report/1");
    }

    @Test
    void jsonHasOneEntryPerElementInElementOrder() {
        List<String> ids = new ArrayList<>();
        tree.get("elements").forEach(e -> ids.add(e.get("id").asText()));

        assertThat(ids).containsExactlyElementsOf(report.elements().stream().map(e -> e.id()).toList());
        assertThat(ids).hasSize(16).startsWith("E01").endsWith("E16");
    }

    @Test
    void jsonCarriesTheStatusAndRelianceScalesLowestFirstSoAPageCanOfferEveryValue() {
        JsonNode scales = tree.get("scales");

        assertThat(scales.get("statuses")).extracting(s -> s.get("name").asText())
                .containsExactlyElementsOf(report.scales().statuses());
        assertThat(scales.get("statuses").get(0).get("meaning").asText()).isNotBlank();
        assertThat(scales.get("reliances")).extracting(s -> s.get("name").asText())
                .containsExactly("not-needed", "helpful", "critical");
        assertThat(scales.get("dimensions")).extracting(d -> d.get("id").asText())
                .containsExactly("political_endorsement", "attribution", "compliance", "verification");
    }

    @Test
    void jsonConformsToTheDocumentedSchema() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("docs/report.schema.json").toFile());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchemaSubset.problems(schema, tree)).isEmpty();
    }

    @Test
    void schemaCheckCatchesAMissingKeyAndAWrongType() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("docs/report.schema.json").toFile());
        var broken = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("stamp");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("summary")).put("elementCount", "sixteen");

        assertThat(JsonSchemaSubset.problems(schema, broken))
                .anySatisfy(p -> assertThat(p).contains("'stamp' is missing"))
                .anySatisfy(p -> assertThat(p).contains("$.summary.elementCount"));
    }

    @Test
    void blockingDimensionCarriesTheFactsAndTheRuleThatSetItsCeiling() {
        JsonNode e03 = tree.get("elements").get(2);
        JsonNode attribution = e03.get("blockingDimensions").get(0);

        assertThat(e03.get("id").asText()).isEqualTo("E03");
        assertThat(attribution.get("dimension").asText()).isEqualTo("attribution");
        assertThat(attribution.get("reliance").asText()).isEqualTo("critical");
        assertThat(attribution.get("status").asText()).isEqualTo("none");
        assertThat(attribution.get("rounds")).hasSize(3);
        assertThat(attribution.get("ceilingRule").get("file").asText()).isEqualTo("rules/constraints.drl");
        assertThat(attribution.get("ceilingRule").get("rationale").asText()).isNotBlank();
    }

    @Test
    void everyElementCarriesTheArticlesItIsDrawnFromAndHowItStandsOnEveryDimension() {
        JsonNode e03 = tree.get("elements").get(2);

        assertThat(e03.get("drawnFrom")).extracting(JsonNode::asText)
                .containsExactly("CWC Art I(1)(b)", "Mine Ban Convention Art 1", "CCM Art 1");
        assertThat(e03.get("dimensions")).hasSize(4);
        JsonNode attribution = e03.get("dimensions").get(1);
        assertThat(attribution.get("dimension").asText()).isEqualTo("attribution");
        assertThat(attribution.get("reliance").asText()).isEqualTo("critical");
        assertThat(attribution.get("needed").asBoolean()).isTrue();
        assertThat(attribution.get("status").asText()).isEqualTo("none");
        assertThat(attribution.get("holdsDown").asBoolean()).isTrue();
        JsonNode e08Attribution = tree.get("elements").get(7).get("dimensions").get(1);
        assertThat(e08Attribution.get("reliance").asText()).isEqualTo("not-needed");
        assertThat(e08Attribution.get("needed").asBoolean()).isFalse();
        assertThat(e08Attribution.get("holdsDown").asBoolean()).isFalse();
    }

    @Test
    void schemaRequiresTheArticlesAndTheDimensionsOfEveryElement() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("docs/report.schema.json").toFile());
        var broken = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("elements").get(0)).remove("drawnFrom");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("elements").get(1).get("dimensions").get(0))
                .put("needed", "yes");

        assertThat(JsonSchemaSubset.problems(schema, broken))
                .anySatisfy(p -> assertThat(p).contains("'drawnFrom' is missing"))
                .anySatisfy(p -> assertThat(p).contains("$.elements[1].dimensions[0].needed"));
    }
}
