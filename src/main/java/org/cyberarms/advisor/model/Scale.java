package org.cyberarms.advisor.model;

import java.util.List;
import java.util.Optional;

/** An ordered scale of named steps, lowest first (levels, statuses, reliances). */
public record Scale(String name, List<Step> steps) {

    /** One named step of a scale, with the one-line meaning analysts read in the knowledge file. */
    public record Step(String name, String meaning) {}

    public Scale {
        steps = List.copyOf(steps);
    }

    /** Position of a step on the scale, 0 for the lowest; empty when the name is not on the scale. */
    public Optional<Integer> rankOf(String stepName) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(stepName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public boolean contains(String stepName) {
        return rankOf(stepName).isPresent();
    }

    public List<String> names() {
        return steps.stream().map(Step::name).toList();
    }

    public String highest() {
        return steps.get(steps.size() - 1).name();
    }
}
