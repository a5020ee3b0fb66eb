/**
 * Auditing a rule base and its runs: rerunning a recorded trace ({@link org.cyberarms.advisor.audit.TraceVerifier}),
 * checking the rule base by exhaustive enumeration ({@link org.cyberarms.advisor.audit.RuleBaseCheck}), and
 * running analysts' expectation files ({@link org.cyberarms.advisor.audit.AnalystTests}). Uses the real
 * engine; decides nothing about the domain itself (every conclusion still comes from the rules).
 */
package org.cyberarms.advisor.audit;
