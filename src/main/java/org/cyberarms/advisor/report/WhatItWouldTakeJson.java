package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.WhatItWouldTake.Goal;

/**
 * An element's what-it-would-take in the report's JSON ({@code docs/report.schema.json}): {@code toNextLevel}
 * and {@code toTop}, each a list of {@code {dimension, from, to}}, and {@code whatItWouldTake} with what the
 * lists alone do not say (the level reached, the rules that would fire, why a level is out of reach).
 */
final class WhatItWouldTakeJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WhatItWouldTakeJson() {}

    /**
     * Adds the three keys to an element's object. At the top level both lists are empty (nothing to change);
     * they are null when the level is out of reach by status changes alone, or the element has no level.
     */
    static void addTo(ObjectNode node, ElementSection element) {
        Optional<WhatItWouldTake> take = element.whatItWouldTake();
        if (element.atTopLevel()) {
            node.putArray("toNextLevel");
            node.putArray("toTop");
            node.putNull("whatItWouldTake");
            return;
        }
        node.set("toNextLevel", take.map(t -> changes(t.toNextLevel())).orElse(JSON.nullNode()));
        node.set("toTop", take.map(t -> changes(t.toTop())).orElse(JSON.nullNode()));
        node.set("whatItWouldTake", take.<JsonNode>map(t -> {
            ObjectNode both = JSON.objectNode();
            both.set("nextLevel", goal(t.toNextLevel()));
            both.set("top", goal(t.toTop()));
            return both;
        }).orElse(JSON.nullNode()));
    }

    /** The changes as {@code [{dimension, from, to}]}; null when the goal is out of reach. */
    static JsonNode changes(Goal goal) {
        if (!goal.reachable()) {
            return JSON.nullNode();
        }
        ArrayNode changes = JSON.arrayNode();
        goal.changes().forEach(c -> changes.addObject().put("dimension", c.dimension()).put("from", c.from())
                .put("to", c.to()));
        return changes;
    }

    private static ObjectNode goal(Goal goal) {
        ObjectNode node = JSON.objectNode();
        node.put("target", goal.target());
        node.put("reachable", goal.reachable());
        if (goal.reachable()) {
            node.put("reaches", goal.reaches());
        } else {
            node.putNull("reaches");
        }
        node.set("rulesThatWouldFire", rules(goal.rulesThatWouldFire()));
        node.set("rulesThatWouldStopFiring", rules(goal.rulesThatWouldStop()));
        node.set("notReachableBecause", goal.notReachableBecause().<JsonNode>map(JSON::textNode)
                .orElse(JSON.nullNode()));
        return node;
    }

    private static ArrayNode rules(List<WhatItWouldTake.RuleFiring> rules) {
        ArrayNode array = JSON.arrayNode();
        rules.forEach(r -> array.addObject().put("rule", r.rule()).put("location", r.location()));
        return array;
    }
}
