package org.cyberarms.advisor.trace;

import java.util.List;

/**
 * Why a rule did or did not fire for one element: each of its conditions checked against the element's
 * actual facts.
 *
 * @param firedForElement whether the trace shows it firing on the element's facts
 */
public record RuleDiagnosis(RuleRef rule, List<PatternCheck> patterns, boolean firedForElement) {

    public RuleDiagnosis {
        patterns = List.copyOf(patterns);
    }

    /** The constraints that failed, in rule order: the answer to "why not". */
    public List<ConditionCheck> failedConditions() {
        return patterns.stream().flatMap(p -> p.conditions().stream()).filter(ConditionCheck::failed).toList();
    }
}
