package org.cyberarms.advisor.model;

/**
 * Conclusion: what to do about one element, tied to the dimension that blocks it.
 *
 * @param toReach the level the recommendation is for (the element's next level up); empty when a rule does
 *                not say
 */
public record Recommendation(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.DIMENSION) String dimension,
        String title, String text, @OnScale(value = KnowledgeScale.LEVEL, orEmpty = true) String toReach) {

    /** A recommendation that does not say which level it is for. */
    public Recommendation(String elementId, String dimension, String title, String text) {
        this(elementId, dimension, title, text, "");
    }
}
