package org.cyberarms.advisor.model;

/**
 * Conclusion: this dimension holds the element at its level (its ceiling is the element's level and a
 * higher level exists). Recommendations and practical actions are tied to blockers.
 */
public record Blocker(String elementId, String dimension, String level) {

    public Blocker(ElementLevel level, Ceiling ceiling) {
        this(level.elementId(), ceiling.dimension(), level.level());
    }
}
