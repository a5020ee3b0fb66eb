package org.cyberarms.advisor.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;

/**
 * What one run of the rules concluded, each conclusion with the firing that made it, and the full trace of
 * the run in order. Renderers and explanations read this; they never run rules.
 */
public record Outcome(List<Conclusion<?>> conclusions, List<TraceEvent> events) {

    public Outcome {
        conclusions = List.copyOf(conclusions);
        events = List.copyOf(events);
    }

    /** All conclusions of one kind, in the order the rules made them. */
    @SuppressWarnings("unchecked")
    public <T> List<Conclusion<T>> all(Class<T> kind) {
        List<Conclusion<T>> found = new ArrayList<>();
        for (Conclusion<?> c : conclusions) {
            if (kind.isInstance(c.fact())) {
                found.add((Conclusion<T>) c);
            }
        }
        return found;
    }

    public Optional<Conclusion<ElementLevel>> levelOf(String elementId) {
        return all(ElementLevel.class).stream().filter(c -> c.fact().elementId().equals(elementId)).findFirst();
    }

    public List<Conclusion<Ceiling>> ceilingsOf(String elementId) {
        return all(Ceiling.class).stream().filter(c -> c.fact().elementId().equals(elementId)).toList();
    }

    public List<Conclusion<Blocker>> blockersOf(String elementId) {
        return all(Blocker.class).stream().filter(c -> c.fact().elementId().equals(elementId)).toList();
    }

    public List<Conclusion<Recommendation>> recommendationsFor(String elementId) {
        return all(Recommendation.class).stream().filter(c -> c.fact().elementId().equals(elementId)).toList();
    }

    public List<Conclusion<Caveat>> caveatsOf(String elementId) {
        return all(Caveat.class).stream().filter(c -> c.fact().elementId().equals(elementId)).toList();
    }

    /** Practical actions, ordered by dimension so that reports are stable. */
    public List<Conclusion<PracticalAction>> practicalActions() {
        return all(PracticalAction.class).stream()
                .sorted(Comparator.comparing((Conclusion<PracticalAction> c) -> c.fact().dimension())
                        .thenComparing(c -> c.fact().title()))
                .toList();
    }

    public List<TraceEvent.RuleFired> firings() {
        return events.stream()
                .filter(TraceEvent.RuleFired.class::isInstance)
                .map(TraceEvent.RuleFired.class::cast)
                .toList();
    }
}
