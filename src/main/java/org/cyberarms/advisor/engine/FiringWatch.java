package org.cyberarms.advisor.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cyberarms.advisor.trace.RuleRef;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Which rule each running session is firing now. A rule whose action never returns cannot be stopped from
 * inside the engine, so the command line stops the whole command and asks this which rule to name. Cheap
 * enough for every session, the lean ones too: one volatile write before and after each firing.
 */
final class FiringWatch extends DefaultAgendaEventListener implements AutoCloseable {

    private static final Set<FiringWatch> RUNNING = ConcurrentHashMap.newKeySet();

    private final Map<String, RuleRef> rules;
    private volatile Rule firing;

    private FiringWatch(Map<String, RuleRef> rules) {
        this.rules = rules;
    }

    /** Watches one session from now until {@link #close}. */
    static FiringWatch open(Map<String, RuleRef> rules) {
        FiringWatch watch = new FiringWatch(rules);
        RUNNING.add(watch);
        return watch;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    /** The rule whose action is running in this session, if one is. */
    Optional<RuleRef> current() {
        return Optional.ofNullable(firing).map(this::ref);
    }

    @Override
    public void close() {
        RUNNING.remove(this);
    }

    /** What every session running now is doing, for a message about a run stopped from outside. */
    static RuleActivity now() {
        List<RuleRef> firing = RUNNING.stream().map(FiringWatch::current).flatMap(Optional::stream)
                .distinct().toList();
        return new RuleActivity(!RUNNING.isEmpty(), firing);
    }

    private RuleRef ref(Rule rule) {
        return rules.getOrDefault(rule.getName(), new RuleRef(rule.getName(), "", 0, Map.of()));
    }
}
