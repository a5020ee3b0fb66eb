package org.cyberarms.advisor.trace;

import java.util.List;

/**
 * Why an element did not reach the levels above its own. A level is the lowest ceiling the element's
 * dimensions set, so each higher level is prevented by the dimensions whose ceiling lies below it; for each
 * such dimension, the rules that would have set a ceiling high enough are checked against the actual facts.
 *
 * @param elementId the element explained
 * @param reached   the level it reached; empty string when no rule concluded one
 * @param levels    one entry per level above the one reached, lowest first
 */
public record WhyNot(String elementId, String reached, List<LevelNotReached> levels) {

    public WhyNot {
        levels = List.copyOf(levels);
    }

    /** A level the element did not reach, and the dimensions that hold it below. */
    public record LevelNotReached(String level, int rank, List<HeldBack> heldBackBy) {
        public LevelNotReached {
            heldBackBy = List.copyOf(heldBackBy);
        }
    }

    /**
     * One dimension whose ceiling lies below the level.
     *
     * @param ceilingRule  the rule that set the ceiling that holds the element down
     * @param alternatives the rules that would have set a ceiling at or above the level, each checked
     */
    public record HeldBack(String dimension, String ceiling, RuleRef ceilingRule, List<RuleDiagnosis> alternatives) {
        public HeldBack {
            alternatives = List.copyOf(alternatives);
        }
    }
}
