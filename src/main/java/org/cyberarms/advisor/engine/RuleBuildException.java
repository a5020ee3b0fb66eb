package org.cyberarms.advisor.engine;

import java.util.List;

/** The rule files do not build; every problem found is listed, in file and line order. */
public final class RuleBuildException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule files");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
