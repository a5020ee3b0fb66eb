package org.cyberarms.advisor.trace;

import java.util.List;

/**
 * The inputs of a run as the analyst named them, kept in a trace's header so that {@code advisor audit verify}
 * can rerun exactly that run: the knowledge folder, the rules folder, the scenarios applied (in order, as
 * named on the command line), the ad-hoc {@code --set} changes applied after them, and the run limits.
 */
public record RunInputs(String knowledgeDir, String rulesDir, List<String> scenarios, List<String> sets,
        int maxFirings, long maxSeconds) {

    public RunInputs {
        scenarios = List.copyOf(scenarios);
        sets = List.copyOf(sets);
    }
}
