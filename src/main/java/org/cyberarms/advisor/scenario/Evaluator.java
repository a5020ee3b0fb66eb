package org.cyberarms.advisor.scenario;

import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;

/**
 * Runs the rules on some knowledge. What-if comparisons, path search and sensitivity ask the real rules
 * through this (the command line passes {@code k -> ruleBase.evaluate(k, limits)}), so that every level
 * they report is the rules' conclusion, never a re-implementation of them.
 *
 * @param <X> what a run of the rules may fail with
 */
@FunctionalInterface
public interface Evaluator<X extends Exception> {

    Outcome evaluate(Knowledge knowledge) throws X;
}
