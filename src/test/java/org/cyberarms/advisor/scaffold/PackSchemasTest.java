package org.cyberarms.advisor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A new pack's schemas know its own words: an editor flags a word off its scales as the analyst types. */
class PackSchemasTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final PackPlan NO_RELIANCE_TWO_ROUNDS = new PackPlan("Capacity review",
            List.of("start-up", "formative", "established"), List.of("policy", "skills"),
            List.of("absent", "emerging", "present", "embedded"), List.of(), 2, "F[0-9]+");

    @Test
    void aNewPacksOwnFilesSatisfyItsSchemas() throws Exception {
        for (PackPlan plan : List.of(PackPlan.defaults(), NO_RELIANCE_TWO_ROUNDS)) {
            Map<String, String> files = files(plan);

            assertThat(validate(files, PackSchemas.MODEL, files.get(PackFiles.MODEL))).isEmpty();
            assertThat(validate(files, PackSchemas.ELEMENTS, files.get(PackFiles.ELEMENTS))).isEmpty();
            assertThat(validate(files, PackSchemas.SCENARIO, files.get(PackFiles.SCENARIO))).isEmpty();
        }
    }

    @Test
    void theElementsSchemaFlagsAStatusOffThePacksScale() throws Exception {
        Map<String, String> files = files(PackPlan.defaults());
        String elements = files.get(PackFiles.ELEMENTS).replaceFirst("rounds: \\[strong\\]", "rounds: [strnog]");

        assertThat(validate(files, PackSchemas.ELEMENTS, elements)).extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.elements[0].dimensions.people.rounds[0]");
    }

    @Test
    void theElementsSchemaFlagsAMisspeltDimensionAndTheOneItLeavesOut() throws Exception {
        Map<String, String> files = files(PackPlan.defaults());
        String elements = files.get(PackFiles.ELEMENTS).replaceFirst("      process: ", "      proces: ");

        assertThat(validate(files, PackSchemas.ELEMENTS, elements)).extracting(ValidationMessage::getMessageKey)
                .containsExactlyInAnyOrder("required", "additionalProperties");
    }

    @Test
    void aPackWithoutRelianceHasNoRelianceInItsSchemas() throws Exception {
        Map<String, String> files = files(NO_RELIANCE_TWO_ROUNDS);
        String elements = files.get(PackFiles.ELEMENTS).replaceFirst("\\{rounds:", "{reliance: critical, rounds:");

        assertThat(validate(files, PackSchemas.ELEMENTS, elements)).extracting(ValidationMessage::getMessageKey)
                .containsExactly("additionalProperties");
        assertThat(files.get(PackSchemas.SCENARIO)).doesNotContain("reliance\"");
    }

    @Test
    void theElementsSchemaCountsThePacksRoundsAndKnowsItsIdPattern() throws Exception {
        Map<String, String> files = files(NO_RELIANCE_TWO_ROUNDS);
        String elements = files.get(PackFiles.ELEMENTS)
                .replaceFirst("rounds: \\[embedded, embedded\\]", "rounds: [embedded]")
                .replaceFirst("id: F1", "id: E1");

        assertThat(validate(files, PackSchemas.ELEMENTS, elements)).extracting(m -> m.getInstanceLocation().toString())
                .containsExactlyInAnyOrder("$.elements[0].id", "$.elements[0].dimensions.skills.rounds");
    }

    @Test
    void theScenarioSchemaFlagsADimensionAndAStatusOffThePacksScales() throws Exception {
        Map<String, String> files = files(PackPlan.defaults());
        String scenario = files.get(PackFiles.SCENARIO).replace("dimension: people", "dimension: peopel")
                .replace("status: strong", "status: strnog");

        assertThat(validate(files, PackSchemas.SCENARIO, scenario).toString()).contains("$.changes[0].dimension",
                "$.changes[0].status");
    }

    @Test
    void everySchemaResolvesFromItsOwnTextAlone() throws Exception {
        for (String schema : new PackSchemas(new PackFiles(PackPlan.defaults(), "p", LocalDate.EPOCH).vocabulary())
                .all().values()) {
            JsonNode tree = new ObjectMapper().readTree(schema);

            assertThat(tree.findValuesAsText("$ref")).allSatisfy(ref -> assertThat(ref).startsWith("#/$defs/"));
            assertThat(tree.has("$id")).isFalse();
        }
    }

    private static Map<String, String> files(PackPlan plan) {
        return new PackFiles(plan, "my-pack", LocalDate.of(2026, 11, 26)).all();
    }

    private static Set<ValidationMessage> validate(Map<String, String> files, String schema, String yaml)
            throws Exception {
        JsonNode document = new YAMLMapper().readTree(yaml);
        return FACTORY.getSchema(new ObjectMapper().readTree(files.get(schema))).validate(document);
    }
}
