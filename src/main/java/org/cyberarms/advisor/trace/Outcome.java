package org.cyberarms.advisor.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Every firing of the run, in order, including those whose conclusions were later withdrawn. */
    public List<TraceEvent.RuleFired> firings() {
        return events.stream()
                .filter(TraceEvent.RuleFired.class::isInstance)
                .map(TraceEvent.RuleFired.class::cast)
                .toList();
    }

    /**
     * The firings whose conclusions still hold at rest: what "the rule fired" means to an analyst. Rules
     * conclude with {@code insertLogical}, so a rule may fire on the way to rest and see its conclusion
     * withdrawn when its conditions stop holding (a lower ceiling arrives after a higher one); which such
     * firings happen depends on the engine's firing order, and none of them is a conclusion.
     */
    public List<TraceEvent.RuleFired> standingFirings() {
        Set<Object> withdrawn = Collections.newSetFromMap(new IdentityHashMap<>());
        events.stream().filter(TraceEvent.FactDeleted.class::isInstance)
                .forEach(e -> withdrawn.add(((TraceEvent.FactDeleted) e).fact()));
        List<TraceEvent.RuleFired> standing = new ArrayList<>();
        TraceEvent.RuleFired firing = null;
        boolean holds = true;
        for (TraceEvent event : events) {
            if (event instanceof TraceEvent.RuleFired next) {
                if (firing != null && holds) {
                    standing.add(firing);
                }
                firing = next;
                holds = true;
            } else if (event instanceof TraceEvent.FactInserted inserted && inserted.byRule().isPresent()
                    && withdrawn.contains(inserted.fact())) {
                holds = false; // facts a consequence inserts are recorded right after its firing
            }
        }
        if (firing != null && holds) {
            standing.add(firing);
        }
        return standing;
    }
}
