package org.cyberarms.advisor.uncertainty;

import java.util.List;

import org.cyberarms.advisor.model.Knowledge;

/**
 * Runs the rules on a knowledge base and returns the facts they concluded (levels, blockers, ...). Passed in
 * by the command line, so that sampling never depends on the rule engine itself: every level a sample gets
 * comes from the rules. Must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface RuleEvaluation {

    List<Object> conclude(Knowledge knowledge) throws Exception;
}
