package org.cyberarms.advisor.model;

/**
 * Conclusion: this dimension holds the element at its level (its ceiling is the element's level and a
 * higher level exists). Recommendations and practical actions are tied to blockers.
 */
public record Blocker(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.DIMENSION) String dimension,
        @OnScale(KnowledgeScale.LEVEL) String level) {

    public Blocker(ElementLevel level, Ceiling ceiling) {
        this(level.elementId(), ceiling.dimension(), level.level());
    }
}
