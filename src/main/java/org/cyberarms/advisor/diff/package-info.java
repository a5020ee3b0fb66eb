/**
 * What changed between two runs of the rules, in plain language: levels, rules that now fire or no longer
 * fire (with the inputs that changed under them as the reason), recommendations, caveats and practical
 * actions gained or lost. Both runs are read from their trace event lines ({@code docs/trace-schema.md}), so a
 * saved trace and a run made now are compared alike. Reads outcomes; runs no rule and decides nothing.
 */
package org.cyberarms.advisor.diff;
