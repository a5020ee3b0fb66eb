package org.cyberarms.advisor.trace;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;

/**
 * A fact as a sentence an analyst reads ("E03 Attribution: reliance critical, status none in rounds 1–3"),
 * never as the record text Java would print ({@code Assessment[elementId=E03, ..., statusRanks=...]}).
 *
 * <p>One wording for a fact wherever it is shown: {@code explain} words the live facts, {@code trace} the
 * facts it reads back from a trace file, both through {@link #of(String, JsonNode)} on the fact's fields as
 * the trace writes them. Dimensions are named by the model's labels when the model is known.
 */
public final class FactSentences {

    /** Sentences that name dimensions by their ids, for when no model is at hand. */
    public static final FactSentences WITH_IDS = new FactSentences(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> dimensionLabels;
    private final Pack.Words nouns;

    public FactSentences(Map<String, String> dimensionLabels) {
        this(dimensionLabels, Pack.Words.defaults());
    }

    private FactSentences(Map<String, String> dimensionLabels, Pack.Words nouns) {
        this.dimensionLabels = Map.copyOf(dimensionLabels);
        this.nouns = nouns;
    }

    /** Sentences naming each dimension by its label in {@code model} ({@code Political endorsement}). */
    public static FactSentences of(MaturityModel model) {
        return new FactSentences(model.dimensions().stream().collect(Collectors.toMap(Dimension::id, Dimension::name)),
                model.pack().words());
    }

    /** The pack's nouns for elements and dimensions, for the sentences around the facts. */
    public Pack.Words nouns() {
        return nouns;
    }

    /** The model's label of a dimension; its id when the model does not name it. */
    public String label(String dimensionId) {
        return dimensionLabels.getOrDefault(dimensionId, dimensionId);
    }

    /** The fact's fields as a trace writes them: a JSON object of its record components. */
    public static JsonNode fields(Object fact) {
        return JSON.valueToTree(fact);
    }

    /** A live fact as a sentence. */
    public String of(Object fact) {
        return of(fact.getClass().getSimpleName(), fields(fact));
    }

    /** A fact of {@code type} with {@code fields} as a sentence; unknown types list their plain fields. */
    public String of(String type, JsonNode fields) {
        if (!fields.isObject()) {
            return type + " " + fields.asText();
        }
        String element = text(fields, "elementId");
        String dimension = label(text(fields, "dimension"));
        switch (type) {
            case "Assessment":
                return element + " " + dimension + ": " + assessment(fields, true);
            case "Ceiling":
                return element + " " + dimension + ": ceiling " + text(fields, "level");
            case "ElementLevel":
                return element + " is " + text(fields, "level");
            case "Blocker":
                return element + " " + dimension + " holds it at " + text(fields, "level");
            case "Level":
                return "level " + text(fields, "name") + " (rank " + text(fields, "rank") + ")";
            case "Element":
                return text(fields, "id") + " " + text(fields, "name");
            case "Caveat":
                return element + (dimension.isEmpty() ? "" : " " + dimension) + " caveat (" + text(fields, "kind")
                        + "): " + text(fields, "text");
            case "Recommendation":
                return element + " " + dimension + " recommendation: " + text(fields, "title");
            case "PracticalAction":
                return "practical action on " + dimension + " for " + texts(fields.path("elementIds")) + ": "
                        + text(fields, "title");
            default:
                return type + ": " + plainFields(fields);
        }
    }

    /** How an element stands on a dimension: {@code reliance critical, status none in rounds 1–3}. */
    public String standing(Object assessment) {
        return assessment(fields(assessment), false);
    }

    /** {@code reliance critical, status none in rounds 1–3}; a status that moved shows every round,
     * and the panel's scores of the latest round follow when asked for. */
    private static String assessment(JsonNode fields, boolean withPanel) {
        List<String> rounds = new ArrayList<>();
        fields.path("rounds").forEach(r -> rounds.add(r.asText()));
        // A pack without a reliance scale has the empty reliance: the sentence then leaves it out.
        String reliance = text(fields, "reliance");
        StringBuilder out = new StringBuilder(reliance.isEmpty() ? "" : "reliance " + reliance + ", ").append("status ");
        if (rounds.isEmpty()) {
            return out.append("not scored").toString();
        }
        String latest = rounds.get(rounds.size() - 1);
        out.append(latest);
        // With one round there is nothing to say about rounds.
        if (rounds.size() > 1 && rounds.stream().distinct().count() == 1) {
            out.append(" in rounds 1–").append(rounds.size());
        } else if (rounds.size() > 1) {
            out.append(" in round ").append(rounds.size()).append(" (rounds 1–").append(rounds.size()).append(": ")
                    .append(String.join(", ", rounds)).append(")");
        }
        JsonNode panel = fields.path("panel");
        if (withPanel && panel.isArray() && panel.size() > 0) {
            out.append("; panel in round ").append(panel.size()).append(": ").append(texts(panel.get(panel.size() - 1)));
        }
        return out.toString();
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String texts(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(x -> items.add(x.asText()));
        return String.join(", ", items);
    }

    /** {@code colour red, size 3}: the scalar fields and lists of scalars, in the record's order. */
    private static String plainFields(JsonNode fields) {
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (v.isValueNode()) {
                parts.add(field.getKey() + " " + v.asText());
            } else if (v.isArray() && v.size() > 0 && v.get(0).isValueNode()) {
                parts.add(field.getKey() + " " + texts(v));
            }
        }
        return String.join(", ", parts);
    }
}
