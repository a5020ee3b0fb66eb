package org.cyberarms.advisor.scenario;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.model.RecommendationText;
import org.cyberarms.advisor.trace.MatchedFact;
import org.cyberarms.advisor.trace.TraceEvent;

/**
 * What a fact is about ({@code E03} or {@code E03.attribution}), so that firings of two runs can be lined
 * up: the same rule on the same subjects is "the same firing", whatever values the facts hold.
 */
final class Subjects {

    private Subjects() {}

    static Optional<String> of(Object fact) {
        if (fact instanceof Assessment a) {
            return Optional.of(a.elementId() + "." + a.dimension());
        }
        if (fact instanceof Ceiling c) {
            return Optional.of(c.elementId() + "." + c.dimension());
        }
        if (fact instanceof Blocker b) {
            return Optional.of(b.elementId() + "." + b.dimension());
        }
        if (fact instanceof Recommendation r) {
            return Optional.of(r.elementId() + "." + r.dimension());
        }
        if (fact instanceof RecommendationText t) {
            return Optional.of(t.elementId() + "." + t.dimension());
        }
        if (fact instanceof Element e) {
            return Optional.of(e.id());
        }
        if (fact instanceof ElementLevel l) {
            return Optional.of(l.elementId());
        }
        if (fact instanceof Caveat c) {
            return Optional.of(c.dimension().isEmpty() ? c.elementId() : c.elementId() + "." + c.dimension());
        }
        if (fact instanceof PracticalAction p) {
            return Optional.of(p.dimension());
        }
        return Optional.empty();
    }

    /** The element a subject is about ({@code E03} of {@code E03.attribution}). */
    static String elementOf(String subject) {
        int dot = subject.indexOf('.');
        return dot < 0 ? subject : subject.substring(0, dot);
    }

    /** The sorted subjects a firing matched, as one key: {@code E03 E03.attribution}. */
    static String key(TraceEvent.RuleFired firing) {
        TreeSet<String> subjects = new TreeSet<>();
        for (MatchedFact m : firing.matched()) {
            of(m.fact()).ifPresent(subjects::add);
        }
        return String.join(" ", subjects);
    }

    static boolean concerns(TraceEvent.RuleFired firing, String elementId) {
        List<MatchedFact> matched = firing.matched();
        for (MatchedFact m : matched) {
            if (m.fact() instanceof PracticalAction p && p.elementIds().contains(elementId)) {
                return true;
            }
            if (of(m.fact()).map(s -> elementOf(s).equals(elementId)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
