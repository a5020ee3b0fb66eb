package org.cyberarms.advisor.model;

/**
 * Conclusion: a reason to read an element's level with care (reconstructed data, a status that moved
 * between rounds, a panel that disagreed).
 *
 * @param dimension the dimension concerned, or an empty string when the caveat is about the whole element
 */
public record Caveat(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(value = KnowledgeScale.DIMENSION, orEmpty = true) String dimension,
        String kind, String text) {}
