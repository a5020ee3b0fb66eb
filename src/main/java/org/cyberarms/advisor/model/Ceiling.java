package org.cyberarms.advisor.model;

/**
 * Conclusion: while one dimension stands as it does, the element cannot rise above {@code level}.
 * Made by the rules in {@code rules/constraints.drl}.
 */
public record Ceiling(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.DIMENSION) String dimension,
        @OnScale(KnowledgeScale.LEVEL) String level, int levelRank) {

    public Ceiling(Assessment assessment, Level level) {
        this(assessment.elementId(), assessment.dimension(), level.name(), level.rank());
    }
}
