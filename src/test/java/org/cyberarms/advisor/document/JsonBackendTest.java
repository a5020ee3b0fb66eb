package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON of a document: its data tree, with the what-if's scenario object put first by the backend. */
class JsonBackendTest {

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void aScenarioObjectComesFirstWhenTheDataHasNoSchemaAndReplacesOneTheAnswerMadeItself() throws Exception {
        var data = JsonPrinter.object();
        data.put("level", "possible");
        data.put("scenario", "a stale value the answer should not have set");
        Document document = Document.of("t", List.of()).withData(data).withWhatIf(Optional.of(Specimens.WHAT_IF));
        JsonNode json = parse(Backend.of(Format.JSON).render(document));
        assertThat(json.fieldNames()).toIterable().containsExactly("scenario", "level");
        assertThat(json.at("/scenario/name").asText()).isEqualTo("attribution-mechanism");
        assertThat(json.at("/scenario/description").asText()).isEqualTo("An attribution body exists");
        assertThat(json.at("/scenario/changes/0/dimension").asText()).isEqualTo("attribution");
    }

    @Test
    void aScenarioWithoutDescriptionSaysSoWithNull() throws Exception {
        var data = JsonPrinter.object();
        data.put("schema", "advisor-test/1");
        WhatIf set = new WhatIf("--set", Optional.empty(), List.of());
        JsonNode json = parse(Backend.of(Format.JSON).render(Document.of("t", List.of()).withData(data)
                .withWhatIf(Optional.of(set))));
        assertThat(json.at("/scenario/description").isNull()).isTrue();
        assertThat(json.at("/scenario/changes").isEmpty()).isTrue();
    }

    @Test
    void printsTwoSpaceIndentColonSpaceAndALineEndLikeEveryOtherJsonAnswer() {
        var data = JsonPrinter.object();
        data.put("schema", "advisor-test/1");
        data.putArray("empty");
        data.putObject("nested").put("text", Specimens.HOSTILE);
        String json = Backend.of(Format.JSON).render(Document.of("t", List.of()).withData(data));
        assertThat(json).isEqualTo("{\n  \"schema\": \"advisor-test/1\",\n  \"empty\": [],\n  \"nested\": {\n"
                + "    \"text\": \"<script>alert(1)</script> & \\\"quoted\\\" 'single' | *star* `tick` =SUM(A1)\"\n  }\n}\n");
    }

    @Test
    void aDocumentWithoutDataIsRefused() {
        assertThatThrownBy(() -> Backend.of(Format.JSON).render(Document.of("Summary", List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no JSON form");
    }
}
