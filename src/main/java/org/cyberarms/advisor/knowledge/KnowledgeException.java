package org.cyberarms.advisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge files are not usable; every problem found in the run is listed, in file, line and column order. */
public final class KnowledgeException extends Exception {

    private final transient List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super(problems.size() + " problem(s) in the knowledge files:" + System.lineSeparator()
                + problems.stream().map(KnowledgeProblem::describe).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }
}
