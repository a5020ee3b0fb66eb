package org.cyberarms.advisor.report;

import static org.cyberarms.advisor.report.JsonText.nullable;
import static org.cyberarms.advisor.report.JsonText.strings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.SensitivityResult;

/**
 * The what-if answers' {@link org.cyberarms.advisor.document.Document#data() data} for other tools, each in the shape its schema documents
 * ({@code docs/whatif.schema.json}, {@code docs/path.schema.json}, {@code docs/sensitivity.schema.json}).
 * As in {@link ReportJsonTree}, the tree is built key by key (not by reflection on the records) so that
 * the key order is fixed and a renamed Java field cannot silently change the published format. Absent values
 * are {@code null}, never missing keys. Lists whose order means nothing are sorted, so that the output of the
 * same inputs is the same byte for byte.
 */
final class WhatIfJson {

    /** Bump a schema id when one of its keys is renamed or removed, or its meaning changes; adding a key keeps it. */
    static final String WHATIF_SCHEMA_ID = "advisor-whatif/1";
    static final String PATH_SCHEMA_ID = "advisor-path/1";
    static final String SENSITIVITY_SCHEMA_ID = "advisor-sensitivity/1";

    /** Disappearing items first (as the comparison lists them), then by subject and title. */
    private static final Comparator<Comparison.ItemChange> ITEM_ORDER = Comparator
            .comparing(Comparison.ItemChange::appears)
            .thenComparing(Comparison.ItemChange::subject)
            .thenComparing(Comparison.ItemChange::title)
            .thenComparing(Comparison.ItemChange::ruleLocation);

    private WhatIfJson() {}

    static ObjectNode comparison(Comparison comparison) {
        ObjectNode root = envelope(WHATIF_SCHEMA_ID, "comparison");
        ObjectNode answer = root.putObject("answer");
        strings(answer.putArray("levels"), comparison.levels());
        ArrayNode matrix = answer.putArray("matrix");
        for (Comparison.ElementRow row : comparison.matrix()) {
            ObjectNode r = matrix.addObject();
            r.put("elementId", row.elementId());
            r.put("name", row.name());
            nullable(r, "baseline", row.baseline());
            ArrayNode cells = r.putArray("scenarios");
            for (Comparison.Cell cell : row.scenarios()) {
                ObjectNode c = cells.addObject();
                nullable(c, "level", cell.level());
                c.put("direction", cell.direction());
            }
        }
        ArrayNode scenarios = answer.putArray("scenarios");
        for (Comparison.ScenarioDiff diff : comparison.scenarios()) {
            ObjectNode s = scenarios.addObject();
            s.put("name", diff.name());
            s.put("description", diff.description());
            s.put("rationale", diff.rationale());
            strings(s.putArray("applied"), diff.applied());
            ArrayNode levelChanges = s.putArray("levelChanges");
            for (Comparison.LevelChange change : diff.levelChanges()) {
                ObjectNode l = levelChanges.addObject();
                l.put("elementId", change.elementId());
                l.put("name", change.name());
                nullable(l, "from", change.from());
                nullable(l, "to", change.to());
                l.put("direction", change.direction());
            }
            factChanges(s.putArray("factChanges"), diff.factChanges());
            items(s.putArray("recommendations"), diff.recommendations());
            items(s.putArray("actions"), diff.actions());
            ruleChanges(s.putArray("rules"), diff.rules());
        }
        return root;
    }

    static ObjectNode paths(List<PathResult> results, String target) {
        ObjectNode root = envelope(PATH_SCHEMA_ID, "paths");
        root.put("target", target);
        ArrayNode answer = root.putArray("answer");
        for (PathResult result : results) {
            ObjectNode r = answer.addObject();
            r.put("elementId", result.elementId());
            r.put("name", result.name());
            r.put("currentLevel", result.currentLevel());
            r.put("target", result.target());
            r.put("verdict", result.verdict());
            ArrayNode alternatives = r.putArray("alternatives");
            for (PathResult.Alternative alternative : result.alternatives()) {
                ObjectNode a = alternatives.addObject();
                ArrayNode steps = a.putArray("steps");
                for (PathResult.Step step : alternative.steps()) {
                    ObjectNode s = steps.addObject();
                    s.put("dimension", step.dimension());
                    s.put("from", step.from());
                    s.put("to", step.to());
                    s.put("steps", step.steps());
                }
                a.put("totalSteps", alternative.totalSteps());
                a.put("level", alternative.level());
                ruleChanges(a.putArray("rules"), alternative.rules());
            }
            nullable(r, "explanation", result.explanation() == null || result.explanation().isEmpty()
                    ? Optional.empty() : Optional.of(result.explanation()));
            strings(r.putArray("locked"), result.locked().stream().sorted().toList());
            r.put("maxSteps", result.maxSteps());
        }
        return root;
    }

    static ObjectNode sensitivity(SensitivityResult result) {
        ObjectNode root = envelope(SENSITIVITY_SCHEMA_ID, "sensitivity");
        ObjectNode answer = root.putObject("answer");
        strings(answer.putArray("statuses"), result.statuses());
        ArrayNode elements = answer.putArray("elements");
        for (SensitivityResult.ElementSensitivity element : result.elements()) {
            ObjectNode e = elements.addObject();
            e.put("elementId", element.elementId());
            e.put("name", element.name());
            e.put("level", element.level());
            ArrayNode dimensions = e.putArray("dimensions");
            for (SensitivityResult.DimensionRow row : element.dimensions()) {
                ObjectNode d = dimensions.addObject();
                d.put("dimension", row.dimension());
                d.put("reliance", row.reliance());
                d.put("currentStatus", row.currentStatus());
                strings(d.putArray("levels"), row.levels());
            }
            strings(e.putArray("binding"), element.binding().stream().sorted().toList());
            ArrayNode tipping = e.putArray("tippingPoints");
            for (SensitivityResult.TippingPoint point : element.tippingPoints()) {
                ObjectNode t = tipping.addObject();
                t.put("dimension", point.dimension());
                t.put("from", point.from());
                t.put("to", point.to());
                t.put("levelFrom", point.levelFrom());
                t.put("levelTo", point.levelTo());
                t.put("direction", point.direction());
            }
        }
        return root;
    }

    private static ObjectNode envelope(String schema, String kind) {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", schema);
        root.put("kind", kind);
        return root;
    }

    private static void factChanges(ArrayNode array, List<Comparison.FactChange> changes) {
        for (Comparison.FactChange change : changes) {
            array.addObject().put("subject", change.subject()).put("before", change.before())
                    .put("after", change.after());
        }
    }

    private static void items(ArrayNode array, List<Comparison.ItemChange> items) {
        for (Comparison.ItemChange item : items.stream().sorted(ITEM_ORDER).toList()) {
            ObjectNode i = array.addObject();
            i.put("subject", item.subject());
            i.put("title", item.title());
            i.put("appears", item.appears());
            i.put("ruleName", item.ruleName());
            i.put("ruleLocation", item.ruleLocation());
        }
    }

    private static void ruleChanges(ArrayNode array, List<Comparison.RuleChange> rules) {
        for (Comparison.RuleChange rule : rules) {
            ObjectNode r = array.addObject();
            r.put("rule", rule.rule());
            r.put("location", rule.location());
            r.put("subjects", rule.subjects());
            r.put("firesInScenario", rule.firesInScenario());
            factChanges(r.putArray("becauseOf"), rule.becauseOf());
        }
    }

}
