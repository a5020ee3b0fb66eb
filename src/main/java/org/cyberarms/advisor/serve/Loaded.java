package org.cyberarms.advisor.serve;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.model.Knowledge;

/**
 * One good version of the inputs the workbench answers from: validated knowledge, the rules built from the
 * rule files, and a number that grows with each reload (1 for the first), so that anything computed from one
 * version (a cached search) is never served for another.
 */
public record Loaded(Knowledge knowledge, RuleBase rules, long version) {}
