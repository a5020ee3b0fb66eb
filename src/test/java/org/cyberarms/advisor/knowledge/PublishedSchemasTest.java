package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schemas editors use (yaml-language-server) must accept what the advisor accepts, and flag the same slips. */
class PublishedSchemasTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

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

    private static Set<ValidationMessage> validate(String schemaName, Path yaml) throws Exception {
        JsonSchema schema = FACTORY.getSchema(
                SchemaLocation.of(Path.of("schemas", schemaName + ".schema.json").toAbsolutePath().toUri().toString()));
        JsonNode document = new YAMLMapper().readTree(yaml.toFile());
        return schema.validate(document);
    }
}
