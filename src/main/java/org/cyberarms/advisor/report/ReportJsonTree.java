package org.cyberarms.advisor.report;

import static org.cyberarms.advisor.report.JsonText.nullable;
import static org.cyberarms.advisor.report.JsonText.strings;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.CaveatItem;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionStanding;
import org.cyberarms.advisor.report.FeasibilityReport.ElementRef;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.cyberarms.advisor.report.FeasibilityReport.LevelInfo;
import org.cyberarms.advisor.report.FeasibilityReport.ProvenanceNote;
import org.cyberarms.advisor.report.FeasibilityReport.RecommendationItem;
import org.cyberarms.advisor.report.FeasibilityReport.RuleCitation;

/**
 * The report as a JSON tree for other tools, in the shape {@code docs/report.schema.json} documents; the
 * report document carries it as its data and {@link org.cyberarms.advisor.document.JsonPrinter} prints it. The
 * tree is built key by key (not by reflection on the records) so that the key order is fixed and a renamed
 * Java field cannot silently change the published format. Absent values are {@code null}, never missing keys.
 */
final class ReportJsonTree {

    /** Bump when a key is renamed or removed, or its meaning changes; adding a key keeps the version. */
    static final String SCHEMA_ID = "advisor-report/1";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ReportJsonTree() {}

    static ObjectNode of(FeasibilityReport report) {
        ObjectNode root = JSON.objectNode();
        root.put("schema", SCHEMA_ID);
        root.put("title", report.title());
        root.set("words", words(report.pack().words()));
        root.put("restsOnReconstruction", report.restsOnReconstruction());
        root.set("summary", summary(report));
        root.set("scales", scales(report.scales()));
        ArrayNode elements = root.putArray("elements");
        report.elements().forEach(e -> elements.add(element(e)));
        ArrayNode actions = root.putArray("actions");
        report.actions().forEach(a -> actions.add(action(a)));
        ArrayNode provenance = root.putArray("provenance");
        report.provenance().forEach(p -> provenance.add(provenance(p)));
        root.set("stamp", stamp(report));
        return root;
    }

    /**
     * The nouns the pack's answers use, with the article each takes after "a"/"an", so that a reader (the
     * workbench page) can speak in them without a rule of its own for "a factor" and "an initiative".
     */
    private static ObjectNode words(Pack.Words words) {
        return JSON.objectNode()
                .put("element", words.element())
                .put("elements", words.elements())
                .put("dimension", words.dimension())
                .put("dimensions", words.dimensions())
                .put("elementWithArticle", Pack.Words.withArticle(words.element()))
                .put("dimensionWithArticle", Pack.Words.withArticle(words.dimension()));
    }

    private static ObjectNode summary(FeasibilityReport report) {
        ObjectNode summary = JSON.objectNode();
        summary.put("elementCount", report.summary().elementCount());
        ArrayNode levels = summary.putArray("levels");
        for (LevelCount count : report.summary().levels()) {
            ObjectNode level = level(count.level());
            level.put("count", count.count());
            strings(level.putArray("elements"), count.elementIds());
            levels.add(level);
        }
        strings(summary.putArray("elementsWithoutLevel"), report.summary().elementsWithoutLevel());
        return summary;
    }

    /**
     * The model's dimensions and its status and reliance scales, lowest first: what a reader (the workbench page)
     * needs to offer every value a what-if may set and to place a status on its scale, without knowing the model.
     */
    private static ObjectNode scales(FeasibilityReport.ModelScales scales) {
        ObjectNode node = JSON.objectNode();
        ArrayNode dimensions = node.putArray("dimensions");
        scales.dimensions().forEach(d -> dimensions.addObject().put("id", d.id()).put("name", d.name()));
        steps(node.putArray("statuses"), scales.statusSteps());
        steps(node.putArray("reliances"), scales.relianceSteps());
        return node;
    }

    private static void steps(ArrayNode array, List<FeasibilityReport.ScaleStep> steps) {
        steps.forEach(step -> array.addObject().put("name", step.name()).put("meaning", step.meaning()));
    }

    private static ObjectNode element(ElementSection element) {
        ObjectNode node = JSON.objectNode();
        node.put("id", element.id());
        node.put("name", element.name());
        node.put("description", element.description());
        strings(node.putArray("drawnFrom"), element.drawnFrom());
        node.set("level", element.level().<JsonNode>map(ReportJsonTree::level)
                .orElse(JSON.nullNode()));
        node.set("levelRule", element.levelRule().<JsonNode>map(ReportJsonTree::rule)
                .orElse(JSON.nullNode()));
        node.put("atTopLevel", element.atTopLevel());
        ArrayNode blocking = node.putArray("blockingDimensions");
        for (BlockingDimension dimension : element.blockingDimensions()) {
            ObjectNode b = standing(blocking, dimension.dimension(), dimension.name(), dimension.reliance(),
                    dimension.status(), dimension.rounds());
            b.put("ceiling", dimension.ceiling());
            b.set("ceilingRule", dimension.ceilingRule().<JsonNode>map(ReportJsonTree::rule)
                    .orElse(JSON.nullNode()));
        }
        ArrayNode dimensions = node.putArray("dimensions");
        for (DimensionStanding standing : element.standings()) {
            standing(dimensions, standing.dimension(), standing.name(), standing.reliance(), standing.status(),
                    standing.rounds())
                    .put("needed", standing.needed())
                    .put("holdsDown", element.isHeldDownBy(standing.dimension()));
        }
        ArrayNode recommendations = node.putArray("recommendations");
        for (RecommendationItem item : element.recommendations()) {
            ObjectNode r = recommendations.addObject();
            r.put("title", item.title());
            r.put("text", item.text());
            r.put("dimension", item.dimension());
            r.put("dimensionName", item.dimensionName());
            nullable(r, "toReach", item.toReach());
            r.set("rule", rule(item.rule()));
        }
        ArrayNode caveats = node.putArray("caveats");
        for (CaveatItem caveat : element.caveats()) {
            ObjectNode c = caveats.addObject();
            c.put("kind", caveat.kind());
            nullable(c, "dimension", caveat.dimension());
            nullable(c, "dimensionName", caveat.dimensionName());
            c.put("text", caveat.text());
            c.set("rule", rule(caveat.rule()));
        }
        WhatItWouldTakeJson.addTo(node, element);
        return node;
    }

    /** How an element stands on one dimension, the keys every dimension entry opens with. */
    private static ObjectNode standing(ArrayNode into, String dimension, String name, String reliance, String status,
            List<String> rounds) {
        ObjectNode node = into.addObject();
        node.put("dimension", dimension);
        node.put("name", name);
        node.put("reliance", reliance);
        node.put("status", status);
        strings(node.putArray("rounds"), rounds);
        return node;
    }

    private static ObjectNode action(ActionSection action) {
        ObjectNode node = JSON.objectNode();
        node.put("title", action.title());
        node.put("text", action.text());
        node.put("dimension", action.dimension());
        node.put("dimensionName", action.dimensionName());
        ArrayNode elements = node.putArray("elements");
        for (ElementRef ref : action.elements()) {
            elements.addObject().put("id", ref.id()).put("name", ref.name());
        }
        node.set("rule", rule(action.rule()));
        return node;
    }

    private static ObjectNode provenance(ProvenanceNote note) {
        ObjectNode node = JSON.objectNode();
        node.put("subject", note.subject());
        node.put("origin", note.origin());
        node.put("basis", note.basis());
        ArrayNode changes = node.putArray("changes");
        for (Provenance.Change change : note.changes()) {
            changes.addObject().put("by", change.by()).put("date", change.date()).put("what", change.what());
        }
        return node;
    }

    private static ObjectNode stamp(FeasibilityReport report) {
        ObjectNode node = JSON.objectNode();
        node.put("advisorVersion", report.stamp().advisorVersion());
        node.put("generatedAt", report.stamp().generatedAt().toString());
        ArrayNode inputs = node.putArray("inputs");
        for (SourceFile file : report.stamp().inputs()) {
            inputs.addObject().put("path", file.path()).put("sha256", file.sha256());
        }
        return node;
    }

    private static ObjectNode level(LevelInfo level) {
        ObjectNode node = JSON.objectNode();
        node.put("name", level.name());
        node.put("rank", level.rank());
        node.put("meaning", level.meaning());
        return node;
    }

    private static ObjectNode rule(RuleCitation rule) {
        ObjectNode node = JSON.objectNode();
        node.put("name", rule.name());
        node.put("file", rule.file());
        node.put("line", rule.line());
        nullable(node, "rationale", rule.rationale());
        nullable(node, "source", rule.source());
        return node;
    }


}
