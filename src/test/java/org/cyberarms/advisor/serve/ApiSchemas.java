package org.cyberarms.advisor.serve;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published schemas of docs/, as the API's answers must satisfy them. */
final class ApiSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiSchemas() {}

    /** What is wrong with {@code json} by {@code docs/<schema>}; empty when it conforms. */
    static Set<ValidationMessage> problems(String json, String schema) throws Exception {
        JsonNode answer = JSON.readTree(json);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(Path.of("docs", schema).toAbsolutePath().toUri().toString()))
                .validate(answer);
    }

    static String json(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }
}
