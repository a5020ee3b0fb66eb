package org.cyberarms.advisor.trace;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One event line of a trace file, as read back: enough to filter and render it without the classes of the
 * facts (a trace outlives the code that wrote it).
 *
 * @param sequence   the event's number in the run, from 1
 * @param kind       {@code RuleFired}, {@code FactInserted}, {@code FactUpdated}, {@code FactDeleted},
 *                   {@code MatchCreated} or {@code MatchCancelled}
 * @param rule       the rule that fired, matched, or changed the fact; empty for facts given as input
 * @param elementIds the elements the event's facts belong to (their {@code elementId}, {@code id} or
 *                   {@code elementIds})
 * @param facts      the facts of the event, each as a sentence ({@code $a: E03 Attribution: reliance critical,
 *                   status none in rounds 1–3}; see {@link FactSentences})
 * @param line       the JSON line exactly as written, so that two runs can be compared byte for byte
 */
public record RecordedEvent(int sequence, String kind, Optional<String> rule, Set<String> elementIds,
        List<String> facts, Optional<String> ruleLocation, String line) {

    public RecordedEvent {
        elementIds = Set.copyOf(elementIds);
        facts = List.copyOf(facts);
    }
}
