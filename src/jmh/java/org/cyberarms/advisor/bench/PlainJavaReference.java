package org.cyberarms.advisor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Level;

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

    /**
     * The same decisions as conclusion facts, as the rules make them: a {@link Ceiling} per assessment, an
     * {@link ElementLevel} per element, a {@link Blocker} per dimension at the element's level below the top.
     * The fairer reference for a rule engine, which must build its conclusions as objects too.
     */
    static List<Object> conclusions(Knowledge knowledge, List<Level> levelFacts) {
        List<Object> facts = new ArrayList<>();
        Map<String, List<Ceiling>> byElement = new LinkedHashMap<>();
        for (Assessment a : knowledge.assessments()) {
            Ceiling c = new Ceiling(a, levelFacts.get(ceiling(a.reliance(), a.statusRank())));
            facts.add(c);
            byElement.computeIfAbsent(a.elementId(), id -> new ArrayList<>()).add(c);
        }
        for (Element e : knowledge.elements()) {
            List<Ceiling> ceilings = byElement.getOrDefault(e.id(), List.of());
            Ceiling lowest = null;
            for (Ceiling c : ceilings) {
                if (lowest == null || c.levelRank() < lowest.levelRank()) {
                    lowest = c;
                }
            }
            if (lowest == null) {
                continue;
            }
            ElementLevel level = new ElementLevel(e, lowest);
            facts.add(level);
            if (level.rank() < levelFacts.size() - 1) {
                for (Ceiling c : ceilings) {
                    if (c.levelRank() == level.rank()) {
                        facts.add(new Blocker(level, c));
                    }
                }
            }
        }
        return facts;
    }

    static Map<String, Integer> elementIndex(Knowledge knowledge) {
        Map<String, Integer> index = new HashMap<>();
        knowledge.elements().forEach(e -> index.put(e.id(), index.size()));
        return index;
    }
}
