package org.cyberarms.advisor.report;

import java.util.Optional;

import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * What {@code advisor explain} says about one element: HOW it reached its level (the derivation the trace
 * recorded, from the level down to the facts read from the knowledge files) and WHY NOT any higher level
 * (the rules that would have lifted it, with the conditions that failed on the actual facts), and, when
 * asked, one named rule's conditions checked against the element.
 *
 * @param how empty when no rule concluded a level for the element
 */
public record Explanation(Element element, Optional<ElementLevel> level, Optional<Derivation> how, WhyNot whyNot,
        Optional<RuleDiagnosis> rule) {

    public static Explanation of(Element element, Outcome outcome, WhyNot whyNot, Optional<RuleDiagnosis> rule) {
        Optional<ElementLevel> level = outcome.levelOf(element.id()).map(c -> c.fact());
        return new Explanation(element, level, level.map(l -> Derivation.of(l, outcome)), whyNot, rule);
    }
}
