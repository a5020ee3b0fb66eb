package org.cyberarms.advisor.live;

import java.time.Instant;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;

/**
 * One good version of the inputs: knowledge that reads without a problem and rules that build and run on it.
 * What every answer is computed from until the next good save; immutable, so an answer begun on it finishes
 * on it even if a save comes meanwhile.
 *
 * @param number   the status version at which it was read ({@link LiveStatus#version()})
 * @param knowledge the knowledge, without any what-if
 * @param rules    the rules, built and checked against the knowledge's scales
 * @param limits   the bounds every run of these rules keeps
 * @param outcome  the rules' run on the knowledge (firings and facts), as the report reads it
 * @param readAt   when it was read
 */
public record LiveVersion(long number, Knowledge knowledge, RuleBase rules, RunLimits limits, Outcome outcome,
        Instant readAt) {}
