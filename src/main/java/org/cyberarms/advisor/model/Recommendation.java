package org.cyberarms.advisor.model;

/** Conclusion: what to do about one element, tied to the dimension that blocks it. */
public record Recommendation(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.DIMENSION) String dimension, String title, String text) {}
