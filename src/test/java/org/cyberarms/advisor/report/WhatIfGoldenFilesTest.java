package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.SensitivityResult;
import org.cyberarms.advisor.uncertainty.UncertaintyDocument;
import org.cyberarms.advisor.uncertainty.UncertaintyResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The what-if answers and the uncertainty of the levels on the bundled knowledge/, rules/ and scenarios, as
 * text and as JSON, must match their golden files exactly, and each JSON answer must conform to its
 * published schema in docs/. The answers carry no stamp or time, and sampling has a fixed seed, so no value
 * needs fixing.
 *
 * <ul>
 *   <li>{@code whatif.json}, {@code whatif.txt}: {@code advisor whatif} with the four bundled scenarios
 *       ({@link ReportGoldenFilesTest#WHATIF_SCENARIOS}, in that order)</li>
 *   <li>{@code path.json}, {@code path.txt}: {@code advisor path --target likely}</li>
 *   <li>{@code sensitivity.json}, {@code sensitivity.txt}: {@code advisor sensitivity}</li>
 *   <li>{@code uncertainty.json}, {@code uncertainty.txt}: {@code advisor uncertainty --samples 200 --seed 7}</li>
 *   <li>{@code whatif.html}: the {@code whatif} above with {@code --format html}</li>
 * </ul>
 *
 * <p>After an intended change, regenerate them and review the diff (see docs/golden-files.md):
 * <pre>
 *   mvn -B -o -q test -Dtest=WhatIfGoldenFilesTest -Dgolden.update=true
 *   git diff src/test/resources/golden/
 * </pre>
 */
class WhatIfGoldenFilesTest {

    /** {@code advisor path --target} this gives {@code path.json} and {@code path.txt}. */
    static final String PATH_TARGET = "likely";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Comparison comparison;
    private static List<PathResult> paths;
    private static SensitivityResult sensitivity;
    private static UncertaintyResult uncertainty;
    private static MaturityModel model;

    @BeforeAll
    static void runTheBundledRules() throws Exception {
        comparison = ReportFixtures.bundledComparison(ReportGoldenFilesTest.WHATIF_SCENARIOS);
        paths = ReportFixtures.bundledPaths(PATH_TARGET);
        sensitivity = ReportFixtures.bundledSensitivity();
        uncertainty = ReportFixtures.bundledUncertainty();
        model = new KnowledgeLoader().load(ReportFixtures.BUNDLED_KNOWLEDGE).model();
    }

    @Test
    void whatIfHtmlMatchesItsGoldenFile() throws Exception {
        ReportGoldenFilesTest.assertMatchesGoldenFile(render("whatif", Format.HTML), "whatif.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void jsonMatchesItsGoldenFile(String kind) throws Exception {
        ReportGoldenFilesTest.assertMatchesGoldenFile(render(kind, Format.JSON), kind + ".json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void textMatchesItsGoldenFile(String kind) throws Exception {
        ReportGoldenFilesTest.assertMatchesGoldenFile(render(kind, Format.TEXT), kind + ".txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void jsonConformsToItsPublishedSchema(String kind) throws Exception {
        JsonNode schema = schema(kind);
        JsonNode answer = JSON.readTree(render(kind, Format.JSON));

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(answer.get("schema")).isEqualTo(schema.at("/properties/schema/const"));
        assertThat(JsonSchemaSubset.problems(schema, answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void jsonNamesItsOwnSchemaFirstAndKeepsTheKeyOrderTheSchemaLists(String kind) throws Exception {
        JsonNode answer = JSON.readTree(render(kind, Format.JSON));

        assertThat(answer.fieldNames().next()).isEqualTo("schema");
        assertThat(answer.get("schema").asText()).isEqualTo("advisor-" + kind + "/1");
        assertThat(keyOrderProblems(schema(kind), schema(kind), answer, "$")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void everyPropertyOfTheSchemaIsDescribed(String kind) throws Exception {
        List<String> undescribed = new ArrayList<>();
        undescribedProperties(schema(kind), "$", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @Test
    void schemaCheckCatchesAMissingKeyAWrongTypeAndAnUndocumentedKey() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(render("path", Format.JSON));
        broken.remove("target");
        ((ObjectNode) broken.get("answer").get(0)).put("maxSteps", "eight");
        ((ObjectNode) broken.get("answer").get(0)).put("verdict", "maybe");
        broken.put("extra", true);

        assertThat(JsonSchemaSubset.problems(schema("path"), broken)).containsExactlyInAnyOrder(
                "$: required key 'target' is missing",
                "$.answer[0].verdict: must be one of [\"at-target\",\"found\",\"unreachable\"], is \"maybe\"",
                "$.answer[0].maxSteps: must be of type \"integer\", is STRING",
                "$: key 'extra' is not documented in the schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whatif", "path", "sensitivity", "uncertainty"})
    void theSameInputsGiveTheSameJsonByteForByte(String kind) throws Exception {
        Document again = switch (kind) {
            case "whatif" -> ComparisonDocument.of(ReportFixtures.bundledComparison(ReportGoldenFilesTest.WHATIF_SCENARIOS),
                    model);
            case "path" -> PathDocument.of(ReportFixtures.bundledPaths(PATH_TARGET), PATH_TARGET, model, Optional.empty(),
                    List.of());
            case "sensitivity" -> SensitivityDocument.of(ReportFixtures.bundledSensitivity(), model, Optional.empty());
            default -> UncertaintyDocument.of(ReportFixtures.bundledUncertainty(), model, Optional.empty());
        };

        assertThat(Backend.of(Format.JSON).render(again)).isEqualTo(render(kind, Format.JSON));
    }

    @Test
    void pathsWithNothingBelowTheTargetStillNameTheTarget() throws Exception {
        JsonNode answer = JSON.readTree(Backend.of(Format.JSON).render(
                PathDocument.of(List.of(), "possible", model, Optional.empty(), List.of())));

        assertThat(answer.get("target").asText()).isEqualTo("possible");
        assertThat(answer.get("answer").isEmpty()).isTrue();
        assertThat(JsonSchemaSubset.problems(schema("path"), answer)).isEmpty();
    }

    static String render(String kind, Format format) {
        return Backend.of(format).render(switch (kind) {
            case "whatif" -> ComparisonDocument.of(comparison, model);
            case "path" -> PathDocument.of(paths, PATH_TARGET, model, Optional.empty(), List.of());
            case "sensitivity" -> SensitivityDocument.of(sensitivity, model, Optional.empty());
            case "uncertainty" -> UncertaintyDocument.of(uncertainty, model, Optional.empty());
            default -> throw new IllegalArgumentException(kind);
        });
    }

    static JsonNode schema(String kind) throws Exception {
        return JSON.readTree(Path.of("docs/" + kind + ".schema.json").toFile());
    }

    /** Objects must list their keys in the order of the schema's {@code properties}, as the schemas promise. */
    static List<String> keyOrderProblems(JsonNode root, JsonNode schema, JsonNode value, String path) {
        List<String> problems = new ArrayList<>();
        if (schema.has("$ref")) {
            return keyOrderProblems(root, root.at(schema.get("$ref").asText().substring(1)), value, path);
        }
        if (value.isObject() && schema.has("properties")) {
            List<String> expected = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(expected::add);
            List<String> actual = new ArrayList<>();
            value.fieldNames().forEachRemaining(actual::add);
            expected.retainAll(actual); // a key the schema allows to be left out (scenario) keeps the others' order
            if (!actual.equals(expected)) {
                problems.add(path + ": keys " + actual + ", schema lists " + expected);
            }
            for (Iterator<String> keys = value.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (schema.get("properties").has(key)) {
                    problems.addAll(keyOrderProblems(root, schema.get("properties").get(key), value.get(key),
                            path + "." + key));
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(keyOrderProblems(root, schema.get("items"), value.get(i), path + "[" + i + "]"));
            }
        }
        return problems;
    }

    static void undescribedProperties(JsonNode schema, String path, List<String> undescribed) {
        if (schema.isObject()) {
            JsonNode properties = schema.path("properties");
            properties.fieldNames().forEachRemaining(key -> {
                if (!properties.get(key).hasNonNull("description")) {
                    undescribed.add(path + ".properties." + key);
                }
            });
            schema.fieldNames().forEachRemaining(key -> undescribedProperties(schema.get(key), path + "." + key,
                    undescribed));
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                undescribedProperties(schema.get(i), path + "[" + i + "]", undescribed);
            }
        }
    }
}
