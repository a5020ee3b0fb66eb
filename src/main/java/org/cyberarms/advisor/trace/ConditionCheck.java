package org.cyberarms.advisor.trace;

import java.util.Map;
import java.util.Optional;

/**
 * One constraint of a rule's pattern, evaluated by the engine against one actual fact.
 *
 * @param constraint the constraint as written in the rule file (e.g. {@code status in ("substantial", "strong")})
 * @param evaluated  the constraint as evaluated, with variables bound by earlier patterns replaced by their values
 * @param passed     whether the fact satisfies it; empty when it could not be checked on its own
 * @param actual     the fact's values of the fields the constraint names ({@code status -> none})
 */
public record ConditionCheck(String constraint, String evaluated, Optional<Boolean> passed, Map<String, String> actual) {

    public ConditionCheck {
        actual = Map.copyOf(actual);
    }

    public boolean failed() {
        return passed.isPresent() && !passed.get();
    }
}
