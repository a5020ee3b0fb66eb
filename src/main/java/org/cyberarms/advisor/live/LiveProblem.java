package org.cyberarms.advisor.live;

import org.cyberarms.advisor.engine.RuleProblem;
import org.cyberarms.advisor.knowledge.KnowledgeProblem;

/**
 * One thing wrong with the files on disk now, placed where the analyst must look: the same place and words
 * the commands print for a knowledge or rule problem.
 *
 * @param file    the file as the analyst named it (e.g. {@code knowledge/elements.yaml})
 * @param line    1-based, 0 when the problem concerns the whole file
 * @param column  1-based, 0 when unknown
 * @param message what is wrong and, where it helps, how to put it right
 */
public record LiveProblem(String file, int line, int column, String message) {

    public static LiveProblem of(KnowledgeProblem p) {
        return new LiveProblem(p.file(), p.line(), p.column(), p.message() + p.hint().map(h -> ". " + h).orElse(""));
    }

    public static LiveProblem of(RuleProblem p) {
        return new LiveProblem(p.file(), p.line(), p.column(), p.message());
    }

    /** {@code file:line:column: message}, exactly as the commands print it (one place writes that form). */
    public String describe() {
        return new RuleProblem(file, line, column, message).describe();
    }
}
