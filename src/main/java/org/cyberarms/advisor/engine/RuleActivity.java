package org.cyberarms.advisor.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.cyberarms.advisor.trace.RuleRef;

/**
 * What the rules were doing at one moment: for the message of a command stopped by its time limit.
 *
 * @param rulesRunning whether a rule session was running at all
 * @param firing       the rules whose actions were running; empty while the engine was matching conditions
 */
public record RuleActivity(boolean rulesRunning, List<RuleRef> firing) {

    public RuleActivity {
        firing = List.copyOf(firing);
    }

    /** Plain words: which rule was running, or that none was. */
    public String describe() {
        if (!firing.isEmpty()) {
            return firing.stream().map(r -> "rule \"" + r.name() + "\" (" + r.location() + ")")
                    .collect(Collectors.joining(" and "))
                    + (firing.size() == 1 ? " was" : " were") + " still running " + (firing.size() == 1 ? "its action" : "their actions")
                    + " (an action that never returns, e.g. a loop without end)";
        }
        if (rulesRunning) {
            return "the rules were still running, in a condition (no rule's action was running)";
        }
        return "no rule was running (the command was reading its inputs, building the rules or preparing its"
                + " answer: large inputs need a higher --max-seconds)";
    }
}
