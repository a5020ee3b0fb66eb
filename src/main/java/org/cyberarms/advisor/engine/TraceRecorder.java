package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.MatchedFact;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.TraceEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to one session and records, in order, every firing (with the rule, its metadata and the facts it
 * matched), every fact inserted, updated or deleted (and by which rule), and every match created or
 * cancelled. The facts a rule inserts become conclusions tied to that firing.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<String, RuleRef> rules;
    private final List<TraceEvent> events = new ArrayList<>();
    private final Map<FactHandle, Conclusion<?>> conclusions = new LinkedHashMap<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private final boolean recordMatches;
    private final boolean recordFacts;
    private TraceEvent.RuleFired current;
    private int firings;

    /**
     * @param detail what to record besides the firings and their conclusions: matches created and cancelled
     *               (the largest part of the trace and of its cost, read only by a full trace, never by the
     *               report) with {@link TraceDetail#ALL_EVENTS}; facts inserted, updated and deleted, and the
     *               facts each firing matched, unless {@link TraceDetail#FIRINGS}
     */
    TraceRecorder(Map<String, RuleRef> rules, TraceDetail detail) {
        this.rules = rules;
        this.recordMatches = detail == TraceDetail.ALL_EVENTS;
        this.recordFacts = detail != TraceDetail.FIRINGS;
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        if (!recordMatches) {
            return;
        }
        events.add(new TraceEvent.MatchCreated(next(), event.getMatch().getRule().getName(),
                matched(event.getMatch())));
    }

    @Override
    public void matchCancelled(MatchCancelledEvent event) {
        if (!recordMatches) {
            return;
        }
        events.add(new TraceEvent.MatchCancelled(next(), event.getMatch().getRule().getName(),
                matched(event.getMatch()), String.valueOf(event.getCause())));
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        firings++;
        firingsPerRule.merge(rule.getName(), 1, Integer::sum);
        current = new TraceEvent.RuleFired(next(), firings, ruleRef(rule),
                recordFacts ? matched(event.getMatch()) : List.of());
        events.add(current);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Optional<String> by = byRule(event.getRule());
        if (recordFacts) {
            events.add(new TraceEvent.FactInserted(next(), event.getObject(), by));
        }
        if (by.isPresent() && current != null) {
            conclusions.put(event.getFactHandle(), new Conclusion<>(event.getObject(), current));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (recordFacts) {
            events.add(new TraceEvent.FactUpdated(next(), event.getOldObject(), event.getObject(),
                    byRule(event.getRule())));
        }
        Conclusion<?> previous = conclusions.get(event.getFactHandle());
        if (previous != null) {
            conclusions.put(event.getFactHandle(), new Conclusion<>(event.getObject(), previous.firedBy()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (recordFacts) {
            events.add(new TraceEvent.FactDeleted(next(), event.getOldObject(), byRule(event.getRule())));
        }
        conclusions.remove(event.getFactHandle());
    }

    List<TraceEvent> events() {
        return List.copyOf(events);
    }

    List<Conclusion<?>> conclusions() {
        return List.copyOf(conclusions.values());
    }

    int firings() {
        return firings;
    }

    Map<String, Integer> firingsPerRule() {
        return Map.copyOf(firingsPerRule);
    }

    private int next() {
        return events.size() + 1;
    }

    private RuleRef ruleRef(Rule rule) {
        return rules.getOrDefault(rule.getName(), new RuleRef(rule.getName(), "", 0, Map.of()));
    }

    private static Optional<String> byRule(Rule rule) {
        return Optional.ofNullable(rule).map(Rule::getName);
    }

    /**
     * The facts of a match, each under the name the rule bound it to. Values bound to a field
     * ({@code $id : elementId}) are not facts and are left out: the facts they come from are listed.
     */
    private static List<MatchedFact> matched(Match match) {
        Map<Object, String> names = new IdentityHashMap<>();
        for (String id : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(id);
            if (value != null) {
                names.putIfAbsent(value, id);
            }
        }
        List<MatchedFact> facts = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            facts.add(new MatchedFact(names.getOrDefault(fact, fact.getClass().getSimpleName()), fact));
        }
        return facts;
    }
}
