package org.cyberarms.advisor.audit;

import java.util.List;

/** Analyst expectation files that cannot be read; each problem names file, line and column. */
public final class AnalystTestFormatException extends Exception {

    private final transient List<String> problems;

    public AnalystTestFormatException(List<String> problems) {
        super(problems.size() + " problem(s) in the analyst test files");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
