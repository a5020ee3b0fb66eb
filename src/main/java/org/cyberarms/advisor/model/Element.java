package org.cyberarms.advisor.model;

import java.util.List;

/**
 * One element of the knowledge pack (a thing whose maturity is assessed), as a fact the rules match on.
 *
 * @param origin              where this element's statuses come from ({@code source}, {@code reconstruction},
 *                            {@code scenario}); rules may raise a caveat on it
 * @param recommendationTexts the knowledge's own recommendations for this element, at most one per dimension;
 *                            inserted as facts of their own, for the rules to prefer over their general texts
 */
public record Element(
        @OnScale(KnowledgeScale.ELEMENT) String id, String name, String description, List<String> drawnFrom,
        String origin, List<RecommendationText> recommendationTexts) {

    public Element {
        drawnFrom = List.copyOf(drawnFrom);
        recommendationTexts = List.copyOf(recommendationTexts);
    }

    /** An element with no recommendation texts of its own: the rules' general texts apply. */
    public Element(String id, String name, String description, List<String> drawnFrom, String origin) {
        this(id, name, description, drawnFrom, origin, List.of());
    }
}
