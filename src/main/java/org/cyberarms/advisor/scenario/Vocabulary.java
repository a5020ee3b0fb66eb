package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Pack;

/**
 * The words a scenario may use, taken from the knowledge it applies to: dimensions, statuses, reliances,
 * and the element ids as the scenarios read so far leave them (an element added by one scenario can be
 * changed by the next).
 */
final class Vocabulary {

    final List<String> dimensions;
    final List<String> statuses;
    final List<String> reliances;
    /** The pack's id pattern, rounds and required element fields, for elements a scenario adds. */
    final Pack pack;
    private final Set<String> elementIds;
    private final Map<String, Assessment> withPanel = new HashMap<>();

    private Vocabulary(Knowledge knowledge) {
        this.dimensions = knowledge.model().dimensionIds();
        this.statuses = knowledge.model().statuses().names();
        this.reliances = knowledge.model().reliances().names();
        this.pack = knowledge.model().pack();
        this.elementIds = new LinkedHashSet<>();
        knowledge.elements().forEach(e -> elementIds.add(e.id()));
        knowledge.assessments().stream().filter(Assessment::hasPanel)
                .forEach(a -> withPanel.put(a.elementId() + "." + a.dimension(), a));
    }

    static Vocabulary of(Knowledge knowledge) {
        return new Vocabulary(knowledge);
    }

    List<String> elementIds() {
        return new ArrayList<>(elementIds);
    }

    /** An element id of the knowledge to show in examples ("`element: E03`"); ID when there is none. */
    String exampleId(int index) {
        List<String> ids = elementIds();
        return ids.isEmpty() ? "ID" : ids.get(Math.min(index, ids.size() - 1));
    }

    boolean hasElement(String id) {
        return elementIds.contains(id);
    }

    void added(String id) {
        elementIds.add(id);
    }

    void removed(String id) {
        elementIds.remove(id);
    }

    Optional<Assessment> panelOf(String elementId, String dimension) {
        return Optional.ofNullable(withPanel.get(elementId + "." + dimension));
    }
}
