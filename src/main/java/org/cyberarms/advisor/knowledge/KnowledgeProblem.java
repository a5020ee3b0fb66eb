package org.cyberarms.advisor.knowledge;

import java.util.Optional;

/**
 * One thing wrong with a knowledge file, placed where the analyst must look.
 *
 * @param file    the file as the analyst named it (e.g. {@code knowledge/elements.yaml})
 * @param line    1-based line of the offending key or value; 0 when the problem concerns the whole file
 * @param column  1-based column; 0 when the problem concerns the whole file
 * @param message what is wrong, in plain English
 * @param hint    how to put it right, when there is something useful to say (e.g. "Did you mean ...?")
 */
public record KnowledgeProblem(String file, int line, int column, String message, Optional<String> hint) {

    /** {@code file:line:column: message. hint}, the form editors and terminals turn into links. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(message);
        hint.ifPresent(h -> text.append(". ").append(h));
        return text.toString();
    }
}
