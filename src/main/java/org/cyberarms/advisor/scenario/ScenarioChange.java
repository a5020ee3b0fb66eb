package org.cyberarms.advisor.scenario;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;

/**
 * One change a scenario makes over the knowledge it builds on. Every change names where it was written
 * ({@code origin}: {@code file:line:column} or the command-line argument), so that a change that no longer
 * applies can be pointed at.
 */
public sealed interface ScenarioChange {

    String origin();

    /** Which elements a change applies to: every element, or the ones named. */
    record Selection(boolean all, List<String> elementIds) {

        public Selection {
            elementIds = List.copyOf(elementIds);
        }

        public static Selection of(String... ids) {
            return new Selection(false, List.of(ids));
        }

        public static Selection everyElement() {
            return new Selection(true, List.of());
        }

        public boolean includes(String elementId) {
            return all || elementIds.contains(elementId);
        }

        public String describe() {
            return all ? "every element" : String.join(", ", elementIds);
        }
    }

    /**
     * Sets (or raises by {@code raise} steps, capped at the scale's ends) the status of one dimension, and/or
     * its reliance, for the selected elements; {@code whereReliance} narrows the selection to the elements
     * that rely on the dimension that much (before this change).
     *
     * <p>A status set here is an assumption, not a score: it replaces every round, so that no rule reads the
     * assessment's earlier rounds under it as a status that moved between rounds, and the panel's scores for
     * that dimension are left out.
     */
    record SetDimension(String origin, Selection elements, String dimension, Optional<String> status, int raise,
            Optional<String> reliance, Optional<String> whereReliance) implements ScenarioChange {

        public static SetDimension status(String origin, Selection elements, String dimension, String status) {
            return new SetDimension(origin, elements, dimension, Optional.of(status), 0, Optional.empty(),
                    Optional.empty());
        }

        public static SetDimension reliance(String origin, Selection elements, String dimension, String reliance) {
            return new SetDimension(origin, elements, dimension, Optional.empty(), 0, Optional.of(reliance),
                    Optional.empty());
        }

        public String describe() {
            StringBuilder text = new StringBuilder(dimension).append(" of ").append(elements.describe());
            whereReliance.ifPresent(r -> text.append(" (where reliance is ").append(r).append(')'));
            status.ifPresent(s -> text.append(": status ").append(s));
            if (raise != 0) {
                text.append(": status ").append(raise > 0 ? "up " : "down ").append(Math.abs(raise))
                        .append(Math.abs(raise) == 1 ? " step" : " steps");
            }
            reliance.ifPresent(r -> text.append(status.isPresent() || raise != 0 ? ", " : ": ")
                    .append("reliance ").append(r));
            return text.toString();
        }
    }

    /** A new element, with its assessment on every dimension (every round of the pack at the status given). */
    record AddElement(String origin, Element element, List<Assessment> assessments) implements ScenarioChange {

        public AddElement {
            assessments = List.copyOf(assessments);
        }
    }

    record RemoveElement(String origin, String elementId) implements ScenarioChange {}

    /** One panellist's score in one round (1-based both), for an element and dimension that has a panel. */
    record SetPanelScore(String origin, String elementId, String dimension, int round, int panellist, String score)
            implements ScenarioChange {}
}
