package org.cyberarms.advisor.trace;

import java.util.List;
import java.util.Optional;

/** One thing the engine did, in the order it did it. {@code sequence} numbers all events of a run from 1. */
public sealed interface TraceEvent {

    int sequence();

    /** A rule's conditions held and its consequence ran. */
    record RuleFired(int sequence, int firing, RuleRef rule, List<MatchedFact> matched) implements TraceEvent {
        public RuleFired {
            matched = List.copyOf(matched);
        }
    }

    /** A fact entered working memory: from the knowledge (no rule), or concluded by a rule. */
    record FactInserted(int sequence, Object fact, Optional<String> byRule) implements TraceEvent {}

    /** A fact changed; {@code before} is a copy taken before the change. */
    record FactUpdated(int sequence, Object before, Object after, Optional<String> byRule) implements TraceEvent {}

    record FactDeleted(int sequence, Object fact, Optional<String> byRule) implements TraceEvent {}

    /** A rule's conditions came to hold for some facts: it may fire. */
    record MatchCreated(int sequence, String rule, List<MatchedFact> matched) implements TraceEvent {
        public MatchCreated {
            matched = List.copyOf(matched);
        }
    }

    /** A rule's conditions stopped holding before it fired (another rule changed the facts). */
    record MatchCancelled(int sequence, String rule, List<MatchedFact> matched, String cause)
            implements TraceEvent {
        public MatchCancelled {
            matched = List.copyOf(matched);
        }
    }
}
