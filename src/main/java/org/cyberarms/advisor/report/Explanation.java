package org.cyberarms.advisor.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.Evaluator;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.FactSentences;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * What {@code advisor explain} says about one element: HOW it reached its level (the derivation the trace
 * recorded, from the level down to the facts read from the knowledge files) and WHY NOT any higher level
 * (the rules that would have lifted it, with the conditions that failed on the actual facts), and, when
 * asked, one named rule's conditions checked against the element.
 *
 * <p>The dimensions that hold the element at its level are the rules' {@code Blocker} conclusions, each with
 * its own derivation. The level's own derivation cannot name them all: ceilings of equal rank give equal
 * levels, which the engine keeps as one fact tied to the firing that first concluded it, so walking down from
 * the level finds one of those ceilings only.
 *
 * @param how         the level's derivation; empty when no rule concluded a level for the element
 * @param heldBy      the derivation of each blocker: every dimension that holds the element at its level, in
 *                    the model's order of dimensions; empty at the highest level
 * @param ceilings    every ceiling the rules concluded for the element, in the model's order of dimensions
 * @param assessments how the element stands on each dimension, as the knowledge files say
 * @param toNextLevel the smallest change that the rules lift to the next level, searched as {@code advisor
 *                    path} does; empty at the highest level
 * @param sentences   how facts and dimensions are worded (the model's labels)
 */
public record Explanation(Element element, Optional<ElementLevel> level, Optional<Derivation> how,
        List<Derivation> heldBy, List<Ceiling> ceilings, List<Assessment> assessments, WhyNot whyNot, Optional<RuleDiagnosis> rule,
        Optional<PathResult> toNextLevel, FactSentences sentences) {

    /** The most status steps the search for the next level tries, as {@code advisor path} by default. */
    static final int PATH_MAX_STEPS = 8;

    public Explanation {
        heldBy = List.copyOf(heldBy);
        ceilings = List.copyOf(ceilings);
        assessments = List.copyOf(assessments);
    }

    /**
     * The explanation of {@code elementId} in {@code outcome} (the rules' run on {@code knowledge}); {@code
     * rules} runs them again for the search of the next level.
     */
    public static <X extends Exception> Explanation of(Knowledge knowledge, Outcome outcome, String elementId,
            WhyNot whyNot, Optional<RuleDiagnosis> rule, Evaluator<X> rules) throws X {
        Element element = knowledge.element(elementId).orElseThrow(() -> new IllegalArgumentException(
                "no element " + elementId + " in the knowledge"));
        List<String> dimensions = knowledge.model().dimensionIds();
        Comparator<String> modelOrder = Comparator.comparingInt(d -> dimensions.indexOf(d));
        Optional<ElementLevel> level = outcome.levelOf(elementId).map(Conclusion::fact);
        List<Derivation> heldBy = outcome.blockersOf(elementId).stream().map(Conclusion::fact)
                .sorted(Comparator.comparing(Blocker::dimension, modelOrder))
                .map(b -> Derivation.of(b, outcome)).toList();
        List<Ceiling> ceilings = outcome.ceilingsOf(elementId).stream().map(Conclusion::fact)
                .sorted(Comparator.comparing(Ceiling::dimension, modelOrder)).toList();
        Optional<PathResult> toNextLevel = Optional.empty();
        if (!whyNot.levels().isEmpty()) {
            String next = whyNot.levels().get(0).level();
            toNextLevel = Optional.of(new PathSearch(knowledge,
                    new PathSearch.Options(next, List.of(), PATH_MAX_STEPS, 1)).search(elementId, rules));
        }
        return new Explanation(element, level, level.map(l -> Derivation.of(l, outcome)), heldBy, ceilings,
                knowledge.assessmentsOf(elementId), whyNot,
                rule, toNextLevel, FactSentences.of(knowledge.model()));
    }
}
