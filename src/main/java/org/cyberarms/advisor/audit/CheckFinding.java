package org.cyberarms.advisor.audit;

/**
 * One problem {@code advisor check} found in a rule base.
 *
 * @param kind    {@code build}, {@code gap}, {@code conflict}, {@code no-recommendation}, {@code order-dependence},
 *                {@code unreached-level}, {@code unadvised-dimension}, {@code dead-rule}, {@code no-rationale}
 * @param where   {@code file:line[:column]} of the rule concerned, or empty for a finding about the whole rule base
 * @param message what is wrong, with a concrete example, in the analyst's terms; a long finding continues on
 *                further lines (details, examples, what to do)
 */
public record CheckFinding(String kind, String where, String message) {

    public String describe() {
        return (where.isEmpty() ? "" : where + ": ") + kind + ": " + message;
    }
}
