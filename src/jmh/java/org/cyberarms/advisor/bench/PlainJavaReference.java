package org.cyberarms.advisor.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Knowledge;

/**
 * The bundled rules' decision written in plain Java, for the benchmark only: the ceiling table of
 * rules/constraints.drl, then the lowest ceiling as the level (rules/maturity.drl). The advisor itself never
 * decides a level in Java; this class exists to measure how far the rule engine is from hand-written code,
 * and the benchmark checks it gives the rules' levels on every input it runs.
 */
final class PlainJavaReference {

    private PlainJavaReference() {}

    /** Level rank (0 = unlikely ... 3 = feasible) of each element, in the knowledge's element order. */
    static int[] levels(Knowledge knowledge, Map<String, Integer> elementIndex) {
        int[] levels = new int[elementIndex.size()];
        java.util.Arrays.fill(levels, Integer.MAX_VALUE);
        List<Assessment> assessments = knowledge.assessments();
        for (int i = 0, n = assessments.size(); i < n; i++) {
            Assessment a = assessments.get(i);
            int index = elementIndex.get(a.elementId());
            int ceiling = ceiling(a.reliance(), a.statusRank());
            if (ceiling < levels[index]) {
                levels[index] = ceiling;
            }
        }
        return levels;
    }

    /**
     * The table of rules/constraints.drl, by status rank (none 0, weak 1, partial 2, substantial 3,
     * strong 4) and level rank (unlikely 0, possible 1, likely 2, feasible 3).
     */
    static int ceiling(String reliance, int status) {
        switch (reliance) {
            case "critical":
                return status >= 3 ? 3 : status; // none unlikely, weak possible, partial likely
            case "helpful":
                return status <= 1 ? 2 : 3;
            default:
                return 3;
        }
    }

    static Map<String, Integer> elementIndex(Knowledge knowledge) {
        Map<String, Integer> index = new HashMap<>();
        knowledge.elements().forEach(e -> index.put(e.id(), index.size()));
        return index;
    }
}
