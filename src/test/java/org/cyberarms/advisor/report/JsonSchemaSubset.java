package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON tree against the subset of JSON Schema 2020-12 that docs/report.schema.json uses
 * ({@code type}, {@code const}, {@code enum}, {@code required}, {@code properties}, {@code items}, {@code oneOf},
 * {@code pattern}, local {@code $ref}), and also reports keys the schema does not document, so that the
 * documentation cannot fall behind the output. No validator library is on the offline build path.
 */
final class JsonSchemaSubset {

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private JsonSchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** Every way {@code document} departs from {@code schema}, each with its JSON path; empty when it conforms. */
    static List<String> problems(JsonNode schema, JsonNode document) {
        JsonSchemaSubset check = new JsonSchemaSubset(schema);
        check.check(schema, document, "$");
        return check.problems;
    }

    private void check(JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, path);
            return;
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                JsonSchemaSubset trial = new JsonSchemaSubset(root);
                trial.check(option, value, path);
                matching += trial.problems.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                problems.add(path + ": matches " + matching + " of the oneOf options, must match exactly 1");
            }
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": must be " + schema.get("const") + ", is " + value);
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(path + ": must be one of " + schema.get("enum") + ", is " + value);
        }
        if (schema.has("type") && !hasType(schema.get("type"), value)) {
            problems.add(path + ": must be of type " + schema.get("type") + ", is " + value.getNodeType());
            return;
        }
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) {
            problems.add(path + ": does not match " + schema.get("pattern").asText());
        }
        if (value.isObject()) {
            schema.path("required").forEach(key -> {
                if (!value.has(key.asText())) {
                    problems.add(path + ": required key '" + key.asText() + "' is missing");
                }
            });
            JsonNode properties = schema.path("properties");
            Set<String> documented = new HashSet<>();
            properties.fieldNames().forEachRemaining(documented::add);
            value.fieldNames().forEachRemaining(key -> {
                if (properties.has(key)) {
                    check(properties.get(key), value.get(key), path + "." + key);
                } else if (!documented.isEmpty()) {
                    problems.add(path + ": key '" + key + "' is not documented in the schema");
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        return root.at(ref.substring(1));
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (hasType(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
