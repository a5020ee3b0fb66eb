/**
 * Live inputs: the knowledge and rule folders watched while the advisor runs ({@code report --watch},
 * {@code serve}). A save reloads the knowledge or rebuilds the rules in the background; the last good version
 * keeps serving, a broken save is recorded with the file, line and column of each problem, and a good one
 * with what it changed in plain words (the {@code diff} package). Never writes an input file; touches the
 * engine only through {@code RuleBaseCompiler} and {@code RuleBase}, as the commands do.
 */
package org.cyberarms.advisor.live;
