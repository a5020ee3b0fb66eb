package org.cyberarms.advisor.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of rerunning a trace: identical, or the first event that differs and the input files whose
 * hashes changed since the trace was written.
 *
 * @param eventsCompared events compared (the longer of the two runs)
 * @param recordedLine   the first differing event as recorded (empty when the recorded run was shorter)
 * @param rerunLine      the same event in the rerun (empty when the rerun was shorter)
 * @param rerunEvents    every event line of the rerun, to tell what changed ({@link TraceDifference})
 * @param dimensionLabels dimension id to the model's label, from the knowledge the rerun read
 */
public record Verification(int eventsCompared, Optional<Integer> firstDifferenceAt, Optional<String> recordedLine,
        Optional<String> rerunLine, List<InputChange> changedInputs, List<String> rerunEvents,
        Map<String, String> dimensionLabels) {

    public Verification {
        changedInputs = List.copyOf(changedInputs);
        rerunEvents = List.copyOf(rerunEvents);
        dimensionLabels = Map.copyOf(dimensionLabels);
    }

    public boolean identical() {
        return firstDifferenceAt.isEmpty() && changedInputs.isEmpty();
    }
}
