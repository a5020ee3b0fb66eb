package org.cyberarms.advisor.engine;

/**
 * A problem found while building the rule files, placed where the analyst must look.
 *
 * @param file   the rule file as the analyst knows it (e.g. {@code rules/maturity.drl})
 * @param line   1-based line, 0 when the engine gave none
 * @param column 1-based column, 0 when neither the engine nor the line's text gave one
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form editors and terminals turn into links. */
    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + message;
    }
}
