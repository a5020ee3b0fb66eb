package org.cyberarms.advisor.audit;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Pack;

/**
 * What {@code advisor check} found: every finding (each is an error: the rule base should not be used
 * until it is fixed), and how many combinations were checked and run through the rules.
 *
 * @param combinations      how many combinations the findings are about (every combination of the model)
 * @param enumerated        the scales they combine, in words
 * @param run               how many of them were run: one for each group the rules cannot tell apart
 * @param exhaustiveBecause why every combination was run, in plain words; empty when groups were run
 * @param byRulesBecause    why values were grouped only where the very same rules fire, not by what the rules
 *                          conclude from them, in plain words; empty when grouped by conclusions or not at all
 * @param words             the pack's nouns for the things assessed and the things they are assessed on
 * @param withReliance      whether the model has a reliance scale (combinations vary reliance and status), or
 *                          not (they vary the status only)
 */
public record CheckResult(List<CheckFinding> findings, long combinations, int rules, String enumerated, long run,
        Optional<String> exhaustiveBecause, Optional<String> byRulesBecause, boolean withReliance, Pack.Words words) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** What each combination varies, in words: {@code reliance and status}, or {@code status}. */
    public String varied() {
        return withReliance ? "reliance and status" : "status";
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
