package org.cyberarms.advisor.trace;

import java.util.List;
import java.util.Optional;

/**
 * One pattern of a rule's conditions, checked against the actual fact that comes closest to matching it
 * (the one that satisfies most of its constraints), as CLIPS's {@code matches} shows partial matches.
 *
 * @param kind       {@code pattern}, {@code not} or {@code exists}; other conditional elements are
 *                   reported as {@code unchecked}
 * @param source     the pattern as written, e.g. {@code $a : Assessment( reliance == "critical", status == "none" )}
 * @param objectType the fact type the pattern matches
 * @param fact       the closest fact (word it with {@link FactSentences}); empty when there is none
 * @param holds      whether this condition holds for the element's facts (for {@code not}: no fact matches)
 */
public record PatternCheck(String kind, String source, String objectType, Optional<Object> fact,
        List<ConditionCheck> conditions, boolean holds) {

    public PatternCheck {
        conditions = List.copyOf(conditions);
    }
}
