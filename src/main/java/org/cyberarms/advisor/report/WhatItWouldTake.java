package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;

/**
 * What it would take to raise one element below the model's top level: the smallest set of status changes
 * that brings it to the next level, and the smallest that brings it to the top, each found by the same
 * search as {@code advisor path} and confirmed by a run of the rules on the whole knowledge.
 *
 * @param currentLevel the level the rules concluded for the element
 * @param toNextLevel  the goal one level up
 * @param toTop        the goal at the model's highest level; the same as {@code toNextLevel} when that is the top
 */
public record WhatItWouldTake(String currentLevel, Goal toNextLevel, Goal toTop) {

    /** True when the next level is the top, so that one goal says both. */
    public boolean nextLevelIsTop() {
        return toNextLevel.target().equals(toTop.target());
    }

    /**
     * One target level and how to reach it.
     *
     * @param target                  the level aimed at
     * @param changes                 the smallest set of status changes found (fewest steps, then fewest
     *                                dimensions); empty when {@code notReachableBecause} is present
     * @param reaches                 the level the rules conclude with those changes (the target or above)
     * @param rulesThatWouldFire      the rules that would then fire on the element that do not fire now
     * @param rulesThatWouldStop      the rules that fire on it now and would then stop firing
     * @param notReachableBecause     present when no status change reaches the target: why, in the search's words
     */
    public record Goal(String target, List<Change> changes, String reaches, List<RuleFiring> rulesThatWouldFire,
            List<RuleFiring> rulesThatWouldStop, Optional<String> notReachableBecause) {

        public Goal {
            changes = List.copyOf(changes);
            rulesThatWouldFire = List.copyOf(rulesThatWouldFire);
            rulesThatWouldStop = List.copyOf(rulesThatWouldStop);
        }

        public boolean reachable() {
            return notReachableBecause.isEmpty();
        }
    }

    /** One dimension's status raised: {@code attribution none -> weak}. */
    public record Change(String dimension, String dimensionName, String from, String to) {}

    /** A rule, by name and where it is written ({@code rules/constraints.drl:37}). */
    public record RuleFiring(String rule, String location) {}
}
