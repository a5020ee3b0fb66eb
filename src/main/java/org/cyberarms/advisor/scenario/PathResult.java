package org.cyberarms.advisor.scenario;

import java.util.List;

/**
 * The smallest changes found that raise one element to a target level, or why none does.
 *
 * @param verdict      {@code at-target} (nothing to do), {@code found} or {@code unreachable}
 * @param alternatives best first: fewest status steps, then fewest dimensions
 * @param explanation  for {@code unreachable}: why no change within the bounds reaches the target
 */
public record PathResult(String elementId, String name, String currentLevel, String target, String verdict,
        List<Alternative> alternatives, String explanation, List<String> locked, int maxSteps) {

    public static final String AT_TARGET = "at-target";
    public static final String FOUND = "found";
    public static final String UNREACHABLE = "unreachable";

    public PathResult {
        alternatives = List.copyOf(alternatives);
        locked = List.copyOf(locked);
    }

    /** One change set: the status changes, the level the rules then conclude, and the firings that change. */
    public record Alternative(List<Step> steps, int totalSteps, String level, List<Comparison.RuleChange> rules) {
        public Alternative {
            steps = List.copyOf(steps);
            rules = List.copyOf(rules);
        }

        /** The change as {@code --set} arguments, to check it with {@code advisor report}. */
        public List<String> asSetArguments(String elementId) {
            return steps.stream().map(s -> elementId + "." + s.dimension() + "=" + s.to()).toList();
        }
    }

    /** One dimension's status raised from {@code from} to {@code to}, {@code steps} steps up the scale. */
    public record Step(String dimension, String from, String to, int steps) {}
}
