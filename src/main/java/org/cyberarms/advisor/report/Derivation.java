package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.MatchedFact;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * How a fact came to be, as the trace recorded it: the firing that concluded it (none for a fact read from
 * the knowledge files) and, for each fact that firing matched, that fact's own derivation. This is MYCIN's
 * HOW, read off the trace rather than re-derived: the report and {@code advisor explain} both walk it.
 *
 * @param fact        the fact explained
 * @param concludedBy the firing that concluded it; empty for a fact given as input
 * @param premises    the derivations of the facts that firing matched, in the rule's pattern order
 */
public record Derivation(Object fact, Optional<TraceEvent.RuleFired> concludedBy, List<Derivation> premises) {

    public Derivation {
        premises = List.copyOf(premises);
    }

    /** The derivation of {@code fact} in {@code outcome}; a conclusion is found by equality with the fact. */
    public static Derivation of(Object fact, Outcome outcome) {
        return derive(fact, outcome, new HashSet<>());
    }

    private static Derivation derive(Object fact, Outcome outcome, Set<Object> path) {
        Conclusion<?> conclusion = outcome.conclusionOf(fact).orElse(null);
        if (conclusion == null || !path.add(fact)) {
            return new Derivation(fact, Optional.empty(), List.of()); // input fact (or a loop: stop there)
        }
        List<Derivation> premises = new ArrayList<>();
        for (MatchedFact matched : conclusion.firedBy().matched()) {
            premises.add(derive(matched.fact(), outcome, path));
        }
        path.remove(fact);
        return new Derivation(fact, Optional.of(conclusion.firedBy()), premises);
    }

    /** The rule that concluded the fact; empty for an input fact. */
    public Optional<RuleRef> rule() {
        return concludedBy.map(TraceEvent.RuleFired::rule);
    }

    /** The derivation of the first fact of {@code kind} the concluding rule matched. */
    public Optional<Derivation> premise(Class<?> kind) {
        return premises.stream().filter(p -> kind.isInstance(p.fact())).findFirst();
    }

    /** The first fact of {@code kind} the concluding rule matched. */
    public <T> Optional<T> premiseFact(Class<T> kind) {
        return premise(kind).map(p -> kind.cast(p.fact()));
    }
}
