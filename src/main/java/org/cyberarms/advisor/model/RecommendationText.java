package org.cyberarms.advisor.model;

/**
 * Input fact: the knowledge's own recommendation for one element and dimension ({@code recommendations:} on
 * an element in {@code elements.yaml}). When the rules recommend something for that dimension of that
 * element, they use this title and text instead of their general one (rules/recommendations.drl).
 */
public record RecommendationText(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.DIMENSION) String dimension,
        String title, String text) {}
