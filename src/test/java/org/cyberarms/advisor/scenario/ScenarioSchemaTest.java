package org.cyberarms.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

class ScenarioSchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(Path.of("schemas/scenario.schema.json").toAbsolutePath().toUri().toString()));

    @Test
    void everyShippedScenarioSatisfiesThePublishedSchema() throws Exception {
        List<Path> shipped;
        try (Stream<Path> files = Files.list(Path.of("knowledge/scenarios"))) {
            shipped = files.sorted().toList();
        }
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : shipped) {
            assertThat(validate(file)).as(file.toString()).isEmpty();
        }
        assertThat(validate(Path.of("src/test/resources/scenarios/chain/base-step.yaml"))).isEmpty();
    }

    @Test
    void theSchemaFlagsAChangeThatSetsBothStatusAndRaise(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("both.yaml");
        Files.writeString(file, Files.readString(Path.of("knowledge/scenarios/great-power-endorsement.yaml"))
                .replaceFirst("    raise: 1", "    raise: 1\n    status: strong"));

        assertThat(validate(file)).isNotEmpty();
    }

    @Test
    void theSchemaTakesWholeNumbersWrittenWithADecimalPointAsTheLoaderDoesAndRefusesHalfARound() throws Exception {
        assertThat(validate(Path.of("src/test/resources/scenarios/numbers/written-with-decimals.yaml"))).isEmpty();
        assertThat(validate(Path.of("src/test/resources/scenarios/numbers/half-a-round.yaml")))
                .extracting(m -> m.getInstanceLocation().toString()).contains("$.changes[1].panel_score.round");
    }

    private static Set<ValidationMessage> validate(Path yaml) throws Exception {
        JsonNode document = new YAMLMapper().readTree(yaml.toFile());
        return SCHEMA.validate(document);
    }
}
