package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems of one run, so that an analyst sees all of them at once instead of fixing one
 * file per rerun. Shared by every reader of YAML input (knowledge files now, scenario files later).
 */
public final class Problems {

    private static final Comparator<KnowledgeProblem> READING_ORDER = Comparator
            .comparing(KnowledgeProblem::file)
            .thenComparingInt(KnowledgeProblem::line)
            .thenComparingInt(KnowledgeProblem::column);

    private final List<KnowledgeProblem> found = new ArrayList<>();

    /** A problem at a node's own position (for a key, pass the key's node). */
    public void at(String file, Node node, String message, Optional<String> hint) {
        at(file, node.getStartMark(), message, hint);
    }

    /** A problem at a parser mark; SnakeYAML counts from 0, people count from 1. */
    public void at(String file, Mark mark, String message, Optional<String> hint) {
        found.add(new KnowledgeProblem(file, mark.getLine() + 1, mark.getColumn() + 1, message, hint));
    }

    public void at(String file, int line, int column, String message, Optional<String> hint) {
        found.add(new KnowledgeProblem(file, line, column, message, hint));
    }

    /** A problem with the file as a whole (missing, unreadable): no line or column to point at. */
    public void inFile(String file, String message) {
        found.add(new KnowledgeProblem(file, 0, 0, message, Optional.empty()));
    }

    /** How many problems the given file has so far; readers compare counts to know whether they succeeded. */
    public long countIn(String file) {
        return found.stream().filter(p -> p.file().equals(file)).count();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** All problems so far, in file, line and column order (problems at the same place keep their order). */
    public List<KnowledgeProblem> sorted() {
        return found.stream().sorted(READING_ORDER).toList();
    }

    public void throwIfAny() throws KnowledgeException {
        if (!found.isEmpty()) {
            throw new KnowledgeException(sorted());
        }
    }
}
