package org.cyberarms.advisor.model;

/** Conclusion: the maturity level an element reaches. Made by the rules in {@code rules/maturity.drl}. */
public record ElementLevel(
        @OnScale(KnowledgeScale.ELEMENT) String elementId, @OnScale(KnowledgeScale.LEVEL) String level, int rank) {

    public ElementLevel(Element element, Ceiling ceiling) {
        this(element.id(), ceiling.level(), ceiling.levelRank());
    }
}
