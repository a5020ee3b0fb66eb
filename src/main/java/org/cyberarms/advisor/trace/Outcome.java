package org.cyberarms.advisor.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;

/**
 * What one run of the rules concluded, each conclusion with the firing that made it, and the full trace of
 * the run in order. Renderers and explanations read this; they never run rules.
 *
 * <p>A value, like a record; it is a class only to keep indexes of its conclusions by element and by fact.
 * A report asks about every element in turn, so scanning all conclusions for each question made it
 * quadratic in the number of elements (over 60 s for 5,000 elements; BENCHMARKS.md, "Scale"). Each index is
 * built on first use, in one pass.
 */
public final class Outcome {

    private final List<Conclusion<?>> conclusions;
    private final List<TraceEvent> events;
    private final Map<Class<?>, Map<String, List<Conclusion<?>>>> byElement = new ConcurrentHashMap<>();
    private volatile Map<Object, Conclusion<?>> byFact;

    public Outcome(List<Conclusion<?>> conclusions, List<TraceEvent> events) {
        this.conclusions = List.copyOf(conclusions);
        this.events = List.copyOf(events);
    }

    /** Every conclusion, in the order the rules made them. */
    public List<Conclusion<?>> conclusions() {
        return conclusions;
    }

    /** Every event of the run, in order. */
    public List<TraceEvent> events() {
        return events;
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

    /** The first conclusion equal to {@code fact}; empty for a fact the rules did not conclude (an input). */
    public Optional<Conclusion<?>> conclusionOf(Object fact) {
        Map<Object, Conclusion<?>> index = byFact;
        if (index == null) {
            Map<Object, Conclusion<?>> built = new HashMap<>();
            conclusions.forEach(c -> built.putIfAbsent(c.fact(), c));
            index = Map.copyOf(built);
            byFact = index;
        }
        return Optional.ofNullable(index.get(fact));
    }

    public Optional<Conclusion<ElementLevel>> levelOf(String elementId) {
        return ofElement(ElementLevel.class, ElementLevel::elementId, elementId).stream().findFirst();
    }

    public List<Conclusion<Ceiling>> ceilingsOf(String elementId) {
        return ofElement(Ceiling.class, Ceiling::elementId, elementId);
    }

    public List<Conclusion<Blocker>> blockersOf(String elementId) {
        return ofElement(Blocker.class, Blocker::elementId, elementId);
    }

    public List<Conclusion<Recommendation>> recommendationsFor(String elementId) {
        return ofElement(Recommendation.class, Recommendation::elementId, elementId);
    }

    public List<Conclusion<Caveat>> caveatsOf(String elementId) {
        return ofElement(Caveat.class, Caveat::elementId, elementId);
    }

    /** The conclusions of one kind about one element, in the order the rules made them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> List<Conclusion<T>> ofElement(Class<T> kind, Function<T, String> elementIdOf, String elementId) {
        Map<String, List<Conclusion<?>>> index = byElement.computeIfAbsent(kind, k -> {
            Map<String, List<Conclusion<?>>> grouped = new HashMap<>();
            for (Conclusion<T> c : all(kind)) {
                grouped.computeIfAbsent(elementIdOf.apply(c.fact()), id -> new ArrayList<>()).add(c);
            }
            grouped.replaceAll((id, list) -> List.copyOf(list));
            return grouped;
        });
        return (List) index.getOrDefault(elementId, List.of());
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome that && conclusions.equals(that.conclusions) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conclusions, events);
    }

    @Override
    public String toString() {
        return "Outcome[" + conclusions.size() + " conclusions, " + events.size() + " events]";
    }
}
