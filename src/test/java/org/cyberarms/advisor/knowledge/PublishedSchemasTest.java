package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemas editors use (yaml-language-server) must accept what the advisor accepts, and flag the same slips. */
class PublishedSchemasTest {

    /** Loads each schema from the local schemas folder under one address, as a validator is told where a schema set lives. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://cyberarms.org/advisor/schemas/",
                    Path.of("schemas").toAbsolutePath().toUri().toString())));

    @Test
    void bundledMaturityModelSatisfiesItsSchema() throws Exception {
        assertThat(validate("maturity-model", Path.of("knowledge/maturity-model.yaml"))).isEmpty();
    }

    @Test
    void bundledElementsSatisfyTheirSchema() throws Exception {
        assertThat(validate("elements", Path.of("knowledge/elements.yaml"))).isEmpty();
    }

    @Test
    void elementsSchemaFlagsAMisspeltKey() throws Exception {
        Set<ValidationMessage> errors =
                validate("elements", Path.of("src/test/resources/knowledge/unknown-key/elements.yaml"));

        assertThat(errors).extracting(ValidationMessage::getMessageKey).contains("additionalProperties", "required");
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString()).contains("$.elements[0]");
    }

    @Test
    void elementsSchemaFlagsTwoRounds() throws Exception {
        Set<ValidationMessage> errors =
                validate("elements", Path.of("src/test/resources/knowledge/two-rounds/elements.yaml"));

        assertThat(errors).extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.elements[0].dimensions.attribution.rounds");
    }

    @Test
    void elementsSchemaValidatesFromItsTextAloneWithNoOtherSchemaToFetch() throws Exception {
        // ajv and web-based validators get the schema's text, not its file path: every $ref stays inside the schema
        // (the generated schemas are self-contained), so a validator given no other schema and no network resolves
        // it. The factory here knows no mapping at all.
        JsonNode schemaText = new ObjectMapper().readTree(Path.of("schemas/elements.schema.json").toFile());
        assertThat(schemaText.findValuesAsText("$ref")).allSatisfy(ref -> assertThat(ref).startsWith("#/"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        JsonNode document = new YAMLMapper().readTree(Path.of("knowledge/elements.yaml").toFile());
        ((ObjectNode) document.get("provenance")).remove("basis");

        assertThat(schema.validate(document)).extracting(ValidationMessage::getMessageKey).containsExactly("required");
    }

    @Test
    void maturityModelSchemaRefusesWhitespaceOnlyMeaningsAndEmptyChangeAuthors(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("maturity-model.yaml");
        Files.writeString(file, Files.readString(Path.of("knowledge/maturity-model.yaml"))
                .replaceFirst("(?m)^    meaning: .*$", "    meaning: \"   \"")
                .replaceFirst("(?m)^    - by: .*$", "    - by: \"\""));

        assertThat(validate("maturity-model", file)).extracting(m -> m.getInstanceLocation().toString())
                .containsOnly("$.levels[0].meaning", "$.provenance.changes[0].by");
    }

    @Test
    void schemasRefuseAChangeDateNotWrittenYearMonthDay(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("maturity-model.yaml");
        Files.writeString(model, Files.readString(Path.of("knowledge/maturity-model.yaml"))
                .replaceFirst("date: \"2026-11-26\"", "date: 26 Nov 2026"));
        Path scenario = tmp.resolve("scenario.yaml");
        Files.writeString(scenario, Files.readString(Path.of("knowledge/scenarios/great-power-endorsement.yaml"))
                .replaceFirst("date: \"?\\d{4}-\\d{2}-\\d{2}\"?", "date: yesterday"));

        assertThat(validate("maturity-model", model)).extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.provenance.changes[0].date");
        assertThat(validate("scenario", scenario)).extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.provenance.changes[0].date");
    }

    @Test
    void everyStepNameDescriptionTellsToQuoteNamesYamlReadsAsYesOrNo() throws Exception {
        // The schema sees `no` as text, the advisor's YAML 1.1 reader as a yes/no value: only words can warn.
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> stepNames = List.of(
                json.readTree(Path.of("schemas/maturity-model.schema.json").toFile())
                        .at("/properties/statuses/items/properties/name"),
                json.readTree(Path.of("schemas/elements.schema.json").toFile()).at("/$defs/status"),
                json.readTree(Path.of("schemas/elements.schema.json").toFile()).at("/$defs/reliance"),
                json.readTree(Path.of("schemas/scenario.schema.json").toFile()).at("/$defs/status"));

        assertThat(stepNames).extracting(node -> node.path("description").asText())
                .allSatisfy(text -> assertThat(text).contains("no, off", "in quotes", "\"no\""));
    }

    @Test
    void theSchemasTakeExactlyTheOriginsTheLoaderTakes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> origins = List.of(
                json.readTree(Path.of("schemas/maturity-model.schema.json").toFile())
                        .at("/$defs/provenance/properties/origin/enum"),
                json.readTree(Path.of("schemas/elements.schema.json").toFile())
                        .at("/$defs/element/properties/origin/enum"));

        assertThat(origins).allSatisfy(list -> assertThat(list).extracting(JsonNode::asText)
                .containsExactlyElementsOf(ProvenanceReader.ORIGINS));
    }

    private static Set<ValidationMessage> validate(String schemaName, Path yaml) throws Exception {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("https://cyberarms.org/advisor/schemas/" + schemaName + ".schema.json"));
        JsonNode document = new YAMLMapper().readTree(yaml.toFile());
        return schema.validate(document);
    }
}
