package org.cyberarms.advisor.trace;

/**
 * A fact a rule matched, under the name the rule gave it ({@code $a}), or under its type's name when the
 * rule bound it to no name.
 */
public record MatchedFact(String declaration, Object fact) {}
