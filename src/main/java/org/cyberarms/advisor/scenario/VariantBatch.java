package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;

/**
 * Many variants of single elements evaluated in one run of the rules: each variant is a copy of its element
 * under an id of its own ({@code E03~7}), with the variant's changes applied. One session instead of
 * hundreds is what makes path search and sensitivity fast.
 *
 * <p>This relies on an element's level depending only on its own facts, as it does in the bundled rules
 * (a level is the lowest ceiling of the element's own dimensions). Path search confirms every answer it
 * reports with a run of the rules on the whole knowledge, so a rule set that breaks that assumption can
 * cost an alternative, never give a wrong one.
 */
final class VariantBatch {

    private final Knowledge baseline;
    private final Map<String, List<ScenarioChange>> variants = new LinkedHashMap<>();
    private final Map<String, String> elementOf = new LinkedHashMap<>();

    VariantBatch(Knowledge baseline) {
        this.baseline = baseline;
    }

    /** Adds a variant of {@code elementId}; the changes name the element by its own id. Returns the variant's id. */
    String add(String elementId, List<ScenarioChange> changes) {
        String id = elementId + "~" + variants.size();
        variants.put(id, List.copyOf(changes));
        elementOf.put(id, elementId);
        return id;
    }

    boolean isEmpty() {
        return variants.isEmpty();
    }

    /** The level of each variant, by variant id; empty for a variant the rules gave no level. */
    <X extends Exception> Map<String, Optional<String>> levels(Evaluator<X> rules) throws X {
        List<Element> elements = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (Map.Entry<String, List<ScenarioChange>> variant : variants.entrySet()) {
            String original = elementOf.get(variant.getKey());
            Element element = baseline.element(original).orElseThrow();
            Knowledge alone = new Knowledge(baseline.model(), List.of(element), baseline.assessmentsOf(original),
                    baseline.provenance(), baseline.files());
            Knowledge changed = ScenarioOverlay.applyChanges(alone, variant.getValue());
            for (Element e : changed.elements()) {
                elements.add(new Element(variant.getKey(), e.name(), e.description(), e.drawnFrom(), e.origin()));
            }
            for (Assessment a : changed.assessments()) {
                assessments.add(new Assessment(variant.getKey(), a.dimension(), a.reliance(), a.rounds(),
                        a.statusRanks(), a.panel(), a.panelRanks()));
            }
        }
        Outcome outcome = rules.evaluate(new Knowledge(baseline.model(), elements, assessments,
                baseline.provenance(), baseline.files()));
        Map<String, Optional<String>> levels = new LinkedHashMap<>();
        for (String id : variants.keySet()) {
            levels.put(id, outcome.levelOf(id).map(c -> c.fact().level()));
        }
        return levels;
    }
}
