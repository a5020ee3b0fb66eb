package org.cyberarms.advisor.model;

/**
 * A maturity level as a fact the rules match on; {@code rank} is its place on the level scale (0 = lowest),
 * so rules can compare levels without knowing their names.
 */
public record Level(@OnScale(KnowledgeScale.LEVEL) String name, int rank, String meaning) {}
