package org.cyberarms.advisor.audit;

import java.util.List;

/**
 * What {@code advisor check} found: every finding (each is an error: the rule base should not be used
 * until it is fixed), and how many combinations were run through the rules.
 */
public record CheckResult(List<CheckFinding> findings, long combinations, int rules, String enumerated) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
