package org.cyberarms.advisor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.knowledge.KnowledgeProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new pack's schemas know its own words: an editor flags a word off its scales as the analyst types. */
class PackSchemasTest {

    private static final String PACK_SECTIONS = "src/test/resources/pack-sections/";
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
    void aModelWithoutRoundsLeavesTheCountOpenAndSaysEveryAssessmentHasTheSameNumber() throws Exception {
        Map<String, String> schemas = schemasOf(PACK_SECTIONS + "rounds-unset-two");
        JsonNode assessment = new ObjectMapper().readTree(schemas.get(PackSchemas.ELEMENTS)).at("/$defs/assessment/properties");
        JsonNode round = new ObjectMapper().readTree(schemas.get(PackSchemas.SCENARIO))
                .at("/$defs/panelScore/properties/panel_score/properties/round");

        for (String list : List.of("rounds", "panel")) {
            assertThat(assessment.get(list).get("minItems").asInt()).as(list).isEqualTo(1);
            assertThat(assessment.get(list).has("maxItems")).as(list).isFalse();
        }
        assertThat(assessment.get("rounds").get("description").asText())
                .contains("Every assessment has the same number of rounds (the model does not set `rounds`, so the"
                        + " first assessment in elements.yaml gives the number");
        assertThat(round.has("maximum")).isFalse();
        assertThat(round.get("minimum").asInt()).isEqualTo(1);
    }

    /**
     * With `rounds` unset the schema takes every list the advisor takes, and refuses an empty one as the advisor
     * does; that one list has another length than the others it cannot see (a schema checks each list alone), so
     * there the advisor alone reports it, against the first assessment.
     */
    @Test
    void withRoundsUnsetTheSchemaAndTheLoaderAgreeOnEachList(@TempDir Path tmp) throws Exception {
        String two = PACK_SECTIONS + "rounds-unset-two";
        String disagree = PACK_SECTIONS + "rounds-unset-disagree";
        Map<String, String> schemas = schemasOf(two);
        Path empty = Files.createDirectory(tmp.resolve("empty-first"));
        Files.copy(Path.of(two, "maturity-model.yaml"), empty.resolve("maturity-model.yaml"));
        Files.writeString(empty.resolve("elements.yaml"), Files.readString(Path.of(two, "elements.yaml"))
                .replace("people: {rounds: [absent, present]}", "people: {rounds: []}"));

        assertThat(validate(schemas, PackSchemas.ELEMENTS, Files.readString(Path.of(two, "elements.yaml")))).isEmpty();
        assertThat(new KnowledgeLoader().load(Path.of(two)).model().pack().rounds()).isEqualTo(2);

        assertThat(validate(schemas, PackSchemas.ELEMENTS, Files.readString(Path.of(disagree, "elements.yaml"))))
                .isEmpty();
        assertThat(problemsOf(Path.of(disagree))).extracting(KnowledgeProblem::message)
                .allSatisfy(m -> assertThat(m).contains("the first assessment, alpha-1 people at"))
                .hasSize(2);

        assertThat(validate(schemas, PackSchemas.ELEMENTS, Files.readString(empty.resolve("elements.yaml"))))
                .extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.elements[0].dimensions.people.rounds");
        assertThat(problemsOf(empty)).extracting(KnowledgeProblem::message).containsExactly(
                "`rounds` in element alpha-1's dimension `people` is empty; it needs one status per round of scoring,"
                        + " at least one");
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

    /** The schemas `advisor schemas` writes for the model in the given knowledge folder. */
    private static Map<String, String> schemasOf(String knowledge) throws Exception {
        return new PackSchemas(Vocabulary.of(new KnowledgeLoader().loadModel(Path.of(knowledge)))).all();
    }

    private static List<KnowledgeProblem> problemsOf(Path knowledge) {
        KnowledgeException thrown = catchThrowableOfType(KnowledgeException.class,
                () -> new KnowledgeLoader().load(knowledge));
        assertThat(thrown).as("loading %s should fail", knowledge).isNotNull();
        return thrown.problems();
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
